import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { Classification, MilestoneStatus, PartnerRole, Pillar, ProjectStatus } from '@ctcp/shared';
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
  UpdateDateColumn,
} from 'typeorm';
import { DECLASSIFICATION_CHECK, numericTransformer, SearchVectorColumn } from '../../common/columns.js';
import {
  ClassificationEnum,
  MilestoneStatusEnum,
  PartnerRoleEnum,
  PillarEnum,
  ProjectStatusEnum,
} from '../../common/graphql-enums.js';
import { OrganizationUnit } from '../organizations/organization-unit.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { Workspace } from '../workspaces/workspace.entity.js';

@ObjectType({ description: 'A joint project of Compact entities, with its milestones, activities and funding' })
@Entity('projects')
@Check('CHK_projects_classification', `"classification" IN ('UNCLASSIFIED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')`)
@Index('IDX_projects_declassify_on', ['declassifyOn'], { where: '"declassify_on" IS NOT NULL' })
// Both or neither, and the marking it drops to is a lower one.
@Check('CHK_projects_declassification', DECLASSIFICATION_CHECK)
export class Project {
  @SearchVectorColumn('projects', `ctcp_search_vector(title, summary)`)
  searchVector?: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Markdown' })
  @Column({ type: 'text', default: '' })
  summary: string;

  @Index()
  @Column({ name: 'lead_entity_id', type: 'uuid' })
  leadEntityId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_entity_id' })
  leadEntity?: Relation<Organization>;

  /** The unit of the lead entity it belongs to, if any. */
  @Index()
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => OrganizationUnit, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<OrganizationUnit>;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the beneficiary countries' })
  @Column({ name: 'beneficiary_country_codes', type: 'text', array: true, default: () => "'{}'" })
  beneficiaryCountryCodes: string[];

  @Field(() => [String], { description: 'Beneficiary regions in words, e.g. “Central Asia”' })
  @Column({ name: 'beneficiary_regions', type: 'text', array: true, default: () => "'{}'" })
  beneficiaryRegions: string[];

  @Field(() => [PillarEnum])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  pillars: Pillar[];

  @Column({ name: 'working_group_id', type: 'uuid', nullable: true })
  workingGroupId: string | null;

  @ManyToOne(() => WorkingGroup, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroup>;

  @Field(() => ProjectStatusEnum)
  @Index()
  @Column({ type: 'text' })
  status: ProjectStatus;

  @Field(() => ClassificationEnum, { description: 'Its workspace follows it; see policy/projects.ts' })
  @Column({ type: 'text', default: 'UNCLASSIFIED' })
  classification: Classification;

  @Field(() => String, { nullable: true, description: 'The day (UTC) the marking drops to `declassifyTo`' })
  @Column({ name: 'declassify_on', type: 'date', nullable: true })
  declassifyOn: string | null;

  @Field(() => ClassificationEnum, { nullable: true })
  @Column({ name: 'declassify_to', type: 'text', nullable: true })
  declassifyTo: Classification | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => Float, { nullable: true, description: 'Budget in US dollars' })
  @Column({
    name: 'budget_usd',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: numericTransformer,
  })
  budgetUsd: number | null;

  /** The project's own private workspace, made with it. */
  @Index()
  @Column({ name: 'workspace_id', type: 'uuid', nullable: true })
  workspaceId: string | null;

  @ManyToOne(() => Workspace, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<Workspace>;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User>;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A partner entity of a project and what it does in it' })
@Entity('project_partners')
export class ProjectPartner {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Index()
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Field(() => PartnerRoleEnum)
  @Column({ type: 'text' })
  role: PartnerRole;
}

@ObjectType()
@Entity('project_milestones')
@Index(['projectId', 'dueDate'])
export class ProjectMilestone {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Field(() => MilestoneStatusEnum)
  @Column({ type: 'text' })
  status: MilestoneStatus;
}

/** A person named on a STRICTLY_CONFIDENTIAL project. */
@Entity('project_participants')
export class ProjectParticipant {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A platform admin's time-limited read of a STRICTLY_CONFIDENTIAL project they are not named on. */
@Entity('project_break_glass_grants')
@Index(['projectId', 'userId', 'expiresAt'])
export class ProjectBreakGlassGrant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

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
