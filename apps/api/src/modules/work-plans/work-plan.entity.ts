import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Pillar, WorkPlanItemStatus } from '@ctcp/shared';
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
import { PillarEnum, WorkPlanItemStatusEnum } from '../../common/graphql-enums.js';
import { OrganizationUnit } from '../organizations/organization-unit.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';

@ObjectType({ description: 'The six-month work plan of a working group or of an organization unit' })
@Entity('work_plans')
@Check('CHK_work_plans_one_owner', `("working_group_id" IS NULL) <> ("unit_id" IS NULL)`)
@Check('CHK_work_plans_unit_organization', `("unit_id" IS NULL) = ("organization_id" IS NULL)`)
@Check('CHK_work_plans_half', `"half" IN (1, 2)`)
@Index('UQ_work_plans_group_period', ['workingGroupId', 'year', 'half'], {
  unique: true,
  where: '"working_group_id" IS NOT NULL',
})
@Index('UQ_work_plans_unit_period', ['unitId', 'year', 'half'], { unique: true, where: '"unit_id" IS NOT NULL' })
@Index(['year', 'half'])
export class WorkPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'working_group_id', type: 'uuid', nullable: true })
  workingGroupId: string | null;

  @ManyToOne(() => WorkingGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroup>;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => OrganizationUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<OrganizationUnit>;

  /** The unit's organization, kept with the plan so that the reading rule needs no join. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: '1: January to June; 2: July to December' })
  @Column({ type: 'integer' })
  half: number;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User>;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: 'One commitment of a work plan, with its owner, leads, due date and status' })
@Entity('work_plan_items')
@Index(['workPlanId', 'dueDate'])
@Index('IDX_work_plan_items_open_due', ['dueDate'], { where: `"status" NOT IN ('DONE', 'DROPPED')` })
export class WorkPlanItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'work_plan_id', type: 'uuid' })
  workPlanId: string;

  @ManyToOne(() => WorkPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'work_plan_id' })
  workPlan?: Relation<WorkPlan>;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Markdown; see descriptionHtml for the sanitized rendering' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => PillarEnum)
  @Column({ type: 'text' })
  pillar: Pillar;

  @Column({ name: 'owner_organization_id', type: 'uuid' })
  ownerOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organization_id' })
  ownerOrganization?: Relation<Organization>;

  @Column({ name: 'owner_unit_id', type: 'uuid', nullable: true })
  ownerUnitId: string | null;

  @ManyToOne(() => OrganizationUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id' })
  ownerUnit?: Relation<OrganizationUnit>;

  @Column({ name: 'lead_ids', type: 'uuid', array: true, default: () => "'{}'" })
  leadIds: string[];

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Field(() => WorkPlanItemStatusEnum)
  @Column({ type: 'text', default: 'NOT_STARTED' })
  status: WorkPlanItemStatus;

  @Column({ name: 'project_ids', type: 'uuid', array: true, default: () => "'{}'" })
  projectIds: string[];

  @Column({ name: 'activity_ids', type: 'uuid', array: true, default: () => "'{}'" })
  activityIds: string[];

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User>;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A dated note on an item’s progress; appended, never edited' })
@Entity('work_plan_progress_notes')
@Index(['itemId', 'date'])
export class WorkPlanProgressNote {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => WorkPlanItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<WorkPlanItem>;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field({ description: 'The day the note speaks of, YYYY-MM-DD' })
  @Column({ type: 'date' })
  date: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A reminder sent to an item's leads: one per item and threshold, whatever the job's runs. */
@Entity('work_plan_reminders')
export class WorkPlanReminder {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => WorkPlanItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<WorkPlanItem>;

  /** DUE_SOON or OVERDUE. */
  @PrimaryColumn({ type: 'text' })
  threshold: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
