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

  @Field(() => Float)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01, { message: 'Give an amount above zero.' })
  @Max(1e12)
  amountUsd: number;

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
