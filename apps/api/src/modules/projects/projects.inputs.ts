import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  CLASSIFICATIONS,
  DESCRIPTION_MAX_LENGTH,
  PARTICIPANTS_MAX,
  MILESTONE_STATUSES,
  PARTNER_ROLES,
  PILLARS,
  PROJECT_STATUSES,
  SEARCH_MAX_LENGTH,
  THREAD_TITLE_MAX_LENGTH,
  type Classification,
  type MilestoneStatus,
  type PartnerRole,
  type Pillar,
  type ProjectStatus,
} from '@ctcp/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../common/dates.js';
import {
  ClassificationEnum,
  MilestoneStatusEnum,
  PartnerRoleEnum,
  PillarEnum,
  ProjectStatusEnum,
} from '../../common/graphql-enums.js';
import { BreakGlassReason, RecordMarkingChange } from '../../common/marking-inputs.js';

const COUNTRY_CODE = /^[A-Z]{2}$/;
const MAX_PARTNERS = 40;
const MAX_COUNTRIES = 200;

@InputType()
export class ProjectPartnerInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => PartnerRoleEnum, { defaultValue: 'CO_IMPLEMENTER' })
  @IsIn(PARTNER_ROLES)
  role: PartnerRole;
}

@InputType()
export class CreateProjectInput {
  @Field(() => ID, { nullable: true, description: 'The unit of the lead entity that leads it' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(THREAD_TITLE_MAX_LENGTH)
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  summary: string;

  @Field(() => ID)
  @IsUUID()
  leadEntityId: string;

  @Field(() => [ID], { defaultValue: [], description: 'Partner entities, as co-implementers' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_PARTNERS)
  partnerEntityIds: string[];

  @Field(() => [ProjectPartnerInput], { defaultValue: [], description: 'Partners with their roles' })
  @ValidateNested({ each: true })
  @Type(() => ProjectPartnerInput)
  @ArrayMaxSize(MAX_PARTNERS)
  partners: ProjectPartnerInput[];

  @Field(() => ClassificationEnum, { defaultValue: 'UNCLASSIFIED' })
  @IsIn(CLASSIFICATIONS)
  classification: Classification;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'The people named on a STRICTLY_CONFIDENTIAL project besides the coordinator who creates it',
  })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(PARTICIPANTS_MAX)
  participantIds: string[];

  @Field(() => [String], { defaultValue: [], description: 'ISO 3166-1 alpha-2 codes' })
  @Matches(COUNTRY_CODE, { each: true, message: 'Give countries as two-letter ISO codes.' })
  @ArrayMaxSize(MAX_COUNTRIES)
  beneficiaryCountryCodes: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  @ArrayMaxSize(20)
  beneficiaryRegions: string[];

  @Field(() => [PillarEnum], { defaultValue: [] })
  @IsIn(PILLARS, { each: true })
  @ArrayMaxSize(PILLARS.length)
  pillars: Pillar[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string | null;

  @Field(() => ProjectStatusEnum, { defaultValue: 'PLANNED' })
  @IsIn(PROJECT_STATUSES)
  status: ProjectStatus;

  @Field()
  @IsDateOnly()
  startDate: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateOnly()
  endDate?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e12)
  budgetUsd?: number | null;
}

@InputType({ description: 'Changes to a project; omitted fields stay as they are' })
export class UpdateProjectInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(THREAD_TITLE_MAX_LENGTH)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  summary?: string;

  @Field(() => [ProjectPartnerInput], { nullable: true, description: 'The whole list of partners' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ProjectPartnerInput)
  @ArrayMaxSize(MAX_PARTNERS)
  partners?: ProjectPartnerInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Matches(COUNTRY_CODE, { each: true, message: 'Give countries as two-letter ISO codes.' })
  @ArrayMaxSize(MAX_COUNTRIES)
  beneficiaryCountryCodes?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  @ArrayMaxSize(20)
  beneficiaryRegions?: string[];

  @Field(() => [PillarEnum], { nullable: true })
  @IsOptional()
  @IsIn(PILLARS, { each: true })
  @ArrayMaxSize(PILLARS.length)
  pillars?: Pillar[];

  @Field(() => ID, { nullable: true, description: 'null removes the working group' })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string | null;

  @Field(() => ProjectStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsDateOnly()
  startDate?: string;

  @Field(() => String, { nullable: true, description: 'null removes the end date' })
  @IsOptional()
  @IsDateOnly()
  endDate?: string | null;

  @Field(() => Float, { nullable: true, description: 'null removes the budget' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e12)
  budgetUsd?: number | null;
}

@InputType({ description: 'Adds a milestone, or changes one when `id` is given' })
export class SetProjectMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(THREAD_TITLE_MAX_LENGTH)
  title: string;

  @Field()
  @IsDateOnly()
  dueDate: string;

  @Field(() => MilestoneStatusEnum, { defaultValue: 'PENDING' })
  @IsIn(MILESTONE_STATUSES)
  status: MilestoneStatus;
}

@InputType()
export class ProjectFilter {
  @Field(() => ProjectStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @Field(() => PillarEnum, { nullable: true })
  @IsOptional()
  @IsIn(PILLARS)
  pillar?: Pillar;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string;

  @Field(() => ID, { nullable: true, description: 'Led by this entity' })
  @IsOptional()
  @IsUUID()
  leadEntityId?: string;

  @Field({ nullable: true, description: 'Benefiting this country (ISO code)' })
  @IsOptional()
  @Matches(COUNTRY_CODE)
  countryCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string;
}

@InputType()
export class BreakGlassOnProjectInput extends BreakGlassReason {
  @Field(() => ID)
  @IsUUID()
  projectId: string;
}

@InputType({ description: 'A new marking for a project, or new people named on a STRICTLY_CONFIDENTIAL one' })
export class ChangeProjectClassificationInput extends RecordMarkingChange {
  @Field(() => ID)
  @IsUUID()
  projectId: string;
}
