import { Field, ID, ObjectType } from '@nestjs/graphql';
import type {
  WatchLevel,
  WorkspaceKind,
  WorkspaceOrganizationRole,
  WorkspaceRole,
  WorkspaceVisibility,
} from '@ctcp/shared';
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
import {
  WorkspaceKindEnum,
  WorkspaceOrganizationRoleEnum,
  WorkspaceRoleEnum,
  WorkspaceVisibilityEnum,
} from '../../common/graphql-enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';
import { SearchVectorColumn } from '../../common/columns.js';

@ObjectType({ description: 'A shared space: of a working group, a joint project, or ad hoc' })
@Entity('workspaces')
export class Workspace {
  @SearchVectorColumn('workspaces', `ctcp_search_vector(name, description)`)
  searchVector?: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => WorkspaceVisibilityEnum)
  @Column({ type: 'text' })
  visibility: WorkspaceVisibility;

  @Field(() => WorkspaceKindEnum)
  @Column({ type: 'text' })
  kind: WorkspaceKind;

  /** The working group this is the workspace of (one each). */
  @Index({ unique: true, where: 'working_group_id IS NOT NULL' })
  @Column({ name: 'working_group_id', type: 'uuid', nullable: true })
  workingGroupId: string | null;

  @ManyToOne(() => WorkingGroup, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroup>;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User>;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A person in a workspace, with their role' })
@Entity('workspace_members')
export class WorkspaceMember {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<Workspace>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Field(() => WorkspaceRoleEnum)
  @Column({ type: 'text' })
  role: WorkspaceRole;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: 'An organization in a workspace: its people take part with this role' })
@Entity('workspace_organizations')
export class WorkspaceOrganization {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Index()
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<Workspace>;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Field(() => WorkspaceOrganizationRoleEnum)
  @Column({ type: 'text' })
  role: WorkspaceOrganizationRole;
}

/**
 * What a person chose to hear of a workspace; without a row the default applies (NEW_THREADS for those who
 * take part, MENTIONS for readers of an OPEN workspace). Kept while access lasts: it only ever narrows
 * notifications to people who may read the workspace at the time.
 */
@Entity('workspace_watches')
export class WorkspaceWatch {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<Workspace>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'text' })
  level: WatchLevel;
}
