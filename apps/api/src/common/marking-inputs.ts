import { Field, ID, InputType } from '@nestjs/graphql';
import { CLASSIFICATIONS, type Classification, MARKING_REASON_MAX_LENGTH, PARTICIPANTS_MAX } from '@ctcp/shared';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsDateOnly } from './dates.js';
import { ClassificationEnum } from './graphql-enums.js';

/** A break-glass read asks why; the reason is kept in the audit trail. */
@InputType({ isAbstract: true })
export class BreakGlassReason {
  @Field({ description: 'Why the record must be read; kept in the audit trail' })
  @IsString()
  @MinLength(1, { message: 'Give a reason.' })
  @MaxLength(MARKING_REASON_MAX_LENGTH)
  reason: string;
}

/** A new marking for a marked record (a request, a project), or new people named on a STRICTLY_CONFIDENTIAL one. */
@InputType({ isAbstract: true })
export class RecordMarkingChange {
  @Field(() => ClassificationEnum)
  @IsIn(CLASSIFICATIONS)
  classification: Classification;

  @Field({ description: 'Why; recorded in the audit trail' })
  @IsString()
  @MaxLength(MARKING_REASON_MAX_LENGTH)
  reason: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'STRICTLY_CONFIDENTIAL: exactly the people named besides its author and the actor; when absent, those named stay',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(PARTICIPANTS_MAX)
  participantIds?: string[];

  @Field(() => String, { nullable: true, description: 'A day after today (YYYY-MM-DD) when the marking drops' })
  @IsOptional()
  @IsDateOnly()
  declassifyOn?: string | null;

  @Field(() => ClassificationEnum, { nullable: true, description: 'The lower marking it drops to on `declassifyOn`' })
  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  declassifyTo?: Classification | null;
}
