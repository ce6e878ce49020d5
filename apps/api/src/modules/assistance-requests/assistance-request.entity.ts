import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AssistanceRequestStatus,
  Classification,
  OfferStatus,
  Pillar,
  Priority,
  SharingScope,
} from '@ctcp/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import {
  AssistanceRequestStatusEnum,
  ClassificationEnum,
  OfferStatusEnum,
  PillarEnum,
  PriorityEnum,
  SharingScopeEnum,
} from '../../common/graphql-enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { Project } from '../projects/project.entity.js';
import { User } from '../users/user.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { DECLASSIFICATION_CHECK, SearchVectorColumn } from '../../common/columns.js';

@ObjectType({ description: 'A Member State’s request for capacity-building assistance, followed to delivery' })
@Entity('assistance_requests')
@Index(['requestingStateId', 'updatedAt'])
@Index(['status', 'updatedAt'])
// Indexes TypeORM cannot declare (covering, trigram): made by the RequestsNewest migration.
@Index('assistance_requests_newest', { synchronize: false })
@Index('assistance_requests_title_trigrams', { synchronize: false })
@Check(
  'CHK_assistance_requests_classification',
  `"classification" IN ('UNCLASSIFIED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')`,
)
@Index('IDX_assistance_requests_declassify_on', ['declassifyOn'], { where: '"declassify_on" IS NOT NULL' })
// The few STRICTLY_CONFIDENTIAL requests, which a State's focal point may read beyond its State's.
@Index('assistance_requests_strictly_confidential', ['updatedAt', 'id'], {
  where: `"classification" = 'STRICTLY_CONFIDENTIAL'`,
})
// The workspaces of the requests an organization leads (where its people take part), from the index alone.
@Index('assistance_requests_lead_entity', { synchronize: false })
// Both or neither, and the marking it drops to is a lower one.
@Check('CHK_assistance_requests_declassification', DECLASSIFICATION_CHECK)
export class AssistanceRequest {
  @SearchVectorColumn(
    'assistance_requests',
    `ctcp_search_vector(title, description || ' ' || beneficiary_institutions)`,
  )
  searchVector?: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int, { description: 'Sequential number, shown as a reference (AR-0001)' })
  @Index({ unique: true })
  @Column({ type: 'integer' })
  @Generated('increment')
  number: number;

  @Column({ name: 'requesting_state_id', type: 'uuid' })
  requestingStateId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requesting_state_id' })
  requestingState?: Relation<Organization>;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User>;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Markdown' })
  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'working_group_id', type: 'uuid', nullable: true })
  workingGroupId: string | null;

  @ManyToOne(() => WorkingGroup, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroup>;

  @Field(() => [PillarEnum])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  pillars: Pillar[];

  @Field(() => PriorityEnum)
  @Column({ type: 'text' })
  priority: Priority;

  @Field({ description: 'When the State would like the assistance, in its words (e.g. “second half of 2026”)' })
  @Column({ name: 'desired_timeframe', type: 'text', default: '' })
  desiredTimeframe: string;

  @Field({ description: 'The national institutions that would benefit' })
  @Column({ name: 'beneficiary_institutions', type: 'text', default: '' })
  beneficiaryInstitutions: string;

  @Field(() => SharingScopeEnum)
  @Column({ name: 'sharing_scope', type: 'text' })
  sharingScope: SharingScope;

  @Field(() => AssistanceRequestStatusEnum)
  @Column({ type: 'text' })
  status: AssistanceRequestStatus;

  @Field(() => ClassificationEnum, { description: 'Its discussion carries it; see policy/assistance-requests.ts' })
  @Column({ type: 'text', default: 'UNCLASSIFIED' })
  classification: Classification;

  @Field(() => String, { nullable: true, description: 'The day (UTC) the marking drops to `declassifyTo`' })
  @Column({ name: 'declassify_on', type: 'date', nullable: true })
  declassifyOn: string | null;

  @Field(() => ClassificationEnum, { nullable: true })
  @Column({ name: 'declassify_to', type: 'text', nullable: true })
  declassifyTo: Classification | null;

  @Field({ description: 'When the request entered its current status' })
  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** First taken under review: from then on the request is shared within its scope. */
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'While waiting for review or for a match: when it becomes overdue (working days)',
  })
  @Index()
  @Column({ name: 'sla_due_at', type: 'timestamptz', nullable: true })
  slaDueAt: Date | null;

  @Column({ name: 'lead_entity_id', type: 'uuid', nullable: true })
  leadEntityId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_entity_id' })
  leadEntity?: Relation<Organization>;

  /** The private workspace of the request's discussion, made on submission. */
  @Index()
  @Column({ name: 'workspace_id', type: 'uuid', nullable: true })
  workspaceId: string | null;

  @ManyToOne(() => Workspace, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<Workspace>;

  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId: string | null;

  /** The joint project that delivers the request, once linked. */
  @Index()
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Field(() => Int, { nullable: true, description: 'The State’s rating of the assistance, 1 to 5' })
  @Column({ name: 'feedback_rating', type: 'smallint', nullable: true })
  feedbackRating: number | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'feedback_comment', type: 'text', nullable: true })
  feedbackComment: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'feedback_at', type: 'timestamptz', nullable: true })
  feedbackAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An entity named by the State as one it shares the request with (scope NAMED_ENTITIES). */
