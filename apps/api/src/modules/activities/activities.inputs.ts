import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ACTIVITY_TYPES,
  DESCRIPTION_MAX_LENGTH,
  PILLARS,
  SEARCH_MAX_LENGTH,
  THREAD_TITLE_MAX_LENGTH,
  type ActivityType,
  type Pillar,
} from '@ctcp/shared';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
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
import { ActivityTypeEnum, PillarEnum } from '../../common/graphql-enums.js';

const COUNTRY_CODE = /^[A-Z]{2}$/;
const MAX_PEOPLE = 1_000_000;

@InputType()
export class RecordActivityInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;

  @Field(() => ActivityTypeEnum)
  @IsIn(ACTIVITY_TYPES)
  type: ActivityType;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(THREAD_TITLE_MAX_LENGTH)
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  description: string;

  @Field()
  @IsDateOnly()
  startDate: string;

  @Field(() => String, { nullable: true, description: 'The start date when omitted' })
  @IsOptional()
  @IsDateOnly()
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO code of the host country; required unless online' })
  @IsOptional()
  @Matches(COUNTRY_CODE, { message: 'Give the country as a two-letter ISO code.' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  city?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  online: boolean;

  @Field(() => [ID], { defaultValue: [], description: 'The organizing organizations (the recorder’s own when empty)' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(30)
  organizerIds: string[];

  @Field(() => ID, { nullable: true, description: 'The unit of an organizer that runs it' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The project’s working group when omitted' })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string | null;

  @Field(() => [PillarEnum], { defaultValue: [] })
  @IsIn(PILLARS, { each: true })
  @ArrayMaxSize(PILLARS.length)
  pillars: Pillar[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PEOPLE)
  participants?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PEOPLE)
  participantsWomen?: number | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_PEOPLE)
  individualsTrained: number;

  @Field({ defaultValue: false, description: 'Name it in the quarterly report' })
  @IsBoolean()
  featured: boolean;
}

@InputType()
export class UpdateActivityInput extends RecordActivityInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class ActivityFilter {
  @Field({ nullable: true, description: 'Activities ending on or after this date (YYYY-MM-DD)' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @Field({ nullable: true, description: 'Activities starting on or before this date (YYYY-MM-DD)' })
  @IsOptional()
  @IsDateOnly()
  to?: string;

  @Field(() => ActivityTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(ACTIVITY_TYPES)
  type?: ActivityType;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(COUNTRY_CODE)
  countryCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string;

  @Field(() => PillarEnum, { nullable: true })
  @IsOptional()
  @IsIn(PILLARS)
  pillar?: Pillar;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizerId?: string;

  @Field({ nullable: true, description: 'Part of the title, in any case' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string;
}
