import { Injectable } from '@nestjs/common';
import type { WorkspaceVisibility } from '@ctcp/shared';
import DataLoader from 'dataloader';
import type { Actor } from '../common/actor.js';
import { notFound } from '../common/errors.js';
import { AssistanceOffersService } from '../modules/assistance-requests/assistance-offers.service.js';
import { AssistanceRequestAcknowledgements } from '../modules/assistance-requests/assistance-request-acknowledgements.js';
import { AssistanceRequestQueries } from '../modules/assistance-requests/assistance-request-queries.service.js';
import type { AssistanceRequest } from '../modules/assistance-requests/assistance-request.entity.js';
import type { Project } from '../modules/projects/project.entity.js';
import { ActivitiesService } from '../modules/activities/activities.service.js';
import { FundingService } from '../modules/funding/funding.service.js';
import type { Decision } from '../modules/decisions/decision.entity.js';
import { DecisionsService } from '../modules/decisions/decisions.service.js';
import type { GovernanceBody } from '../modules/governance/governance-body.entity.js';
import { GovernanceService } from '../modules/governance/governance.service.js';
import { MeetingsService } from '../modules/governance/meetings.service.js';
import type { WorkPlan } from '../modules/work-plans/work-plan.entity.js';
import { WorkPlansService } from '../modules/work-plans/work-plans.service.js';
import { maySeePeopleOf } from '../modules/policy/people.js';
import { maySeeWorkspaceMember } from '../modules/policy/workspaces.js';
import type { Organization } from '../modules/organizations/organization.entity.js';
import { type Author, authorOf } from '../modules/users/author.js';
import type { User } from '../modules/users/user.entity.js';
import type { Post } from '../modules/discussions/post.entity.js';
import type { Thread } from '../modules/discussions/thread.entity.js';
import type { WorkingGroup } from '../modules/working-groups/working-group.entity.js';
import type { Workspace } from '../modules/workspaces/workspace.entity.js';
import { ProjectsService } from '../modules/projects/projects.service.js';
import { AttachmentsService } from '../modules/attachments/attachments.service.js';
import { PostDetails } from '../modules/discussions/post-details.js';
import { ThreadMarkingsService } from '../modules/discussions/thread-markings.service.js';
import { ThreadsService, type ThreadWithAccess } from '../modules/discussions/threads.service.js';
import { OrganizationUnitsService } from '../modules/organizations/organization-units.service.js';
import type { OrganizationUnit } from '../modules/organizations/organization-unit.entity.js';
import { OrganizationsService } from '../modules/organizations/organizations.service.js';
import { UsersService } from '../modules/users/users.service.js';
import { WorkingGroupsService } from '../modules/working-groups/working-groups.service.js';
import { type WorkspaceWithAccess, WorkspacesService } from '../modules/workspaces/workspaces.service.js';

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

/** A missing row becomes an error value, which DataLoader turns into a rejected load. */
function orNotFound<T>(what: string) {
  return (rows: (T | undefined)[]) => rows.map((row) => row ?? notFound(what));
}

/**
 * Per-request DataLoaders: relations resolve in one query per kind and request, never one per row.
 * Created fresh for each request so nothing is cached across viewers; the viewer-specific ones are
 * made on first use, once the request's actor is known.
 */
