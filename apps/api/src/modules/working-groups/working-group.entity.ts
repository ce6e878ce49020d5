import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Language, WorkingGroupKind, WorkingGroupRole } from '@ctcp/shared';
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
import { WorkingGroupKindEnum, WorkingGroupRoleEnum } from '../../common/graphql-enums.js';
import { Organization } from '../organizations/organization.entity.js';

@ObjectType({ description: 'The Coordination Committee or one of the thematic inter-agency working groups' })
@Entity('working_groups')
export class WorkingGroup {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: "Stable short key, e.g. 'CC', 'BMLE', 'HRRL'" })
  @Index({ unique: true })
  @Column({ type: 'text' })
  key: string;

  @Field(() => WorkingGroupKindEnum)
  @Column({ type: 'text' })
  kind: WorkingGroupKind;

  @Column({ type: 'jsonb' })
  names: Record<Language, string>;

  @Field({ description: 'False while chairs and members are not verified against a public source' })
  @Column({ type: 'boolean', default: true })
  confirmed: boolean;

  /** Display order: the Coordination Committee first, then the reference order. */
  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: 'An organization taking part in a working group' })
@Entity('working_group_memberships')
export class WorkingGroupMembership {
  @PrimaryColumn({ name: 'working_group_id', type: 'uuid' })
  workingGroupId: string;

  @Index()
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => WorkingGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroup>;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Field(() => WorkingGroupRoleEnum, { description: 'Chair and vice-chair are members that lead the group' })
  @Column({ type: 'text' })
  role: WorkingGroupRole;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) the membership or role began, if known' })
  @Column({ name: 'from_date', type: 'date', nullable: true })
  fromDate: string | null;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) it ended; none while it lasts' })
  @Column({ name: 'to_date', type: 'date', nullable: true })
  toDate: string | null;
}
