import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { UsersModule } from '../users/users.module.js';
import { WorkingGroupsModule } from '../working-groups/working-groups.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { Project, ProjectMilestone, ProjectPartner } from './project.entity.js';
import { ProjectPartnersResolver, ProjectsResolver } from './projects.resolver.js';
import { ProjectsService } from './projects.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Project, ProjectPartner, ProjectMilestone]),
    OrganizationsModule,
    WorkingGroupsModule,
    WorkspacesModule,
    UsersModule,
    NotificationsModule,
  ],
  providers: [ProjectsService, ProjectsResolver, ProjectPartnersResolver],
  exports: [ProjectsService],
})
export class ProjectsModule {}
