import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { GovernanceBodyRole, Language } from '@ctcp/shared';
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
import { GovernanceBodyRoleEnum } from '../../common/graphql-enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { Workspace } from '../workspaces/workspace.entity.js';

@ObjectType({
  description:
    'A governance body of the Compact: the Coordination Committee, the UNCCT Advisory Board, or one an admin added',
})
@Entity('governance_bodies')
export class GovernanceBody {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: "Stable short key: 'CC', 'UNCCT_AB'; a new body's comes from its acronym or name" })
  @Index({ unique: true })
  @Column({ type: 'text' })
  key: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'jsonb' })
  names: Partial<Record<Language, string>> & { en: string };

  @Field({ description: 'False while its members are not verified against a public source' })
  @Column({ type: 'boolean', default: true })
  confirmed: boolean;

  /** Where its people discuss and reports are published; the Coordination Committee shares its working group's. */
  @Index({ unique: true })
  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<Workspace>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: 'An organization sitting on a governance body, with its role' })
@Entity('governance_body_members')
export class GovernanceBodyMember {
  @PrimaryColumn({ name: 'body_id', type: 'uuid' })
  bodyId: string;

  @Index()
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => GovernanceBody, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<GovernanceBody>;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Field(() => GovernanceBodyRoleEnum)
  @Column({ type: 'text' })
  role: GovernanceBodyRole;
}
