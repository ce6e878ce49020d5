import { Module } from '@nestjs/common';
import { AssistanceRequestsModule } from '../modules/assistance-requests/assistance-requests.module.js';
import { ActivitiesModule } from '../modules/activities/activities.module.js';
import { DecisionsModule } from '../modules/decisions/decisions.module.js';
import { GovernanceModule } from '../modules/governance/governance.module.js';
import { FundingModule } from '../modules/funding/funding.module.js';
import { ProjectsModule } from '../modules/projects/projects.module.js';
import { AttachmentsModule } from '../modules/attachments/attachments.module.js';
import { DiscussionsModule } from '../modules/discussions/discussions.module.js';
import { OrganizationsModule } from '../modules/organizations/organizations.module.js';
import { UsersModule } from '../modules/users/users.module.js';
import { WorkingGroupsModule } from '../modules/working-groups/working-groups.module.js';
import { WorkPlansModule } from '../modules/work-plans/work-plans.module.js';
import { WorkspacesModule } from '../modules/workspaces/workspaces.module.js';
import { LoadersFactory } from './loaders.js';

@Module({
  imports: [
    AttachmentsModule,
    AssistanceRequestsModule,
    ProjectsModule,
    ActivitiesModule,
    FundingModule,
    DecisionsModule,
    WorkPlansModule,
    GovernanceModule,
    OrganizationsModule,
    WorkingGroupsModule,
    UsersModule,
    WorkspacesModule,
    DiscussionsModule,
  ],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
