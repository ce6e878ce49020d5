import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module.js';
import { AssistanceRequestsModule } from '../assistance-requests/assistance-requests.module.js';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProjectsModule } from '../projects/projects.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { MyWorkResolver } from './my-work.resolver.js';
import { MyWorkService } from './my-work.service.js';

@Module({
  imports: [
    AssistanceRequestsModule,
    ProjectsModule,
    ActivitiesModule,
    DiscussionsModule,
    WorkspacesModule,
    OrganizationsModule,
  ],
  providers: [MyWorkService, MyWorkResolver],
})
export class MyWorkModule {}
