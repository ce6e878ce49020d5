import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { WorkingGroupsModule } from '../working-groups/working-groups.module.js';
import { ProjectsModule } from '../projects/projects.module.js';
import { UsersModule } from '../users/users.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import {
  AssistanceOffer,
  AssistanceRequest,
  AssistanceRequestAcknowledgement,
  AssistanceRequestEscalation,
  AssistanceRequestBreakGlassGrant,
  AssistanceRequestParticipant,
  AssistanceRequestPartner,
  AssistanceRequestSharedEntity,
  AssistanceRequestTransition,
} from './assistance-request.entity.js';
import {
  AssistanceOffersResolver,
  AssistanceRequestAcknowledgementsResolver,
  AssistanceRequestsResolver,
  AssistanceRequestTransitionsResolver,
  ProjectRequestsResolver,
} from './assistance-requests.resolver.js';
import { AssistanceOffersService } from './assistance-offers.service.js';
import { AssistanceRequestAcknowledgements } from './assistance-request-acknowledgements.js';
import { AssistanceRequestEscalations } from './assistance-request-escalations.js';
import { AssistanceRequestDiscussion } from './assistance-request-discussion.js';
import { AssistanceRequestMarkings } from './assistance-request-markings.js';
import { AssistanceRequestFields } from './assistance-request-fields.js';
import { AssistanceRequestNotices } from './assistance-request-notices.js';
import { AssistanceRequestQueries } from './assistance-request-queries.service.js';
import { AssistanceRequestsService } from './assistance-requests.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      AssistanceRequest,
      AssistanceRequestAcknowledgement,
      AssistanceRequestEscalation,
      AssistanceRequestSharedEntity,
      AssistanceRequestBreakGlassGrant,
      AssistanceRequestParticipant,
      AssistanceRequestPartner,
      AssistanceOffer,
      AssistanceRequestTransition,
    ]),
    WorkspacesModule,
    DiscussionsModule,
    NotificationsModule,
    JobsModule,
    OrganizationsModule,
    WorkingGroupsModule,
    ProjectsModule,
    UsersModule,
  ],
  providers: [
    AssistanceRequestQueries,
    AssistanceRequestNotices,
    AssistanceRequestFields,
    AssistanceRequestDiscussion,
    AssistanceRequestMarkings,
    AssistanceRequestsService,
    AssistanceOffersService,
    AssistanceRequestAcknowledgements,
    AssistanceRequestEscalations,
    AssistanceRequestsResolver,
    AssistanceOffersResolver,
    AssistanceRequestAcknowledgementsResolver,
    AssistanceRequestTransitionsResolver,
    ProjectRequestsResolver,
  ],
  exports: [
    AssistanceRequestQueries,
    AssistanceRequestsService,
    AssistanceOffersService,
    AssistanceRequestAcknowledgements,
  ],
})
export class AssistanceRequestsModule {}
