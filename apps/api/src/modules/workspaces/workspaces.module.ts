import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { WorkingGroupsModule } from '../working-groups/working-groups.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { UsersModule } from '../users/users.module.js';
import { Workspace, WorkspaceMember, WorkspaceOrganization, WorkspaceWatch } from './workspace.entity.js';
import { WorkspaceReaders } from './workspace-readers.js';
import { WorkspaceRosters } from './workspace-rosters.js';
import { WorkspaceMemberResolver, WorkspaceOrganizationResolver, WorkspacesResolver } from './workspaces.resolver.js';
import { WorkspacesService } from './workspaces.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Workspace, WorkspaceMember, WorkspaceOrganization, WorkspaceWatch]),
    UsersModule,
    OrganizationsModule,
    NotificationsModule,
    WorkingGroupsModule,
  ],
  providers: [
    WorkspacesService,
    WorkspaceReaders,
    WorkspaceRosters,
    WorkspacesResolver,
    WorkspaceMemberResolver,
    WorkspaceOrganizationResolver,
  ],
  exports: [WorkspacesService, WorkspaceReaders],
})
export class WorkspacesModule {}
