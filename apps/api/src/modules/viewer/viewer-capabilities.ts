import { mayBreakGlass } from '../policy/classification.js';
import { PLATFORM_ROLES, type PlatformRole } from '@ctcp/shared';
import { Field, ObjectType } from '@nestjs/graphql';
import type { Actor } from '../../common/actor.js';
import { PlatformRoleEnum } from '../../common/graphql-enums.js';
import {
  mayOfferAnyAssistance,
  mayRequestAssistance,
  mayTriageAssistanceRequests,
} from '../policy/assistance-requests.js';
import { mayInvite, mayManageAllInvitations, mayManageInvitationsOf } from '../policy/invitations.js';
import { mayCreateProject, mayReadReports, mayRecordAnyActivity, mayRecordFunding } from '../policy/projects.js';
import { mayReadAuditTrail, mayVerifyAuditChain } from '../policy/audit.js';
import { mayEditGovernanceBodies } from '../policy/governance.js';
import { mayReviewMailDelivery } from '../policy/mail.js';
import { mayPlanForAnyUnit, mayPlanForOwnUnits } from '../policy/work-plans.js';
import { mayCreateWorkspace } from '../policy/workspaces.js';

/**
 * What the signed-in person may do beyond any one record, read from the policy, so that the web offers
 * exactly what the api allows. Record-level abilities are `viewerCan...` fields on the records.
 */
@ObjectType({ description: 'What the signed-in person may do, as the policy decides' })
export class ViewerCapabilities {
  @Field({ description: 'Open ad hoc workspaces' })
  createWorkspace!: boolean;

  @Field({ description: 'Request assistance for their State' })
  requestAssistance!: boolean;

  @Field({ description: 'Review, match and move assistance requests' })
  triageAssistanceRequests!: boolean;

  @Field({ description: 'Offer assistance for their entity' })
  offerAssistance!: boolean;

  @Field({ description: 'Create joint projects' })
  createProject!: boolean;

  @Field({ description: 'Record activities (for their own organization, unless staff)' })
  recordActivities!: boolean;

  @Field({ description: 'Record contributions and funding agreements' })
  recordFunding!: boolean;

  @Field({ description: 'Read the dashboard, funding and quarterly reports, which draw on every State' })
  readReports!: boolean;

  @Field({ description: 'See and manage invitations (of their organization at least)' })
  manageInvitations!: boolean;

  @Field({ description: 'Invite to any organization, not only their own' })
  inviteToAnyOrganization!: boolean;

  @Field(() => [PlatformRoleEnum], { description: 'The platform roles they may give someone they invite' })
  invitableRoles!: PlatformRole[];

  @Field({ description: 'Follow the delivery of outgoing mail (undelivered messages)' })
  reviewMailDelivery!: boolean;

  @Field({ description: 'Add governance bodies and decide who sits on them' })
  editGovernanceBodies!: boolean;

  @Field({ description: 'Read the audit trail: all of it, or what their organization’s people did' })
  readAuditTrail!: boolean;

  @Field({ description: 'Verify the audit trail’s hash chain, and read every organization’s events' })
  verifyAuditChain!: boolean;

  @Field({ description: 'Make work plans for the units of any organization' })
  planForAnyUnit!: boolean;

  @Field({ description: 'Make work plans for the units of their own organization' })
  planForOwnUnits!: boolean;

  @Field({ description: 'Ask for an audited break-glass read of a STRICTLY_CONFIDENTIAL thread' })
  breakGlass!: boolean;
}

export function capabilitiesOf(actor: Actor): ViewerCapabilities {
  return {
    createWorkspace: mayCreateWorkspace(actor),
    requestAssistance: mayRequestAssistance(actor),
    triageAssistanceRequests: mayTriageAssistanceRequests(actor),
    offerAssistance: mayOfferAnyAssistance(actor),
    createProject: mayCreateProject(actor),
    recordActivities: mayRecordAnyActivity(actor),
    recordFunding: mayRecordFunding(actor),
    readReports: mayReadReports(actor),
    manageInvitations: mayManageInvitationsOf(actor, actor.organizationId),
    inviteToAnyOrganization: mayManageAllInvitations(actor),
    // Staff invite to any organization; an organization admin, to their own: so their own stands for both.
    invitableRoles: PLATFORM_ROLES.filter((role) =>
      mayInvite(actor, {
        organizationId: actor.organizationId,
        organizationKind: actor.organizationKind,
        role,
        isOrganizationAdmin: false,
      }),
    ),
    reviewMailDelivery: mayReviewMailDelivery(actor),
    editGovernanceBodies: mayEditGovernanceBodies(actor),
    readAuditTrail: mayReadAuditTrail(actor),
    verifyAuditChain: mayVerifyAuditChain(actor),
    planForAnyUnit: mayPlanForAnyUnit(actor),
    planForOwnUnits: mayPlanForOwnUnits(actor),
    breakGlass: mayBreakGlass(actor),
  };
}
