import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { UsersModule } from '../users/users.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { Post, PostMention, PostReaction, PostRevision } from './post.entity.js';
import {
  AttachmentsResolver,
  PostRevisionsResolver,
  PostsResolver,
  ThreadsResolver,
  WorkspaceThreadsResolver,
} from './discussions.resolver.js';
import { PostDetails } from './post-details.js';
import { PostHtmlBackfill } from './post-html-backfill.js';
import { PostNotices } from './post-notices.js';
import { PostsService } from './posts.service.js';
import { BreakGlassGrant, Thread, ThreadFollower, ThreadParticipant, ThreadRead } from './thread.entity.js';
import { ThreadMarkingsService } from './thread-markings.service.js';
import { ThreadsService } from './threads.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Thread,
      ThreadFollower,
      ThreadRead,
      ThreadParticipant,
      BreakGlassGrant,
      Post,
      PostRevision,
      PostReaction,
      PostMention,
    ]),
    WorkspacesModule,
    AttachmentsModule,
    UsersModule,
    OrganizationsModule,
    NotificationsModule,
    JobsModule,
  ],
  providers: [
    ThreadsService,
    ThreadMarkingsService,
    PostsService,
    PostNotices,
    PostDetails,
    PostHtmlBackfill,
    AttachmentsResolver,
    WorkspaceThreadsResolver,
    ThreadsResolver,
    PostsResolver,
    PostRevisionsResolver,
  ],
  exports: [ThreadsService, ThreadMarkingsService, PostsService, PostDetails],
})
export class DiscussionsModule {}
