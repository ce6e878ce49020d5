import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { NotificationType } from '@ctcp/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { NotificationTypeEnum } from '../../common/graphql-enums.js';
import { User } from '../users/user.entity.js';

@ObjectType({ description: 'Something that concerns one person; kept until read, numbered per person' })
@Entity('notifications')
@Index(['userId', 'seq'], { unique: true })
@Index('IDX_notifications_to_mail', ['createdAt'], { where: 'read_at IS NULL AND mailed_at IS NULL' })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** Increases by one for each notification of the user: a client resumes from the last it saw. */
  @Field(() => Int)
  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  seq: number;

  @Field(() => NotificationTypeEnum)
  @Column({ type: 'text' })
  type: NotificationType;

  /** Safe to show anywhere: never holds content of a classified thread. */
  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Path in the web app to open' })
  @Column({ type: 'text' })
  link: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When a visible tab showed it live: nobody is mailed what they saw come in. */
  @Column({ name: 'seen_at', type: 'timestamptz', nullable: true })
  seenAt: Date | null;

  /** When it went out by mail, alone or in a digest: it is never mailed twice. */
  @Column({ name: 'mailed_at', type: 'timestamptz', nullable: true })
  mailedAt: Date | null;
}

/** The last `seq` handed out per user; its row lock orders concurrent notifications of one person. */
@Entity('notification_counters')
export class NotificationCounter {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ name: 'last_seq', type: 'bigint' })
  lastSeq: string;
}
