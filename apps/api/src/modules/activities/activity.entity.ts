import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ActivityType, Pillar } from '@ctcp/shared';
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
import { ActivityTypeEnum, PillarEnum } from '../../common/graphql-enums.js';
import { OrganizationUnit } from '../organizations/organization-unit.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Project } from '../projects/project.entity.js';
import { User } from '../users/user.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { SearchVectorColumn } from '../../common/columns.js';

@ObjectType({ description: 'Something that happened: a workshop, a visit, a launch… with its figures' })
@Entity('activities')
@Index(['startDate'])
export class Activity {
  @SearchVectorColumn('activities', `ctcp_search_vector(title, description || ' ' || COALESCE(city, ''))`)
  searchVector?: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ActivityTypeEnum)
  @Column({ type: 'text' })
  type: ActivityType;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Markdown' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field({ description: 'YYYY-MM-DD (the start date for a one-day activity)' })
  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the host country' })
  @Index()
  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  online: boolean;

  @Index()
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  /** The unit of an organizing entity it belongs to, if any. */
  @Index()
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => OrganizationUnit, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<OrganizationUnit>;

  @Column({ name: 'working_group_id', type: 'uuid', nullable: true })
  workingGroupId: string | null;

  @ManyToOne(() => WorkingGroup, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroup>;

  @Field(() => [PillarEnum])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  pillars: Pillar[];

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  participants: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'participants_women', type: 'integer', nullable: true })
  participantsWomen: number | null;

  @Field(() => Int)
  @Column({ name: 'individuals_trained', type: 'integer', default: 0 })
  individualsTrained: number;

  @Field({ description: 'Named in the quarterly report, not only counted' })
  @Column({ type: 'boolean', default: false })
  featured: boolean;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: Relation<User>;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An organization that organized the activity. */
@Entity('activity_organizers')
export class ActivityOrganizer {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Index()
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Relation<Activity>;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;
}
