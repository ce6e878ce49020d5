import { Field, ID, InputType } from '@nestjs/graphql';
import {
  DECISION_STATUSES,
  DECISION_TEXT_MAX_LENGTH,
  OBJECTION_REASON_MAX_LENGTH,
  THREAD_TITLE_MAX_LENGTH,
  type DecisionStatus,
} from '@ctcp/shared';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DecisionStatusEnum } from '../../common/graphql-enums.js';

// Blank titles, texts and reasons are refused by the service once trimmed, with their field.

@InputType()
export class ProposeDecisionInput {
  @Field(() => ID)
  @IsUUID()
  workspaceId: string;

  @Field()
  @IsString()
  @MaxLength(THREAD_TITLE_MAX_LENGTH)
  title: string;

  @Field({ description: 'Markdown' })
  @IsString()
  @MaxLength(DECISION_TEXT_MAX_LENGTH)
  text: string;

  @Field({ description: 'The deadline: in the future, at most SILENCE_MAX_DAYS ahead' })
  @IsDate()
  silenceUntil: Date;
}

@InputType()
export class BreakSilenceInput {
  @Field(() => ID)
  @IsUUID()
  decisionId: string;

  @Field({ description: 'Why the organization objects' })
  @IsString()
  @MaxLength(OBJECTION_REASON_MAX_LENGTH)
  reason: string;
}

@InputType()
export class DecisionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workspaceId?: string | null;

  @Field(() => DecisionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(DECISION_STATUSES)
  status?: DecisionStatus | null;
}
