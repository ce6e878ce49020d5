import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { UsersModule } from '../users/users.module.js';
import { WorkingGroupsModule } from '../working-groups/working-groups.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { ProjectMarkings } from './project-markings.js';
import { Project, ProjectMilestone, ProjectParticipant, ProjectPartner } from './project.entity.js';
import { ProjectMilestonesResolver, ProjectPartnersResolver, ProjectsResolver } from './projects.resolver.js';
import { ProjectsService } from './projects.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Project, ProjectPartner, ProjectMilestone, ProjectParticipant]),
    OrganizationsModule,
    WorkingGroupsModule,
    WorkspacesModule,
    UsersModule,
    NotificationsModule,
    JobsModule,
    DiscussionsModule,
  ],
  providers: [ProjectsService, ProjectMarkings, ProjectsResolver, ProjectPartnersResolver, ProjectMilestonesResolver],
  exports: [ProjectsService],
})
export class ProjectsModule {}
