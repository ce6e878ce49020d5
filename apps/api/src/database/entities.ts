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
} from '../modules/assistance-requests/assistance-request.entity.js';
import { Activity, ActivityOrganizer } from '../modules/activities/activity.entity.js';
import { Agreement, AgreementParty, Contribution, ContributionFulfilment } from '../modules/funding/funding.entity.js';
import {
  Project,
  ProjectBreakGlassGrant,
  ProjectMilestone,
  ProjectParticipant,
  ProjectPartner,
} from '../modules/projects/project.entity.js';
import { Decision, DecisionObjection } from '../modules/decisions/decision.entity.js';
import { GovernanceBody, GovernanceBodyMember } from '../modules/governance/governance-body.entity.js';
import { Meeting, MeetingAttendee, MeetingDocument } from '../modules/governance/meeting.entity.js';
import { Attachment } from '../modules/attachments/attachment.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { AuthSession, SignInAttempt } from '../modules/auth/auth-session.entity.js';
import { PasswordReset } from '../modules/auth/password-reset.entity.js';
import { TokenGuess } from '../modules/auth/token-guesses.js';
import { MfaChallenge, MfaFailure, RecoveryCode, TotpFactor } from '../modules/auth/two-factor.entity.js';
import { Notification, NotificationCounter } from '../modules/notifications/notification.entity.js';
import { Post, PostMention, PostReaction, PostRevision } from '../modules/discussions/post.entity.js';
import {
  BreakGlassGrant,
  Thread,
  ThreadFollower,
  ThreadParticipant,
  ThreadRead,
} from '../modules/discussions/thread.entity.js';
import {
  Workspace,
  WorkspaceMember,
  WorkspaceOrganization,
  WorkspaceWatch,
} from '../modules/workspaces/workspace.entity.js';
import { Invitation } from '../modules/invitations/invitation.entity.js';
import { MailMessage } from '../modules/mail/mail-message.entity.js';
import { OrganizationUnit } from '../modules/organizations/organization-unit.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { PdfPrint } from '../modules/reports/pdf-print.entity.js';
import { User } from '../modules/users/user.entity.js';
import { WorkingGroup, WorkingGroupMembership } from '../modules/working-groups/working-group.entity.js';
import {
  WorkPlan,
  WorkPlanItem,
  WorkPlanProgressNote,
  WorkPlanReminder,
} from '../modules/work-plans/work-plan.entity.js';

/** Every TypeORM entity of the api; the migrations must produce exactly their schema (tested). */
export const ENTITIES = [
  Activity,
  ActivityOrganizer,
  Agreement,
  AgreementParty,
  Contribution,
  ContributionFulfilment,
  Project,
  ProjectBreakGlassGrant,
  ProjectMilestone,
  ProjectParticipant,
  ProjectPartner,
  AssistanceOffer,
  AssistanceRequest,
  AssistanceRequestAcknowledgement,
  AssistanceRequestEscalation,
  AssistanceRequestBreakGlassGrant,
  AssistanceRequestParticipant,
  AssistanceRequestPartner,
  AssistanceRequestSharedEntity,
  AssistanceRequestTransition,
  Attachment,
  AuditEvent,
  AuthSession,
  Decision,
  DecisionObjection,
  GovernanceBody,
  GovernanceBodyMember,
  Meeting,
  MeetingAttendee,
  MeetingDocument,
  MfaChallenge,
  MfaFailure,
  RecoveryCode,
  TotpFactor,
  TokenGuess,
  Invitation,
  MailMessage,
  PasswordReset,
  Notification,
  NotificationCounter,
  Organization,
  OrganizationUnit,
  PdfPrint,
  Post,
  PostMention,
  PostReaction,
  PostRevision,
  SignInAttempt,
  Thread,
  ThreadFollower,
  ThreadRead,
  ThreadParticipant,
  BreakGlassGrant,
  User,
  WorkingGroup,
  WorkingGroupMembership,
  Workspace,
  WorkspaceMember,
  WorkspaceOrganization,
  WorkspaceWatch,
  WorkPlan,
  WorkPlanItem,
  WorkPlanProgressNote,
  WorkPlanReminder,
];
