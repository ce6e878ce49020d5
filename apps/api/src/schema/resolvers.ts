import { AuditEventsResolver } from '../modules/audit/audit.resolver.js';
import {
  GovernanceBodiesResolver,
  GovernanceBodyMembersResolver,
  MeetingsResolver,
} from '../modules/governance/governance.resolver.js';
import {
  AssistanceOffersResolver,
  AssistanceRequestAcknowledgementsResolver,
  AssistanceRequestsResolver,
  AssistanceRequestTransitionsResolver,
  ProjectRequestsResolver,
} from '../modules/assistance-requests/assistance-requests.resolver.js';
import { ActivitiesResolver, ProjectActivitiesResolver } from '../modules/activities/activities.resolver.js';
import {
  AgreementsResolver,
  ContributionsResolver,
  DonorFundingResolver,
  ProjectFundingResolver,
} from '../modules/funding/funding.resolver.js';
import {
  DecisionObjectionsResolver,
  DecisionsResolver,
  WorkspaceDecisionsResolver,
} from '../modules/decisions/decisions.resolver.js';
import {
  WorkingGroupWorkPlansResolver,
  WorkPlanItemsResolver,
  WorkPlanProgressNotesResolver,
  WorkPlansResolver,
} from '../modules/work-plans/work-plans.resolver.js';
import {
  ProjectMilestonesResolver,
  ProjectPartnersResolver,
  ProjectsResolver,
} from '../modules/projects/projects.resolver.js';
import { MyWorkResolver } from '../modules/my-work/my-work.resolver.js';
import { DashboardResolver } from '../modules/reports/dashboard.resolver.js';
import {
  ReportsResolver,
  WorkingGroupBreakdownResolver,
  WorkPlanProgressResolver,
} from '../modules/reports/reports.resolver.js';
import { AuthResolver, SessionsResolver } from '../modules/auth/auth.resolver.js';
import { TwoFactorResolver } from '../modules/auth/two-factor.resolver.js';
import { PasswordResetsResolver } from '../modules/auth/password-resets.resolver.js';
import { SignInOptionsResolver } from '../modules/auth/sign-in-options.resolver.js';
import { MailResolver } from '../modules/mail/mail.resolver.js';
import {
  AttachmentsResolver,
  PostRevisionsResolver,
  PostsResolver,
  ThreadsResolver,
  WorkspaceThreadsResolver,
} from '../modules/discussions/discussions.resolver.js';
import { NotificationsResolver } from '../modules/notifications/notifications.resolver.js';
import { InvitationsResolver } from '../modules/invitations/invitations.resolver.js';
import { OrganizationsResolver, OrganizationUnitsResolver } from '../modules/organizations/organizations.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { WorkspaceFileResolver, WorkspaceFilesResolver } from '../modules/attachments/workspace-files.resolver.js';
import { UsersResolver } from '../modules/users/users.resolver.js';
import { ViewerResolver } from '../modules/viewer/viewer.resolver.js';
import {
  WorkingGroupMembershipResolver,
  WorkingGroupsResolver,
} from '../modules/working-groups/working-groups.resolver.js';
import {
  WorkspaceMemberResolver,
  WorkspaceOrganizationResolver,
  WorkspacesResolver,
} from '../modules/workspaces/workspaces.resolver.js';

/**
 * Every resolver class, for printing the schema without a running app. A test checks that the printed
 * schema equals what the running app serves, so a resolver missing here cannot go unnoticed.
 */
export const RESOLVERS = [
  AuthResolver,
  SessionsResolver,
  TwoFactorResolver,
  PasswordResetsResolver,
  SignInOptionsResolver,
  InvitationsResolver,
  MailResolver,
  OrganizationsResolver,
  OrganizationUnitsResolver,
  UsersResolver,
  SearchResolver,
  WorkspaceFilesResolver,
  WorkspaceFileResolver,
  ViewerResolver,
  WorkingGroupMembershipResolver,
  WorkingGroupsResolver,
  WorkspacesResolver,
  WorkspaceMemberResolver,
  WorkspaceOrganizationResolver,
  WorkspaceThreadsResolver,
  ThreadsResolver,
  PostsResolver,
  PostRevisionsResolver,
  NotificationsResolver,
  AttachmentsResolver,
  AssistanceRequestsResolver,
  AssistanceOffersResolver,
  AssistanceRequestAcknowledgementsResolver,
  AssistanceRequestTransitionsResolver,
  ProjectRequestsResolver,
  ProjectsResolver,
  ProjectPartnersResolver,
  ProjectMilestonesResolver,
  MyWorkResolver,
  DecisionsResolver,
  DecisionObjectionsResolver,
  WorkspaceDecisionsResolver,
  WorkPlansResolver,
  WorkPlanItemsResolver,
  WorkPlanProgressNotesResolver,
  WorkingGroupWorkPlansResolver,
  AuditEventsResolver,
  GovernanceBodiesResolver,
  GovernanceBodyMembersResolver,
  MeetingsResolver,
  ActivitiesResolver,
  ProjectActivitiesResolver,
  ContributionsResolver,
  AgreementsResolver,
  DonorFundingResolver,
  ProjectFundingResolver,
  ReportsResolver,
  DashboardResolver,
  WorkingGroupBreakdownResolver,
  WorkPlanProgressResolver,
];
