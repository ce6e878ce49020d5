import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  AGREEMENT_TYPES,
  CONTRIBUTION_KINDS,
  DESCRIPTION_MAX_LENGTH,
  THREAD_TITLE_MAX_LENGTH,
  type AgreementType,
  type ContributionKind,
} from '@ctcp/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsDateOnly } from '../../common/dates.js';
import { AgreementTypeEnum, ContributionKindEnum } from '../../common/graphql-enums.js';

@InputType()
export class RecordContributionInput {
  @Field(() => ID, { description: 'A State, the EU, or another organization' })
  @IsUUID()
  donorId: string;

  @Field(() => ContributionKindEnum)
  @IsIn(CONTRIBUTION_KINDS)
  kind: ContributionKind;

  @Field(() => Float, {
    nullable: true,
    description: 'The amount in USD; for another currency, give amount and usdRate instead (or as well, if they agree)',
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01, { message: 'Give an amount above zero.' })
  @Max(1e12)
  amountUsd?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code; USD when omitted' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'Give the currency as its three-letter ISO 4217 code.' })
  currency?: string | null;

  @Field(() => Float, { nullable: true, description: 'The amount in the currency given' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01, { message: 'Give an amount above zero.' })
  @Max(1e12)
  amount?: number | null;

  @Field(() => Float, { nullable: true, description: 'USD per unit of the currency' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 8 })
  @Min(0.00000001, { message: 'Give a rate above zero.' })
  @Max(1e9)
  usdRate?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the day of the rate; the date when omitted' })
  @IsOptional()
  @IsDateOnly()
  rateDate?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  inKind: boolean;

  @Field()
  @IsDateOnly()
  date: string;

  @Field(() => ID, { nullable: true, description: 'Earmarked for this project; unearmarked when omitted' })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  purpose: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'On a receipt: the pledges of the same donor it fulfils, oldest served first',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  fulfilsPledgeIds?: string[] | null;
}

@InputType()
export class UpdateContributionInput extends RecordContributionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class ContributionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  donorId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @Field(() => ContributionKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(CONTRIBUTION_KINDS)
  kind?: ContributionKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

@InputType()
export class RecordAgreementInput {
  @Field(() => AgreementTypeEnum)
  @IsIn(AGREEMENT_TYPES)
  type: AgreementType;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Say what the agreement is about.' })
  @MaxLength(THREAD_TITLE_MAX_LENGTH * 2)
  subject: string;

  @Field()
  @IsDateOnly()
  dateSigned: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  place?: string | null;

  @Field(() => [ID])
  @IsUUID('all', { each: true })
  @ArrayMinSize(2, { message: 'An agreement has at least two parties.' })
  @ArrayMaxSize(30)
  partyIds: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;
}

@InputType()
export class UpdateAgreementInput extends RecordAgreementInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class AgreementFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  to?: string;

  @Field(() => AgreementTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(AGREEMENT_TYPES)
  type?: AgreementType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partyId?: string;
}
