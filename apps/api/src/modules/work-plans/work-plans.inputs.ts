import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  PILLARS,
  PROGRESS_NOTE_MAX_LENGTH,
  THREAD_TITLE_MAX_LENGTH,
  WORK_PLAN_HALVES,
  WORK_PLAN_ITEM_MAX_LEADS,
  WORK_PLAN_ITEM_MAX_LINKS,
  WORK_PLAN_ITEM_STATUSES,
  WORK_PLAN_TEXT_MAX_LENGTH,
  type Pillar,
  type WorkPlanItemStatus,
} from '@ctcp/shared';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDateOnly } from '../../common/dates.js';
import { PillarEnum, WorkPlanItemStatusEnum } from '../../common/graphql-enums.js';

// Blank titles and notes are refused by the service once trimmed, with their field.

@InputType()
export class CreateWorkPlanInput {
  @Field(() => ID, { nullable: true, description: 'The working group whose plan it is (or give unitId)' })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization unit whose plan it is (or give workingGroupId)' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { description: '1: January to June; 2: July to December' })
  @IsIn(WORK_PLAN_HALVES)
  half: number;

  @Field()
  @IsString()
  @MaxLength(THREAD_TITLE_MAX_LENGTH)
  title: string;
}

@InputType()
export class AddWorkPlanItemInput {
  @Field(() => ID)
  @IsUUID()
  workPlanId: string;

  @Field()
  @IsString()
  @MaxLength(THREAD_TITLE_MAX_LENGTH)
  title: string;

  @Field({ defaultValue: '', description: 'Markdown' })
  @IsString()
  @MaxLength(WORK_PLAN_TEXT_MAX_LENGTH)
  description: string;

  @Field(() => PillarEnum)
  @IsIn(PILLARS)
  pillar: Pillar;

  @Field(() => ID)
  @IsUUID()
  ownerOrganizationId: string;

  @Field(() => ID, { nullable: true, description: 'A unit of the owner organization' })
  @IsOptional()
  @IsUUID()
  ownerUnitId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'People who lead it; each must be able to read the plan' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(WORK_PLAN_ITEM_MAX_LEADS)
  leadIds: string[];

  @Field({ description: 'YYYY-MM-DD, within the plan’s half year or close to it' })
  @IsDateOnly()
  dueDate: string;

  @Field(() => WorkPlanItemStatusEnum, { defaultValue: 'NOT_STARTED' })
  @IsIn(WORK_PLAN_ITEM_STATUSES)
  status: WorkPlanItemStatus;

  @Field(() => [ID], { defaultValue: [], description: 'Projects the viewer may read' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(WORK_PLAN_ITEM_MAX_LINKS)
  projectIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Activities the viewer may read' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(WORK_PLAN_ITEM_MAX_LINKS)
  activityIds: string[];
}

@InputType({ description: 'The fields to change (those omitted stay), and a progress note to append' })
export class UpdateWorkPlanItemInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(THREAD_TITLE_MAX_LENGTH)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown' })
  @IsOptional()
  @IsString()
  @MaxLength(WORK_PLAN_TEXT_MAX_LENGTH)
  description?: string | null;

  @Field(() => PillarEnum, { nullable: true })
  @IsOptional()
  @IsIn(PILLARS)
  pillar?: Pillar | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A unit of the owner organization; see clearOwnerUnit' })
  @IsOptional()
  @IsUUID()
  ownerUnitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Takes the item out of its unit' })
  @IsOptional()
  @IsBoolean()
  clearOwnerUnit?: boolean | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(WORK_PLAN_ITEM_MAX_LEADS)
  leadIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDateOnly()
  dueDate?: string | null;

  @Field(() => WorkPlanItemStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(WORK_PLAN_ITEM_STATUSES)
  status?: WorkPlanItemStatus | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(WORK_PLAN_ITEM_MAX_LINKS)
  projectIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(WORK_PLAN_ITEM_MAX_LINKS)
  activityIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A progress note, appended in the same change' })
  @IsOptional()
  @IsString()
  @MaxLength(PROGRESS_NOTE_MAX_LENGTH)
  progressNote?: string | null;

  @Field(() => String, { nullable: true, description: 'The day the note speaks of (YYYY-MM-DD); today when omitted' })
  @IsOptional()
  @IsDateOnly()
  progressNoteDate?: string | null;
}

@InputType()
export class WorkPlanFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIn(WORK_PLAN_HALVES)
  half?: number | null;
}

@InputType({ description: 'Narrows a plan’s items (the board’s filters)' })
export class WorkPlanItemFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerOrganizationId?: string | null;

  @Field(() => PillarEnum, { nullable: true })
  @IsOptional()
  @IsIn(PILLARS)
  pillar?: Pillar | null;
}