@Injectable()
export class LoadersFactory {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly organizationUnits: OrganizationUnitsService,
    private readonly workingGroups: WorkingGroupsService,
    private readonly users: UsersService,
    private readonly workspaces: WorkspacesService,
    private readonly threads: ThreadsService,
    private readonly threadMarkings: ThreadMarkingsService,
    private readonly posts: PostDetails,
    private readonly attachments: AttachmentsService,
    private readonly assistanceRequests: AssistanceRequestQueries,
    private readonly assistanceOffers: AssistanceOffersService,
    private readonly assistanceRequestAcknowledgements: AssistanceRequestAcknowledgements,
    private readonly projects: ProjectsService,
    private readonly activities: ActivitiesService,
    private readonly funding: FundingService,
    private readonly decisions: DecisionsService,
    private readonly workPlans: WorkPlansService,
    private readonly governance: GovernanceService,
    private readonly meetings: MeetingsService,
  ) {}

  create() {
    let viewerLoaders: ReturnType<LoadersFactory['createForViewer']> | undefined;
    const loaders = {
      organization: new DataLoader<string, Organization>((ids) =>
        this.organizations.findByIds(ids).then(orNotFound('Organization')),
      ),
      organizationUnit: new DataLoader<string, OrganizationUnit>((ids) =>
        this.organizationUnits.findByIds(ids).then(orNotFound('Organization unit')),
      ),
      organizationUnitsByOrganization: new DataLoader((ids: readonly string[]) =>
        this.organizationUnits.byOrganizationIds(ids),
      ),
      workingGroup: new DataLoader<string, WorkingGroup>((ids) =>
        this.workingGroups.findByIds(ids).then(orNotFound('Working group')),
      ),
      workingGroupMembershipsByWorkingGroup: new DataLoader((ids: readonly string[]) =>
        this.workingGroups.membershipsByWorkingGroupIds(ids),
      ),
      workingGroupMembershipsByOrganization: new DataLoader((ids: readonly string[]) =>
        this.workingGroups.membershipsByOrganizationIds(ids),
      ),
      /** People as authors and members: shown wherever their content is readable. */
      user: new DataLoader<string, User>((ids) => this.users.findByIds(ids).then(orNotFound('User'))),
      workspace: new DataLoader<string, Workspace>((ids) =>
        this.workspaces.findByIds(ids).then(orNotFound('Workspace')),
      ),
      thread: new DataLoader<string, Thread>((ids) => this.threads.findByIds(ids).then(orNotFound('Thread'))),
      post: new DataLoader<string, Post>((ids) => this.posts.findByIds(ids).then(orNotFound('Post'))),
      /** The posts that others quote, null where the row is gone; the field resolver keeps it to the same thread. */
      quotedPost: new DataLoader<string, Post | null>((ids) =>
        this.posts.findByIds(ids).then((rows) => rows.map((row) => row ?? null)),
      ),
      attachments: new DataLoader((ids: readonly string[]) => this.attachments.byPostIds(ids)),
      postRevisions: new DataLoader((ids: readonly string[]) => this.posts.revisionsByPostIds(ids)),
      postMentions: new DataLoader((ids: readonly string[]) => this.posts.mentionsByPostIds(ids)),
      assistanceRequestFacts: new DataLoader(
        (requests: readonly AssistanceRequest[]) => this.assistanceRequests.factsForMany(requests),
        { cacheKeyFn: (request) => request.id },
      ),
      assistanceOffers: new DataLoader((ids: readonly string[]) => this.assistanceOffers.offersByRequestIds(ids)),
      assistanceRequestAcknowledgements: new DataLoader((ids: readonly string[]) =>
        this.assistanceRequestAcknowledgements.byRequestIds(ids),
      ),
      assistanceRequestTransitions: new DataLoader((ids: readonly string[]) =>
        this.assistanceRequests.transitionsByRequestIds(ids),
      ),
      workspaceMarkingFloor: new DataLoader((ids: readonly string[]) => this.workspaces.markingFloors(ids)),
      projectFacts: new DataLoader((projects: readonly Project[]) => this.projects.factsOf(projects), {
        cacheKeyFn: (project) => project.id,
      }),
      projectPartners: new DataLoader((ids: readonly string[]) => this.projects.partnersByProjectIds(ids)),
      projectMilestones: new DataLoader((ids: readonly string[]) => this.projects.milestonesByProjectIds(ids)),
      activityOrganizerIds: new DataLoader((ids: readonly string[]) => this.activities.organizerIdsByActivityIds(ids)),
      agreementPartyIds: new DataLoader((ids: readonly string[]) => this.funding.partyIdsByAgreementIds(ids)),
      decision: new DataLoader<string, Decision>((ids) => this.decisions.findByIds(ids).then(orNotFound('Decision'))),
      decisionObjections: new DataLoader((ids: readonly string[]) => this.decisions.objectionsByDecisionIds(ids)),
      workPlan: new DataLoader<string, WorkPlan>((ids) => this.workPlans.findByIds(ids).then(orNotFound('Work plan'))),
      governanceBody: new DataLoader<string, GovernanceBody>((ids) =>
        this.governance.findByIds(ids).then(orNotFound('Governance body')),
      ),
      governanceBodyMembers: new DataLoader((ids: readonly string[]) => this.governance.membersByBodyIds(ids)),
      /** Each body's next meeting; the field resolver checks that the viewer may read it. */
      nextMeeting: new DataLoader((ids: readonly string[]) => this.meetings.nextByBodyIds(ids)),
      meetingDocuments: new DataLoader((ids: readonly string[]) => this.meetings.documentsByMeetingIds(ids)),
      meetingAttendeeIds: new DataLoader((ids: readonly string[]) => this.meetings.attendeeIdsByMeetingIds(ids)),
      threadParticipantIds: new DataLoader((ids: readonly string[]) => this.threadMarkings.participantIds(ids)),
      /** Fulfilled and outstanding USD of each pledge; the field resolver's parent was authorized. */
      pledgeBalance: new DataLoader((ids: readonly string[]) => this.funding.balancesByPledgeIds(ids)),
      workPlanItems: new DataLoader((ids: readonly string[]) => this.workPlans.itemsByPlanIds(ids)),
      workPlanProgressNotes: new DataLoader((ids: readonly string[]) => this.workPlans.notesByItemIds(ids)),
      viewer: (actor: Actor) => (viewerLoaders ??= this.createForViewer(actor, loaders)),
    };
    return loaders;
  }

  private createForViewer(actor: Actor, loaders: Loaders) {
    /** The actor with their State's ISO code, looked up once per request. */
    const policyViewer = once(() => this.projects.viewer(actor));
    const workspaceAccess = new DataLoader((ids: readonly string[]) => this.workspaces.accessForMany(actor, ids));
    return {
      policyViewer,
      workspaceAccess,
      unreadThreadCount: new DataLoader(async (ids: readonly string[]) =>
        this.threads.unreadCounts(actor, ids, await Promise.all(ids.map((id) => workspaceAccess.load(id)))),
      ),
      chosenWatchLevel: new DataLoader((ids: readonly string[]) => this.workspaces.chosenWatchLevels(actor, ids)),
      threadState: new DataLoader((ids: readonly string[]) => this.threads.viewerStates(actor, ids)),
      /** What the marking rules need to know of each thread for the viewer. */
      threadMarking: new DataLoader((threads: readonly Thread[]) => this.threads.markingFacts(actor, threads), {
        cacheKeyFn: (thread) => thread.id,
      }),
      reactions: new DataLoader((ids: readonly string[]) => this.posts.reactionsByPostIds(actor, ids)),
      projectFunding: new DataLoader((ids: readonly string[]) => this.funding.projectFunding(actor, ids)),
      /** Each receipt's allocations to the pledges the viewer may read. */
      contributionFulfilments: new DataLoader((ids: readonly string[]) =>
        this.funding.fulfilmentsByReceiptIds(actor, ids),
      ),
      /**
       * The author of something the viewer reads, as far as they may know them: in a workspace, by the rule
       * of its member lists; elsewhere (`null`), by the people rule.
       */
      author: async (userId: string, workspaceVisibility: WorkspaceVisibility | null): Promise<Author> => {
        const user = await loaders.user.load(userId);
        const organization = await loaders.organization.load(user.organizationId);
        const member = { organizationId: organization.id, organizationKind: organization.kind };
        const visible = workspaceVisibility
          ? maySeeWorkspaceMember(actor, workspaceVisibility, member)
          : maySeePeopleOf(actor, { id: organization.id, kind: organization.kind });
        return authorOf(actor, user, organization, visible);
      },
      /** Projects by id, null where the actor may not read them (for the `project` of other records). */
      readableProject: new DataLoader((ids: readonly string[]) => this.projects.findReadableByIds(actor, ids)),
      /** Activities by id, null where the actor may not read them (for links from other records). */
      readableActivity: new DataLoader(async (ids: readonly string[]) => {
        const [activities, readable] = await Promise.all([
          this.activities.findByIds(ids),
          this.activities.readableIds(actor, ids),
        ]);
        return activities.map((activity) => (activity && readable.has(activity.id) ? activity : null));
      }),
    };
  }
}

export type Loaders = ReturnType<LoadersFactory['create']>;

/*
 * A query's own check reads the record, its workspace and what the workspace allows the viewer; kept in the
 * request's loaders, the fields that follow use them instead of reading them again. Each answers the record.
 */

export function primeWorkspace(loaders: Loaders, actor: Actor, { workspace, access }: WorkspaceWithAccess) {
  loaders.workspace.prime(workspace.id, workspace);
  loaders.viewer(actor).workspaceAccess.prime(workspace.id, access);
  return workspace;
}

export function primeThread(loaders: Loaders, actor: Actor, read: ThreadWithAccess) {
  loaders.thread.prime(read.thread.id, read.thread);
  loaders.viewer(actor).threadMarking.prime(read.thread, read.marking);
  primeWorkspace(loaders, actor, { workspace: read.workspace, access: read.workspaceAccess });
  return read.thread;
}
