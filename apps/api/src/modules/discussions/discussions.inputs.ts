import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ATTACHMENTS_PER_POST_MAX,
  CLASSIFICATIONS,
  MARKING_REASON_MAX_LENGTH,
  PILLARS,
  POST_BODY_MAX_LENGTH,
  REACTION_EMOJI,
  PARTICIPANTS_MAX,
  THREAD_TITLE_MAX_LENGTH,
  type Classification,
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
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsDateOnly } from '../../common/dates.js';
import { ClassificationEnum, PillarEnum } from '../../common/graphql-enums.js';

const BODY_REQUIRED = { message: 'Write a message.' };

@InputType()
export class RenameThreadInput {
  @Field(() => ID)
  @IsUUID()
  threadId: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(THREAD_TITLE_MAX_LENGTH)
  title: string;
}

@InputType()
export class CreateThreadInput {
  @Field(() => ID)
  @IsUUID()
  workspaceId: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter a title.' })
  @MaxLength(THREAD_TITLE_MAX_LENGTH)
  title: string;

  @Field({ description: 'The opening post, in markdown' })
  @IsString()
  @MinLength(1, BODY_REQUIRED)
  @MaxLength(POST_BODY_MAX_LENGTH)
  body: string;

  @Field(() => [PillarEnum], { defaultValue: [] })
  @IsIn(PILLARS, { each: true })
  @ArrayMaxSize(PILLARS.length)
  pillars: Pillar[];

  @Field(() => ClassificationEnum, { defaultValue: 'UNCLASSIFIED' })
  @IsIn(CLASSIFICATIONS)
  classification: Classification;

  @Field(() => [ID], { defaultValue: [], description: 'Files uploaded to POST /attachments for this workspace' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(ATTACHMENTS_PER_POST_MAX)
  attachmentIds: string[];

  @Field(() => [ID], {
    defaultValue: [],
    description:
      'STRICTLY_CONFIDENTIAL only: the people named on it besides the author (Workspace.participantCandidates)',
  })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(PARTICIPANTS_MAX)
  participantIds: string[];
}

@InputType()
export class ChangeThreadClassificationInput {
  @Field(() => ID)
  @IsUUID()
  threadId: string;

  @Field(() => ClassificationEnum)
  @IsIn(CLASSIFICATIONS)
  classification: Classification;

  @Field({ description: 'Why the marking changes; kept in the audit trail' })
  @IsString()
  @MinLength(1, { message: 'Give a reason.' })
  @MaxLength(MARKING_REASON_MAX_LENGTH)
  reason: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'To STRICTLY_CONFIDENTIAL: the people named on it (the author and the one who raises it are added)',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(PARTICIPANTS_MAX)
  participantIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A day after today (YYYY-MM-DD) when the marking drops' })
  @IsOptional()
  @IsDateOnly()
  declassifyOn?: string | null;

  @Field(() => ClassificationEnum, { nullable: true, description: 'The lower marking it drops to on `declassifyOn`' })
  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  declassifyTo?: Classification | null;
}

@InputType()
export class SetThreadParticipantsInput {
  @Field(() => ID)
  @IsUUID()
  threadId: string;

  @Field(() => [ID], { description: 'Everyone named on it; the author stays named' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(PARTICIPANTS_MAX)
  userIds: string[];
}

@ArgsType()
export class ParticipantCandidatesArgs {
  @Field(() => String, { nullable: true, description: 'Words of the name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  query?: string | null;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(PARTICIPANTS_MAX)
  first: number;
}

@InputType()
export class BreakGlassInput {
  @Field(() => ID)
  @IsUUID()
  threadId: string;

  @Field({ description: 'Why the record must be read; kept in the audit trail' })
  @IsString()
  @MinLength(1, { message: 'Give a reason.' })
  @MaxLength(MARKING_REASON_MAX_LENGTH)
  reason: string;
}

@InputType()
export class CreatePostInput {
  @Field(() => ID)
  @IsUUID()
  threadId: string;

  @Field()
  @IsString()
  @MinLength(1, BODY_REQUIRED)
  @MaxLength(POST_BODY_MAX_LENGTH)
  body: string;

  @Field(() => [ID], { defaultValue: [], description: 'Files uploaded to POST /attachments for this workspace' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(ATTACHMENTS_PER_POST_MAX)
  attachmentIds: string[];

  @Field(() => ID, { nullable: true, description: 'A post of the same thread, not deleted, that this one replies to' })
  @IsOptional()
  @IsUUID()
  quotedPostId?: string | null;
}

@InputType()
export class UpdatePostInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @IsString()
  @MinLength(1, BODY_REQUIRED)
  @MaxLength(POST_BODY_MAX_LENGTH)
  body: string;
}

@InputType()
export class ToggleReactionInput {
  @Field(() => ID)
  @IsUUID()
  postId: string;

  @Field({ description: `One of ${REACTION_EMOJI.join(' ')}` })
  @IsIn(REACTION_EMOJI, { message: `Choose one of ${REACTION_EMOJI.join(' ')}.` })
  emoji: string;
}

@InputType()
export class SetThreadFlagInput {
  @Field(() => ID)
  @IsUUID()
  threadId: string;

  @Field()
  @IsBoolean()
  value: boolean;
}

@ArgsType()
export class ThreadIdArgs {
  @Field(() => ID)
  @IsUUID()
  threadId: string;
}
