import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '../activities/activities.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProjectsModule } from '../projects/projects.module.js';
import { UsersModule } from '../users/users.module.js';
import { WorkingGroupsModule } from '../working-groups/working-groups.module.js';
import { WorkPlan, WorkPlanItem, WorkPlanProgressNote, WorkPlanReminder } from './work-plan.entity.js';
import {
  WorkingGroupWorkPlansResolver,
  WorkPlanItemsResolver,
  WorkPlanProgressNotesResolver,
  WorkPlansResolver,
} from './work-plans.resolver.js';
import { WorkPlansService } from './work-plans.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([WorkPlan, WorkPlanItem, WorkPlanProgressNote, WorkPlanReminder]),
    WorkingGroupsModule,
    OrganizationsModule,
    UsersModule,
    ProjectsModule,
    ActivitiesModule,
    NotificationsModule,
    JobsModule,
  ],
  providers: [
    WorkPlansService,
    WorkPlansResolver,
    WorkPlanItemsResolver,
    WorkPlanProgressNotesResolver,
    WorkingGroupWorkPlansResolver,
  ],
  exports: [WorkPlansService],
})
export class WorkPlansModule {}
