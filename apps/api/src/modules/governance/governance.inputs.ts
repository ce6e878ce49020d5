import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  GOVERNANCE_BODY_ROLES,
  MEETING_AGENDA_ITEM_MAX_LENGTH,
  MEETING_AGENDA_MAX_ITEMS,
  MEETING_MAX_DOCUMENTS,
  MEETING_OUTCOME_MAX_LENGTH,
  MEETING_PLACE_MAX_LENGTH,
  type GovernanceBodyRole,
} from '@ctcp/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GovernanceBodyRoleEnum } from '../../common/graphql-enums.js';
import { ACRONYM_MAX_LENGTH, LocalizedNamesInput } from '../organizations/organizations.inputs.js';

// Blank agenda items and outcomes, unknown time zones and links that are not https are refused by the
// service, with their field.

const ONLINE_URL_MAX_LENGTH = 2000;

@InputType()
export class CreateGovernanceBodyInput {
  @Field(() => LocalizedNamesInput)
  @IsDefined()
  @ValidateNested()
  @Type(() => LocalizedNamesInput)
  names: LocalizedNamesInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ACRONYM_MAX_LENGTH)
  acronym?: string | null;
}

@InputType()
export class SetGovernanceBodyMemberInput {
  @Field(() => ID)
  @IsUUID()
  bodyId: string;

  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => GovernanceBodyRoleEnum)
  @IsIn(GOVERNANCE_BODY_ROLES)
  role: GovernanceBodyRole;
}

@InputType()
export class RemoveGovernanceBodyMemberInput {
  @Field(() => ID)
  @IsUUID()
  bodyId: string;

  @Field(() => ID)
  @IsUUID()
  organizationId: string;
}

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  @IsUUID()
  bodyId: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to the body’s last number + 1' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  number?: number | null;

  @Field()
  @IsDate()
  startsAt: Date;

  @Field()
  @IsDate()
  endsAt: Date;

  @Field({ description: "IANA time zone where it is held, e.g. 'Europe/Vienna'" })
  @IsString()
  @MaxLength(64)
  timeZone: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MEETING_PLACE_MAX_LENGTH)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'An https link; at least one of place and onlineUrl' })
  @IsOptional()
  @IsString()
  @MaxLength(ONLINE_URL_MAX_LENGTH)
  onlineUrl?: string | null;

  @Field(() => [String])
  @ArrayMaxSize(MEETING_AGENDA_MAX_ITEMS)
  @IsString({ each: true })
  @MaxLength(MEETING_AGENDA_ITEM_MAX_LENGTH, { each: true })
  agenda: string[];

  @Field(() => [ID], { nullable: true, description: 'Files of the body’s workspace' })
  @IsOptional()
  @ArrayMaxSize(MEETING_MAX_DOCUMENTS)
  @IsUUID('all', { each: true })
  documentIds?: string[] | null;
}

@InputType({ description: 'The fields given are changed, the others kept; cancelled: true cancels the meeting' })
export class UpdateMeetingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty string takes the place away' })
  @IsOptional()
  @IsString()
  @MaxLength(MEETING_PLACE_MAX_LENGTH)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty string takes the link away' })
  @IsOptional()
  @IsString()
  @MaxLength(ONLINE_URL_MAX_LENGTH)
  onlineUrl?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MEETING_AGENDA_MAX_ITEMS)
  @IsString({ each: true })
  @MaxLength(MEETING_AGENDA_ITEM_MAX_LENGTH, { each: true })
  agenda?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MEETING_MAX_DOCUMENTS)
  @IsUUID('all', { each: true })
  documentIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  cancelled?: boolean | null;
}

@InputType()
export class RecordMeetingOutcomeInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field({ description: 'Markdown' })
  @IsString()
  @MaxLength(MEETING_OUTCOME_MAX_LENGTH)
  outcome: string;

  @Field(() => [ID])
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  attendeeOrganizationIds: string[];
}

@InputType()
export class MeetingFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  bodyId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: scheduled meetings not yet over, soonest first; otherwise every meeting, newest first',
  })
  @IsOptional()
  @IsBoolean()
  upcoming?: boolean | null;
}
