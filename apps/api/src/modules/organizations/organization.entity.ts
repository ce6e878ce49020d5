import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { EntityType, Language, MembershipStatus, OrganizationKind, RegionalGroup } from '@ctcp/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  EntityTypeEnum,
  MembershipStatusEnum,
  OrganizationKindEnum,
  RegionalGroupEnum,
} from '../../common/graphql-enums.js';
import { SearchVectorColumn } from '../../common/columns.js';

@ObjectType({ description: 'A Compact entity, a State or another organization; users belong to one.' })
@Entity('organizations')
export class Organization {
  @SearchVectorColumn(
    'organizations',
    `ctcp_search_vector(COALESCE(acronym, '') || ' ' || COALESCE(names ->> 'en', '') || ' ' || COALESCE(names ->> 'fr', '') || ' ' || COALESCE(names ->> 'es', '') || ' ' || COALESCE(names ->> 'ru', '') || ' ' || COALESCE(names ->> 'ar', '') || ' ' || COALESCE(names ->> 'zh', ''), '')`,
  )
  searchVector?: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Natural key of reference data ('UNOCT', 'STATE:PH', 'EU'): seeding matches on it. */
  @Field({ description: "Stable natural key: the acronym of an entity, 'STATE:<ISO code>' for a State" })
  @Index({ unique: true })
  @Column({ type: 'text' })
  key: string;

  @Field(() => OrganizationKindEnum)
  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  /** The name in each of the six UN languages; GraphQL exposes it through `name(language)`. */
  @Column({ type: 'jsonb' })
  names: Record<Language, string>;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of a State' })
  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Field(() => RegionalGroupEnum, { nullable: true })
  @Column({ name: 'regional_group', type: 'text', nullable: true })
  regionalGroup: RegionalGroup | null;

  @Field(() => EntityTypeEnum, { nullable: true })
  @Column({ name: 'entity_type', type: 'text', nullable: true })
  entityType: EntityType | null;

  @Field(() => MembershipStatusEnum)
  @Column({ type: 'text' })
  status: MembershipStatus;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) the organization joined' })
  @Column({ name: 'joined_at', type: 'date', nullable: true })
  joinedAt: string | null;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) the organization left' })
  @Column({ name: 'left_at', type: 'date', nullable: true })
  leftAt: string | null;

  @Field({ description: 'False when the record could not be checked against a public source' })
  @Column({ type: 'boolean', default: true })
  confirmed: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
