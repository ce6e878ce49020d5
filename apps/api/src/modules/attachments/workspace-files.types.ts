import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ATTACHMENT_CONTENT_TYPES,
  ATTACHMENTS_PER_POST_MAX,
  SEARCH_QUERY_MAX_LENGTH,
  type AttachmentContentType,
  type WorkspaceVisibility,
} from '@ctcp/shared';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ConnectionType, PageArgs } from '../../common/pagination.js';

export const WORKSPACE_FILE_ORDERS = ['NEWEST', 'OLDEST', 'NAME', 'LARGEST'] as const;
export type WorkspaceFileOrder = (typeof WORKSPACE_FILE_ORDERS)[number];
export const WorkspaceFileOrderEnum = Object.fromEntries(WORKSPACE_FILE_ORDERS.map((order) => [order, order])) as {
  [K in WorkspaceFileOrder]: K;
};
registerEnumType(WorkspaceFileOrderEnum, { name: 'WorkspaceFileOrder' });

@ObjectType({ description: 'A file of a workspace: attached to one of its posts, or added to the workspace directly' })
export class WorkspaceFile {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  size: number;

  @Field()
  createdAt: Date;

  @Field({ description: 'Download link (checks access; sent as an attachment)' })
  url: string;

  /** The post it came from (`post`); null when added to the workspace directly. */
  postId: string | null;

  /** For `uploader` (shown as the viewer may see them) and `viewerCanRemove`. */
  uploaderId: string;
  workspaceId: string;
  workspaceVisibility: WorkspaceVisibility;
}

export const WorkspaceFileConnection = ConnectionType(WorkspaceFile, 'WorkspaceFile');

@ArgsType()
export class WorkspaceFilesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words of the file name or of the text inside the file' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  query?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only files of these types' })
  @IsOptional()
  @ArrayMaxSize(ATTACHMENT_CONTENT_TYPES.length)
  @IsIn(ATTACHMENT_CONTENT_TYPES, { each: true })
  contentTypes?: AttachmentContentType[] | null;

  @Field(() => WorkspaceFileOrderEnum, { nullable: true, description: 'NEWEST by default' })
  @IsOptional()
  @IsIn(WORKSPACE_FILE_ORDERS)
  orderBy?: WorkspaceFileOrder | null;
}

@InputType()
export class AddWorkspaceFilesInput {
  @Field(() => ID)
  @IsUUID()
  workspaceId: string;

  @Field(() => [ID], { description: 'Uploads of the viewer into this workspace, not yet used' })
  @ArrayMinSize(1)
  @ArrayMaxSize(ATTACHMENTS_PER_POST_MAX)
  @IsUUID('all', { each: true })
  attachmentIds: string[];
}
