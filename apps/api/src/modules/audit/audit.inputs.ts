import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'The person who acted' })
  @IsOptional()
  @IsUUID()
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization of the person who acted' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: "e.g. 'sign_in.failed'" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'The id of the record acted on' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (included)' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this instant (excluded)' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}
