import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { UsersModule } from '../users/users.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { GovernanceBody, GovernanceBodyMember } from './governance-body.entity.js';
import { GovernanceBodiesResolver, GovernanceBodyMembersResolver, MeetingsResolver } from './governance.resolver.js';
import { GovernanceService } from './governance.service.js';
import { MeetingCalendarController } from './meeting-calendar.controller.js';
import { Meeting, MeetingAttendee, MeetingDocument } from './meeting.entity.js';
import { MeetingsService } from './meetings.service.js';
import { ReportPublishingService } from './report-publishing.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([GovernanceBody, GovernanceBodyMember, Meeting, MeetingAttendee, MeetingDocument]),
    WorkspacesModule,
    OrganizationsModule,
    UsersModule,
    NotificationsModule,
    AttachmentsModule,
    DiscussionsModule,
    ReportsModule,
  ],
  controllers: [MeetingCalendarController],
  providers: [
    GovernanceService,
    MeetingsService,
    ReportPublishingService,
    GovernanceBodiesResolver,
    GovernanceBodyMembersResolver,
    MeetingsResolver,
  ],
  exports: [GovernanceService, MeetingsService],
})
export class GovernanceModule {}
