import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what to which record, when, from where. Written in the same transaction as the change, and never
 * changed afterwards: the database refuses UPDATE and DELETE (but for sealing and the retention purge), and
 * each row, once sealed, carries a hash chaining it to the one before (see the audit-trail migration).
 */
@ObjectType({ description: 'A security-relevant event of the audit trail' })
@Entity('audit_events')
@Index(['targetType', 'targetId'])
@Index(['organizationId', 'id'])
@Index(['action', 'id'])
@Index('UQ_audit_events_chain_seq', ['chainSeq'], { unique: true, where: 'chain_seq IS NOT NULL' })
@Index('IDX_audit_events_unsealed', ['id'], { where: 'hash IS NULL' })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Index()
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** The actor's organization when they acted. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Field({ description: "What happened, e.g. 'sign_in.failed', 'meeting.scheduled'" })
  @Column({ type: 'text' })
  action: string;

  @Field()
  @Column({ name: 'target_type', type: 'text' })
  targetType: string;

  @Field()
  @Column({ name: 'target_id', type: 'text' })
  targetId: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  @Column({ name: 'ip_address', type: 'text', nullable: true })
  ipAddress: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Its place in the hash chain, given when sealed (in the order rows became visible, not of `id`). */
  @Column({ name: 'chain_seq', type: 'bigint', nullable: true })
  chainSeq: string | null;

  /** sha256 (hex) of the previous sealed row's hash and this row's content; null until sealed. */
  @Column({ type: 'text', nullable: true })
  hash: string | null;
}
