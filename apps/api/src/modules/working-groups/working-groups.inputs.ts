import { Field, ID, InputType } from '@nestjs/graphql';
import { WORKING_GROUP_ROLES, type WorkingGroupRole } from '@ctcp/shared';
import { IsIn, IsUUID, ValidateIf } from 'class-validator';
import { IsDateOnly } from '../../common/dates.js';
import { WorkingGroupRoleEnum } from '../../common/graphql-enums.js';

@InputType({ description: 'Adds an organization to a working group, or changes its role and dates there' })
export class SetWorkingGroupMembershipInput {
  @Field(() => ID)
  @IsUUID()
  workingGroupId: string;

  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => WorkingGroupRoleEnum, { description: 'MEMBER or OBSERVER; CHAIR and VICE_CHAIR are leading members' })
  @IsIn(WORKING_GROUP_ROLES)
  role: WorkingGroupRole;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, if known' })
  @ValidateIf((_input, value) => value !== null && value !== undefined)
  @IsDateOnly()
  fromDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; none while it lasts' })
  @ValidateIf((_input, value) => value !== null && value !== undefined)
  @IsDateOnly()
  toDate?: string | null;
}

@InputType()
export class RemoveWorkingGroupMembershipInput {
  @Field(() => ID)
  @IsUUID()
  workingGroupId: string;

  @Field(() => ID)
  @IsUUID()
  organizationId: string;
}
