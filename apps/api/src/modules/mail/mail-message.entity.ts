import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@ctcp/shared';
import type { MailParams } from './mail-texts.js';

export const MAIL_KINDS = ['INVITATION', 'INVITATION_TO_MEMBER', 'PASSWORD_RESET', 'NOTIFICATION', 'DIGEST'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * PENDING until delivered (SENT) or given up (FAILED: refused by the server, or out of attempts). SENDING
 * while a worker hands it to the server; one left SENDING was interrupted then and is never sent again,
 * since it may have gone out.
 */
export const MAIL_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** Messages by status: the outbox as the metrics read it, on a connection of their own. */
export const MAIL_COUNT_BY_STATUS_SQL = `SELECT status, count(*)::int AS count FROM mail_messages GROUP BY status`;

const MailKindEnum = Object.fromEntries(MAIL_KINDS.map((kind) => [kind, kind]));
const MailStatusEnum = Object.fromEntries(MAIL_STATUSES.map((status) => [status, status]));
registerEnumType(MailKindEnum, { name: 'MailKind' });
registerEnumType(MailStatusEnum, { name: 'MailStatus' });

/**
 * The outbox: a message is written in the transaction of the change that causes it, and a job delivers it.
 * What it says is rendered at delivery from `params`, which are erased once it is sent (they may hold the
 * one token the message exists to deliver).
 */
@ObjectType({ description: 'A message of the outbox, as admins follow its delivery (never its contents)' })
@Entity('mail_messages')
@Index(['status', 'createdAt'])
export class MailMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => MailKindEnum)
  @Column({ type: 'text' })
  kind: MailKind;

  @Field()
  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  language: Language;

  @Column({ type: 'jsonb', nullable: true })
  params: MailParams | null;

  @Field(() => MailStatusEnum)
  @Column({ type: 'text', default: 'PENDING' })
  status: MailStatus;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'The mail server’s answer to the last attempt that failed' })
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
