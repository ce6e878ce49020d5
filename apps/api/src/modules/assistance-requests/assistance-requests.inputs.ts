import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ASSISTANCE_REQUEST_STATUSES,
  CLASSIFICATIONS,
  PARTICIPANTS_MAX,
  PILLARS,
  PRIORITIES,
  REGIONAL_GROUPS,
  REQUEST_NOTE_MAX_LENGTH,
  REQUEST_TEXT_MAX_LENGTH,
  REQUEST_TITLE_MAX_LENGTH,
  SEARCH_MAX_LENGTH,
  SHARING_SCOPES,
  type AssistanceRequestStatus,
  type Classification,
  type Pillar,
  type Priority,
  type RegionalGroup,
  type SharingScope,
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
  MinLength,
} from 'class-validator';
import {
  AssistanceRequestStatusEnum,
  ClassificationEnum,
  PillarEnum,
  PriorityEnum,
  RegionalGroupEnum,
  SharingScopeEnum,
} from '../../common/graphql-enums.js';
import { BreakGlassReason, RecordMarkingChange } from '../../common/marking-inputs.js';

const MAX_ENTITIES = 60;

@InputType({ description: 'A new request; saved as a draft when `draft` is true, else submitted at once' })
export class SubmitAssistanceRequestInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(REQUEST_TITLE_MAX_LENGTH)
  title: string;

  @Field({ description: 'Markdown' })
  @IsString()
  @MinLength(1, { message: 'Describe the assistance needed.' })
  @MaxLength(REQUEST_TEXT_MAX_LENGTH)
  description: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string | null;

  @Field(() => [PillarEnum], { defaultValue: [] })
  @IsIn(PILLARS, { each: true })
  @ArrayMaxSize(PILLARS.length)
  pillars: Pillar[];

  @Field(() => PriorityEnum, { defaultValue: 'MEDIUM' })
  @IsIn(PRIORITIES)
  priority: Priority;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(REQUEST_TITLE_MAX_LENGTH)
  desiredTimeframe: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(REQUEST_NOTE_MAX_LENGTH)
  beneficiaryInstitutions: string;

  @Field(() => SharingScopeEnum, { defaultValue: 'ALL_ENTITIES' })
  @IsIn(SHARING_SCOPES)
  sharingScope: SharingScope;

  @Field(() => [ID], { defaultValue: [], description: 'The Compact entities named when the scope is NAMED_ENTITIES' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_ENTITIES)
  sharedEntityIds: string[];

  @Field(() => ClassificationEnum, { defaultValue: 'UNCLASSIFIED' })
  @IsIn(CLASSIFICATIONS)
  classification: Classification;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'The people named on a STRICTLY_CONFIDENTIAL request besides its author (coordinators, to triage it)',
  })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(PARTICIPANTS_MAX)
  participantIds: string[];

  @Field({ defaultValue: false })
  @IsBoolean()
  draft: boolean;
}

@InputType()
export class BreakGlassOnAssistanceRequestInput extends BreakGlassReason {
  @Field(() => ID)
  @IsUUID()
  requestId: string;
}

@InputType({ description: 'A new marking for a request, or new people named on a STRICTLY_CONFIDENTIAL one' })
export class ChangeAssistanceRequestClassificationInput extends RecordMarkingChange {
  @Field(() => ID)
  @IsUUID()
  requestId: string;
}

