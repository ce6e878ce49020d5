import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Classification, Pillar } from '@ctcp/shared';
import {
  Check,
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
import { ClassificationEnum, PillarEnum } from '../../common/graphql-enums.js';
import { User } from '../users/user.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { DECLASSIFICATION_CHECK, SearchVectorColumn } from '../../common/columns.js';

@ObjectType({ description: 'A topic in a workspace; its first post is the opening message' })
@Entity('threads')
@Index(['workspaceId', 'pinned', 'lastActivityAt'])
// Search takes the most recently active threads that match a common word first.
@Index(['lastActivityAt'])
// A covering index TypeORM cannot declare: what a search's posts read of their threads (SearchReadableThreads).
@Index('threads_readable', { synchronize: false })
@Index('IDX_threads_declassify_on', ['declassifyOn'], { where: '"declassify_on" IS NOT NULL' })
@Check('CHK_threads_classification', `"classification" IN ('UNCLASSIFIED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')`)
// Both or neither, and the marking it drops to is a lower one.
@Check('CHK_threads_declassification', DECLASSIFICATION_CHECK)
export class Thread {
  @SearchVectorColumn('threads', `ctcp_search_vector(title, '')`)
  searchVector?: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<Workspace>;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;

  @Field(() => [PillarEnum])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  pillars: Pillar[];

  @Column({ name: 'working_group_id', type: 'uuid', nullable: true })
  workingGroupId: string | null;

  @ManyToOne(() => WorkingGroup, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroup>;

  @Field(() => ClassificationEnum, { description: 'Its posts and files carry it; see policy/classification.ts' })
  @Column({ type: 'text', default: 'UNCLASSIFIED' })
  classification: Classification;

  @Field(() => String, { nullable: true, description: 'The day (UTC) the marking drops to `declassifyTo`' })
  @Column({ name: 'declassify_on', type: 'date', nullable: true })
  declassifyOn: string | null;

  @Field(() => ClassificationEnum, { nullable: true })
  @Column({ name: 'declassify_to', type: 'text', nullable: true })
  declassifyTo: Classification | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Field({ description: 'Locked threads take no new posts' })
  @Column({ type: 'boolean', default: false })
  locked: boolean;

  @Field(() => Int)
  @Column({ name: 'post_count', type: 'integer', default: 0 })
  postCount: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the last post was written' })
  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;
}

/** Authors, repliers and mentioned people follow a thread; anyone who may read it can follow or stop. */
@Entity('thread_followers')
export class ThreadFollower {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<Thread>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** False records an explicit unfollow, so that replying again does not silently re-follow. */
  @Column({ type: 'boolean', default: true })
  following: boolean;
}

/** How far a person has read a thread: posts after `lastReadAt` are unread. */
@Entity('thread_reads')
export class ThreadRead {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<Thread>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ name: 'last_read_at', type: 'timestamptz' })
  lastReadAt: Date;
}

/** The people named on a STRICTLY_CONFIDENTIAL thread: its only readers (policy/classification.ts). */
@Entity('thread_participants')
export class ThreadParticipant {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<Thread>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A platform admin's time-limited read of a STRICTLY_CONFIDENTIAL thread they are not named on. */
@Entity('break_glass_grants')
@Index(['threadId', 'userId', 'expiresAt'])
export class BreakGlassGrant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<Thread>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
