import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Language } from '@ctcp/shared';
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
import { Organization } from './organization.entity.js';

@ObjectType({ description: "A centre, branch, section or office inside an organization (UNOCT's UNCCT, SPIB, ...)" })
@Entity('organization_units')
export class OrganizationUnit {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Natural key of seeded units ('UNOCT/UNCCT'): seeding matches on it; units made by people have none. */
  @Index({ unique: true })
  @Column({ type: 'text', nullable: true })
  key: string | null;

  @Field(() => ID)
  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @Field(() => ID, { nullable: true, description: 'The unit it is part of; none for a top-level unit' })
  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => OrganizationUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<OrganizationUnit>;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  /** The name in English and in those of the other five UN languages that are known; GraphQL: `name(language)`. */
  @Column({ type: 'jsonb' })
  names: Partial<Record<Language, string>> & { en: string };

  @Field({ description: 'False when the record could not be checked against a public source' })
  @Column({ type: 'boolean', default: true })
  confirmed: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
