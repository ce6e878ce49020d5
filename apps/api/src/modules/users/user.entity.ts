import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { EmailFrequency, Language, PlatformRole } from '@ctcp/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { EmailFrequencyEnum, LanguageEnum, PlatformRoleEnum } from '../../common/graphql-enums.js';
import { OrganizationUnit } from '../organizations/organization-unit.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { SearchVectorColumn } from '../../common/columns.js';

@ObjectType({ description: 'How a person wants to hear of what concerns them' })
export class NotificationPreferences {
  @Field(() => EmailFrequencyEnum)
  emailFrequency: EmailFrequency;
}

@ObjectType({ description: 'A person who signs in; belongs to one organization.' })
@Entity('users')
export class User {
  @SearchVectorColumn('users', `ctcp_search_vector(name, email)`)
  searchVector?: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased: addresses are compared case-insensitively. */
  @Field()
  @Index({ unique: true })
  @Column({ type: 'text' })
  email: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  /** The unit of its organization the person belongs to, if any. */
  @Index()
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => OrganizationUnit, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<OrganizationUnit>;

  @Field(() => PlatformRoleEnum)
  @Column({ type: 'text' })
  role: PlatformRole;

  @Field({ description: 'May manage the people of their own organization' })
  @Column({ name: 'is_organization_admin', type: 'boolean', default: false })
  isOrganizationAdmin: boolean;

  @Field(() => LanguageEnum)
  @Column({ name: 'preferred_language', type: 'text', default: 'en' })
  preferredLanguage: Language;

  /** Read only by the person themself, through `notificationPreferences`. */
  @Column({ name: 'email_frequency', type: 'text', default: 'DAILY' })
  emailFrequency: EmailFrequency;

  @Field(() => Date, { nullable: true, description: 'Set when the account was disabled; it can no longer sign in' })
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
