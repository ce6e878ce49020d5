import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { AgreementType, ContributionKind } from '@ctcp/shared';
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
import { numericTransformer } from '../../common/columns.js';
import { AgreementTypeEnum, ContributionKindEnum } from '../../common/graphql-enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { Project } from '../projects/project.entity.js';
import { User } from '../users/user.entity.js';

@ObjectType({ description: 'Money (or in-kind value) pledged or received from a donor' })
@Entity('contributions')
@Index(['date'])
export class Contribution {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'donor_id', type: 'uuid' })
  donorId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'donor_id' })
  donor?: Relation<Organization>;

  @Field(() => ContributionKindEnum)
  @Column({ type: 'text' })
  kind: ContributionKind;

  @Field(() => Float, { description: 'The value in USD: the amount at the recorded rate, to the cent' })
  @Column({ name: 'amount_usd', type: 'numeric', precision: 14, scale: 2, transformer: numericTransformer })
  amountUsd: number;

  @Field({ description: 'ISO 4217 code of the currency it was given in' })
  @Column({ type: 'text', default: 'USD' })
  currency: string;

  @Field(() => Float, { description: 'The amount in its own currency' })
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: numericTransformer })
  amount: number;

  @Field(() => Float, { description: 'USD per unit of the currency (1 for USD)' })
  @Column({ name: 'usd_rate', type: 'numeric', transformer: numericTransformer })
  usdRate: number;

  @Field({ description: 'YYYY-MM-DD: the day of the rate' })
  @Column({ name: 'rate_date', type: 'date' })
  rateDate: string;

  @Field({ description: 'A contribution in goods or services, valued in USD and reported apart' })
  @Column({ name: 'in_kind', type: 'boolean', default: false })
  inKind: boolean;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  date: string;

  /** Earmarked for this project; null for an unearmarked contribution. */
  @Index()
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Field({ description: 'What it is for, in words (programme, purpose)' })
  @Column({ type: 'text', default: '' })
  purpose: string;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: Relation<User>;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The part of a receipt's USD value that fulfils a pledge of the same donor. */
@Entity('contribution_fulfilments')
export class ContributionFulfilment {
  @PrimaryColumn({ name: 'receipt_id', type: 'uuid' })
  receiptId: string;

  @Index()
  @PrimaryColumn({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'receipt_id' })
  receipt?: Relation<Contribution>;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id' })
  pledge?: Relation<Contribution>;

  @Column({ name: 'amount_usd', type: 'numeric', precision: 14, scale: 2, transformer: numericTransformer })
  amountUsd: number;
}

@ObjectType({ description: 'An MOU, action plan or agreement between organizations' })
@Entity('agreements')
@Index(['dateSigned'])
export class Agreement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => AgreementTypeEnum)
  @Column({ type: 'text' })
  type: AgreementType;

  @Field()
  @Column({ type: 'text' })
  subject: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'date_signed', type: 'date' })
  dateSigned: string;

  @Field(() => String, { nullable: true, description: 'Where it was signed, in words (e.g. “New York / Lyon”)' })
  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: Relation<User>;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('agreement_parties')
export class AgreementParty {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Index()
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Agreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: Relation<Agreement>;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;
}
