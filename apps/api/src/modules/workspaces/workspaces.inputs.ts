import { Field, ID, InputType } from '@nestjs/graphql';
import {
  DESCRIPTION_MAX_LENGTH,
  SEARCH_MAX_LENGTH,
  WATCH_LEVELS,
  WORKSPACE_NAME_MAX_LENGTH,
  WORKSPACE_ROLES,
  WORKSPACE_VISIBILITIES,
  type WatchLevel,
  type WorkspaceRole,
  type WorkspaceVisibility,
} from '@ctcp/shared';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { WatchLevelEnum, WorkspaceRoleEnum, WorkspaceVisibilityEnum } from '../../common/graphql-enums.js';

@InputType()
export class WorkspaceFilter {
  @Field({ nullable: true, description: 'Part of the name, or of a working group’s name (in any language) or key' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  search?: string;
}

@InputType()
export class CreateWorkspaceInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter a name.' })
  @MaxLength(WORKSPACE_NAME_MAX_LENGTH)
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  description: string;

  @Field(() => WorkspaceVisibilityEnum, { defaultValue: 'PRIVATE' })
  @IsIn(WORKSPACE_VISIBILITIES)
  visibility: WorkspaceVisibility;

  @Field(() => [ID], { defaultValue: [], description: 'Organizations whose people take part as members' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(250)
  memberOrganizationIds: string[];
}

@InputType()
export class AddWorkspaceMemberInput {
  @Field(() => ID)
  @IsUUID()
  workspaceId: string;

  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => WorkspaceRoleEnum, { defaultValue: 'MEMBER' })
  @IsOptional()
  @IsIn(WORKSPACE_ROLES)
  role: WorkspaceRole;
}

@InputType()
export class RemoveWorkspaceMemberInput {
  @Field(() => ID)
  @IsUUID()
  workspaceId: string;

  @Field(() => ID)
  @IsUUID()
  userId: string;
}

@InputType()
export class WatchWorkspaceInput {
  @Field(() => ID)
  @IsUUID()
  workspaceId: string;

  @Field(() => WatchLevelEnum)
  @IsIn(WATCH_LEVELS)
  level: WatchLevel;
}
