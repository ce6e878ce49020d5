import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Actor } from '../common/actor.js';
import { notFound } from '../common/errors.js';
import { AssistanceRequestsService } from '../modules/assistance-requests/assistance-requests.service.js';
import type { AssistanceRequest } from '../modules/assistance-requests/assistance-request.entity.js';
import { ActivitiesService } from '../modules/activities/activities.service.js';
import { FundingService } from '../modules/funding/funding.service.js';
import { mayReadProject } from '../modules/policy/projects.js';
import { ProjectsService } from '../modules/projects/projects.service.js';
import { AttachmentsService } from '../modules/attachments/attachments.service.js';
import { PostsService } from '../modules/discussions/posts.service.js';
import { ThreadsService } from '../modules/discussions/threads.service.js';
import { OrganizationsService } from '../modules/organizations/organizations.service.js';
import { UsersService } from '../modules/users/users.service.js';
import { WorkingGroupsService } from '../modules/working-groups/working-groups.service.js';
import { WorkspacesService } from '../modules/workspaces/workspaces.service.js';

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

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
    private readonly workingGroups: WorkingGroupsService,
    private readonly users: UsersService,
    private readonly workspaces: WorkspacesService,
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
    private readonly attachments: AttachmentsService,
    private readonly assistanceRequests: AssistanceRequestsService,
    private readonly projects: ProjectsService,
    private readonly activities: ActivitiesService,
    private readonly funding: FundingService,
  ) {}

  create() {
    let viewerLoaders: ReturnType<LoadersFactory['createForViewer']> | undefined;
    return {
      organization: new DataLoader((ids: readonly string[]) =>
        this.organizations.findByIds(ids).then(orNotFound('Organization')),
      ),
      workingGroup: new DataLoader((ids: readonly string[]) =>
        this.workingGroups.findByIds(ids).then(orNotFound('Working group')),
      ),
      workingGroupMembershipsByWorkingGroup: new DataLoader((ids: readonly string[]) =>
        this.workingGroups.membershipsByWorkingGroupIds(ids),
      ),
      workingGroupMembershipsByOrganization: new DataLoader((ids: readonly string[]) =>
        this.workingGroups.membershipsByOrganizationIds(ids),
      ),
      /** People as authors and members: shown wherever their content is readable. */
      user: new DataLoader((ids: readonly string[]) => this.users.findByIds(ids).then(orNotFound('User'))),
      workspace: new DataLoader((ids: readonly string[]) =>
        this.workspaces.findByIds(ids).then(orNotFound('Workspace')),
      ),
      thread: new DataLoader((ids: readonly string[]) => this.threads.findByIds(ids).then(orNotFound('Thread'))),
      attachments: new DataLoader((ids: readonly string[]) => this.attachments.byPostIds(ids)),
      postRevisions: new DataLoader((ids: readonly string[]) => this.posts.revisionsByPostIds(ids)),
      postMentions: new DataLoader((ids: readonly string[]) => this.posts.mentionsByPostIds(ids)),
      assistanceRequestFacts: new DataLoader(
        (requests: readonly AssistanceRequest[]) => this.assistanceRequests.factsForMany(requests),
        { cacheKeyFn: (request) => request.id },
      ),
      assistanceOffers: new DataLoader((ids: readonly string[]) => this.assistanceRequests.offersByRequestIds(ids)),
      assistanceRequestTransitions: new DataLoader((ids: readonly string[]) =>
        this.assistanceRequests.transitionsByRequestIds(ids),
      ),
      projectPartners: new DataLoader((ids: readonly string[]) => this.projects.partnersByProjectIds(ids)),
      projectMilestones: new DataLoader((ids: readonly string[]) => this.projects.milestonesByProjectIds(ids)),
      activityOrganizerIds: new DataLoader((ids: readonly string[]) => this.activities.organizerIdsByActivityIds(ids)),
      agreementPartyIds: new DataLoader((ids: readonly string[]) => this.funding.partyIdsByAgreementIds(ids)),
      viewer: (actor: Actor) => (viewerLoaders ??= this.createForViewer(actor)),
    };
  }

  private createForViewer(actor: Actor) {
    /** The actor with their State's ISO code, looked up once per request. */
    const policyViewer = once(() => this.projects.viewer(actor));
    return {
      workspaceAccess: new DataLoader((ids: readonly string[]) => this.workspaces.accessForMany(actor, ids)),
      unreadThreadCount: new DataLoader((ids: readonly string[]) => this.workspaces.unreadThreadCounts(actor, ids)),
      threadState: new DataLoader((ids: readonly string[]) => this.threads.viewerStates(actor, ids)),
      reactions: new DataLoader((ids: readonly string[]) => this.posts.reactionsByPostIds(actor, ids)),
      projectFunding: new DataLoader((ids: readonly string[]) => this.funding.projectFunding(actor, ids)),
      /** Projects by id, null where the actor may not read them (for the `project` of other records). */
      readableProject: new DataLoader(async (ids: readonly string[]) => {
        const [projects, viewer] = await Promise.all([this.projects.findByIds(ids), policyViewer()]);
        return projects.map((project) => (project && mayReadProject(viewer, project) ? project : null));
      }),
    };
  }
}

export type Loaders = ReturnType<LoadersFactory['create']>;
