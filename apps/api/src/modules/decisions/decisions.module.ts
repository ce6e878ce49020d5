import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../jobs/jobs.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { UsersModule } from '../users/users.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { Decision, DecisionObjection } from './decision.entity.js';
import { DecisionObjectionsResolver, DecisionsResolver, WorkspaceDecisionsResolver } from './decisions.resolver.js';
import { DecisionsService } from './decisions.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Decision, DecisionObjection]),
    WorkspacesModule,
    OrganizationsModule,
    UsersModule,
    NotificationsModule,
    JobsModule,
  ],
  providers: [DecisionsService, DecisionsResolver, DecisionObjectionsResolver, WorkspaceDecisionsResolver],
  exports: [DecisionsService],
})
export class DecisionsModule {}