@Entity('assistance_request_shared_entities')
export class AssistanceRequestSharedEntity {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Index()
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => AssistanceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<AssistanceRequest>;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;
}

/** The people named on a STRICTLY_CONFIDENTIAL request: with its author, its only readers. */
@Entity('assistance_request_participants')
export class AssistanceRequestParticipant {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => AssistanceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<AssistanceRequest>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A platform admin's time-limited read of a STRICTLY_CONFIDENTIAL request they are not named on. */
@Entity('assistance_request_break_glass_grants')
@Index(['requestId', 'userId', 'expiresAt'])
export class AssistanceRequestBreakGlassGrant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => AssistanceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<AssistanceRequest>;

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

/** A partner entity of a matched request (the lead is on the request itself). */
@Entity('assistance_request_partners')
export class AssistanceRequestPartner {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Index()
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => AssistanceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<AssistanceRequest>;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;
}

@ObjectType({ description: 'An entity’s offer to help with a request: one per organization, editable' })
@Entity('assistance_offers')
@Index(['requestId', 'organizationId'], { unique: true })
export class AssistanceOffer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => AssistanceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<AssistanceRequest>;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;

  @Field({ description: 'What the entity proposes, in markdown' })
  @Column({ type: 'text' })
  note: string;

  @Field(() => OfferStatusEnum)
  @Column({ type: 'text' })
  status: OfferStatus;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({
  description: 'A Compact entity has seen a request ("seen by UNODC, 2 Dec"): one per organization, not per person',
})
@Entity('assistance_request_acknowledgements')
@Index(['requestId', 'organizationId'], { unique: true })
export class AssistanceRequestAcknowledgement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => AssistanceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<AssistanceRequest>;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  /** Who said so for the organization: kept for accountability, not shown (the organization acknowledges). */
  @Column({ name: 'acknowledged_by_id', type: 'uuid' })
  acknowledgedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'acknowledged_by_id' })
  acknowledgedBy?: Relation<User>;

  @Field()
  @CreateDateColumn({ name: 'acknowledged_at', type: 'timestamptz' })
  acknowledgedAt: Date;
}

/** A breach of a request's service level escalated to the coordinators and the State: one per deadline missed. */
@Entity('assistance_request_escalations')
export class AssistanceRequestEscalation {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => AssistanceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<AssistanceRequest>;

  /** The deadline missed (`sla_due_at` then): a later deadline, once missed, is a breach of its own. */
  @PrimaryColumn({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @CreateDateColumn({ name: 'escalated_at', type: 'timestamptz' })
  escalatedAt: Date;
}

@ObjectType({ description: 'One step of a request’s life: who moved it, when, from and to what, and why' })
@Entity('assistance_request_transitions')
@Index(['requestId', 'step'], { unique: true })
export class AssistanceRequestTransition {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int, { description: '1 for the creation, then one more for each move' })
  @Column({ type: 'integer' })
  step: number;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => AssistanceRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<AssistanceRequest>;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<User>;

  @Field(() => AssistanceRequestStatusEnum, { nullable: true, description: 'Null for the creation' })
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: AssistanceRequestStatus | null;

  @Field(() => AssistanceRequestStatusEnum)
  @Column({ name: 'to_status', type: 'text' })
  toStatus: AssistanceRequestStatus;

  @Field()
  @Column({ type: 'text', default: '' })
  note: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
