import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { DecisionEventKind, DecisionStatus } from '@ctcp/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { DecisionEventKindEnum, DecisionStatusEnum } from '../../common/graphql-enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { Author } from '../users/author.js';
import { User } from '../users/user.entity.js';
import { Workspace } from '../workspaces/workspace.entity.js';

@ObjectType({
  description: 'A decision by silence procedure: adopted at its deadline unless an organization objects first',
})
@Entity('decisions')
@Index(['workspaceId', 'createdAt'])
export class Decision {
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

  @Field({ description: 'Markdown; see textHtml for the sanitized rendering' })
  @Column({ type: 'text' })
  text: string;

  @Field({ description: 'The deadline: with no objection by then, the decision is adopted' })
  @Column({ name: 'silence_until', type: 'timestamptz' })
  silenceUntil: Date;

  @Field(() => DecisionStatusEnum)
  @Index()
  @Column({ type: 'text', default: 'OPEN' })
  status: DecisionStatus;

  @Column({ name: 'proposed_by_id', type: 'uuid' })
  proposedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: Relation<User>;

  /** The proposer's organization when they proposed: it withdraws rather than objects. */
  @Column({ name: 'proposer_organization_id', type: 'uuid' })
  proposerOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposer_organization_id' })
  proposerOrganization?: Relation<Organization>;

  @Field({ description: 'When it was proposed' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was adopted or withdrawn' })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'withdrawn_by_id', type: 'uuid', nullable: true })
  withdrawnById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'withdrawn_by_id' })
  withdrawnBy?: Relation<User>;
}

@ObjectType({ description: 'An organization’s objection, which breaks the silence on a decision' })
@Entity('decision_objections')
@Unique('UQ_decision_objections_one_per_organization', ['decisionId', 'organizationId'])
export class DecisionObjection {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  @ManyToOne(() => Decision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decision?: Relation<Decision>;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Field()
  @Column({ type: 'text' })
  reason: string;

  @Field({ description: 'When the objection was made' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One step of a decision's life, for its timeline. */
@ObjectType()
export class DecisionEvent {
  @Field(() => DecisionEventKindEnum)
  kind: DecisionEventKind;

  @Field()
  at: Date;

  @Field(() => Author, { nullable: true, description: 'Who did it; none for an adoption at the deadline' })
  by: Author | null;

  @Field(() => String, { nullable: true, description: 'The reason of an objection' })
  reason: string | null;
}
