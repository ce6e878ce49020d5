import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { UsersModule } from '../users/users.module.js';
import { Workspace, WorkspaceMember, WorkspaceOrganization } from './workspace.entity.js';
import { WorkspaceMemberResolver, WorkspaceOrganizationResolver, WorkspacesResolver } from './workspaces.resolver.js';
import { WorkspacesService } from './workspaces.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Workspace, WorkspaceMember, WorkspaceOrganization]),
    UsersModule,
    NotificationsModule,
  ],
  providers: [WorkspacesService, WorkspacesResolver, WorkspaceMemberResolver, WorkspaceOrganizationResolver],
  exports: [WorkspacesService],
})
export class WorkspacesModule {}