@InputType({ description: 'Changes to a request: the State edits its drafts, coordinators correct later' })
export class UpdateAssistanceRequestInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(REQUEST_TITLE_MAX_LENGTH)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Describe the assistance needed.' })
  @MaxLength(REQUEST_TEXT_MAX_LENGTH)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'An empty string removes the working group' })
  @IsOptional()
  @IsString()
  workingGroupId?: string;

  @Field(() => [PillarEnum], { nullable: true })
  @IsOptional()
  @IsIn(PILLARS, { each: true })
  @ArrayMaxSize(PILLARS.length)
  pillars?: Pillar[];

  @Field(() => PriorityEnum, { nullable: true })
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: Priority;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(REQUEST_TITLE_MAX_LENGTH)
  desiredTimeframe?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(REQUEST_NOTE_MAX_LENGTH)
  beneficiaryInstitutions?: string;

  @Field(() => SharingScopeEnum, { nullable: true, description: 'Set by the State, on drafts only' })
  @IsOptional()
  @IsIn(SHARING_SCOPES)
  sharingScope?: SharingScope;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_ENTITIES)
  sharedEntityIds?: string[];
}

@InputType({ description: 'The sharing a submitted request takes: every entity it is shared with now, and more' })
export class WidenAssistanceRequestSharingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => SharingScopeEnum)
  @IsIn(SHARING_SCOPES)
  sharingScope: SharingScope;

  @Field(() => [ID], { defaultValue: [], description: 'The Compact entities named when the scope is NAMED_ENTITIES' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_ENTITIES)
  sharedEntityIds: string[];
}

@InputType()
export class TransitionAssistanceRequestInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => AssistanceRequestStatusEnum)
  @IsIn(ASSISTANCE_REQUEST_STATUSES)
  to: AssistanceRequestStatus;

  @Field({ defaultValue: '', description: 'Required when declining and for corrections (moves back)' })
  @IsString()
  @MaxLength(REQUEST_NOTE_MAX_LENGTH)
  note: string;
}

@InputType()
export class MatchAssistanceRequestInput {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field(() => ID)
  @IsUUID()
  leadEntityId: string;

  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_ENTITIES)
  partnerEntityIds: string[];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(REQUEST_NOTE_MAX_LENGTH)
  note: string;
}

@InputType({ description: 'Makes or changes the offer of the viewer’s organization' })
export class OfferAssistanceInput {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field({ description: 'What the entity proposes, in markdown' })
  @IsString()
  @MinLength(1, { message: 'Say what your organization offers.' })
  @MaxLength(REQUEST_NOTE_MAX_LENGTH)
  note: string;
}

@InputType()
export class AssistanceFeedbackInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Rate from 1 to 5.' })
  @Max(5, { message: 'Rate from 1 to 5.' })
  rating: number;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(REQUEST_NOTE_MAX_LENGTH)
  comment: string;

  @Field({ defaultValue: false, description: 'Also close the request (when it is delivered)' })
  @IsBoolean()
  close: boolean;
}

@InputType({ description: 'Links a request to the joint project that delivers it (null unlinks)' })
export class LinkAssistanceRequestToProjectInput {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;
}

@InputType()
export class AssistanceRequestFilter {
  @Field(() => [AssistanceRequestStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(ASSISTANCE_REQUEST_STATUSES, { each: true })
  @ArrayMaxSize(ASSISTANCE_REQUEST_STATUSES.length)
  statuses?: AssistanceRequestStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  requestingStateId?: string;

  @Field(() => RegionalGroupEnum, { nullable: true, description: 'Of the requesting State' })
  @IsOptional()
  @IsIn(REGIONAL_GROUPS)
  regionalGroup?: RegionalGroup;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string;

  @Field(() => PillarEnum, { nullable: true })
  @IsOptional()
  @IsIn(PILLARS)
  pillar?: Pillar;

  @Field(() => ID, { nullable: true, description: 'Requests this entity leads, partners in, or offered on' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => ID, { nullable: true, description: 'Delivered by this project' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @Field({ nullable: true, description: 'Under review and shared with the viewer’s entity: open for its offer' })
  @IsOptional()
  @IsBoolean()
  openForViewerOffer?: boolean;

  @Field({ nullable: true, description: 'Matched to the viewer’s organization, as lead or partner' })
  @IsOptional()
  @IsBoolean()
  assignedToViewerOrganization?: boolean;

  @Field({ nullable: true, description: 'In the title, or the reference number' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string;
}
