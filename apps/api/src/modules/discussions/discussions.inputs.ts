import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ATTACHMENTS_PER_POST_MAX,
  CLASSIFICATIONS,
  PILLARS,
  POST_BODY_MAX_LENGTH,
  REACTION_EMOJI,
  THREAD_TITLE_MAX_LENGTH,
  type Classification,
  type Pillar,
} from '@ctcp/shared';
import { ArrayMaxSize, IsBoolean, IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ClassificationEnum, PillarEnum } from '../../common/graphql-enums.js';

const BODY_REQUIRED = { message: 'Write a message.' };

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
