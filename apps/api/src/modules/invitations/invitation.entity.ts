import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PlatformRole } from '@ctcp/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { PlatformRoleEnum } from '../../common/graphql-enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';

@ObjectType({ description: 'An invitation to join the platform; accepted once, before it expires' })
@Entity('invitations')
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index()
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Field(() => PlatformRoleEnum)
  @Column({ type: 'text' })
  role: PlatformRole;

  @Field()
  @Column({ name: 'is_organization_admin', type: 'boolean', default: false })
  isOrganizationAdmin: boolean;

  /** SHA-256 of the token sent to the invitee; the token itself is never stored. */
  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'invited_by_id', type: 'uuid' })
  invitedById: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: Relation<User>;

  @Field()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
