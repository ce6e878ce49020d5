import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { MilestoneStatus, PartnerRole, Pillar, ProjectStatus } from '@ctcp/shared';
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
  UpdateDateColumn,
} from 'typeorm';
import { numericTransformer, SearchVectorColumn } from '../../common/columns.js';
import { MilestoneStatusEnum, PartnerRoleEnum, PillarEnum, ProjectStatusEnum } from '../../common/graphql-enums.js';
import { OrganizationUnit } from '../organizations/organization-unit.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { Workspace } from '../workspaces/workspace.entity.js';

@ObjectType({ description: 'A joint project of Compact entities, with its milestones, activities and funding' })
@Entity('projects')
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
