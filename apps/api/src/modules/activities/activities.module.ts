import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { WorkingGroupsModule } from '../working-groups/working-groups.module.js';
import { ProjectsModule } from '../projects/projects.module.js';
import { ActivitiesCalendarController } from './activities-calendar.controller.js';
import { ActivitiesResolver, ProjectActivitiesResolver } from './activities.resolver.js';
import { ActivitiesService } from './activities.service.js';
import { Activity, ActivityOrganizer } from './activity.entity.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Activity, ActivityOrganizer]),
    OrganizationsModule,
    WorkingGroupsModule,
    ProjectsModule,
  ],
  controllers: [ActivitiesCalendarController],
  providers: [ActivitiesService, ActivitiesResolver, ProjectActivitiesResolver],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}
