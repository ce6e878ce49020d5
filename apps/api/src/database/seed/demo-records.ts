import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RuntimeConfig } from '../../config/runtime-config.js';
import { ActivitiesService } from '../../modules/activities/activities.service.js';
import { AssistanceOffersService } from '../../modules/assistance-requests/assistance-offers.service.js';
import { AssistanceRequestsService } from '../../modules/assistance-requests/assistance-requests.service.js';
import { FundingService } from '../../modules/funding/funding.service.js';
import { ProjectsService } from '../../modules/projects/projects.service.js';
import { MeetingsService } from '../../modules/governance/meetings.service.js';
import { WorkPlansService } from '../../modules/work-plans/work-plans.service.js';
import { seedDemoMeetings } from './demo-meetings.js';
import { seedDemoAssistanceRequests } from './demo-requests.js';
import { seedDemoWorkPlans } from './demo-work-plans.js';
import { seedQ1_2020 } from './q1-2020.js';

/**
 * Demo records made through the running app's services, so that they obey every rule: the Q1 2020
 * projects, activities and funding, then the assistance requests, then a working group's work plan and the governance bodies' next meetings. Each
 * part is loaded once.
 */
export async function seedDemoRecords(app: INestApplicationContext, config: Pick<RuntimeConfig, 'requestSla'>) {
  const dataSource = app.get(DataSource);
  await seedQ1_2020(dataSource, {
    projects: app.get(ProjectsService),
    activities: app.get(ActivitiesService),
    funding: app.get(FundingService),
  });
  await seedDemoAssistanceRequests(
    dataSource,
    { requests: app.get(AssistanceRequestsService), offers: app.get(AssistanceOffersService) },
    config,
  );
  await seedDemoWorkPlans(dataSource, app.get(WorkPlansService));
  await seedDemoMeetings(dataSource, app.get(MeetingsService));
}
