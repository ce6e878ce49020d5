import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor.js';
import type { Page } from '../../common/pagination.js';
import { ActivitiesService } from '../activities/activities.service.js';
import {
  AssistanceRequestQueries,
  type RequestCriteria,
} from '../assistance-requests/assistance-request-queries.service.js';
import { ThreadsService } from '../discussions/threads.service.js';
import {
  hasMyWorkBlock,
  MILESTONE_HORIZON_DAYS,
  type MyWorkBlock,
  myWorkSideOf,
  STALLED_MATCH_DAYS,
  unreadThreadKindsOf,
} from '../policy/my-work.js';
import { type ProjectCriteria, ProjectsService } from '../projects/projects.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';

const DAY_MS = 86_400_000;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** Blocks of requests, and what each gathers (each request still read through the requests' own rule). */
const REQUEST_BLOCKS = {
  requestsToTriage: () => ({ statuses: ['SUBMITTED', 'UNDER_REVIEW'] }),
  offersToReview: () => ({ withStandingOffer: true }),
  stalledMatches: (_actor, now) => ({
    statuses: ['MATCHED'],
    statusUnchangedSince: new Date(now.getTime() - STALLED_MATCH_DAYS * DAY_MS),
  }),
  overdueRequests: (actor) => {
    const side = myWorkSideOf(actor);
    if (side === 'STATE') return { overdue: true, requestingStateId: actor.organizationId };
    if (side === 'ENTITY') return { overdue: true, assignedToViewerOrganization: true };
    return { overdue: true };
  },
  stateRequests: (actor) => ({
    requestingStateId: actor.organizationId,
    statuses: ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'MATCHED', 'IN_PROGRESS', 'DELIVERED'],
  }),
  offersReceived: (actor) => ({ requestingStateId: actor.organizationId, withStandingOffer: true }),
  openForOffer: () => ({ openForViewerOffer: true, notOfferedByViewer: true }),
  assignedRequests: () => ({ assignedToViewerOrganization: true, statuses: ['MATCHED', 'IN_PROGRESS', 'DELIVERED'] }),
} satisfies Partial<Record<MyWorkBlock, (actor: Actor, now: Date) => RequestCriteria>>;

export type RequestBlock = keyof typeof REQUEST_BLOCKS;

/** How a block orders its requests: due soonest first, but matches, which have no deadline, longest stalled first. */
const REQUEST_BLOCK_ORDER: Partial<Record<RequestBlock, 'longestInStatusFirst'>> = {
  stalledMatches: 'longestInStatusFirst',
};

/** Blocks of projects. */
const PROJECT_BLOCKS = {
  projectsAtRisk: (_actor, now) => ({ atRiskOn: isoDay(now) }),
  entityProjects: (actor) => ({ involvingOrganizationId: actor.organizationId, statuses: ['PLANNED', 'ACTIVE'] }),
} satisfies Partial<Record<MyWorkBlock, (actor: Actor, now: Date) => ProjectCriteria>>;

export type ProjectBlock = keyof typeof PROJECT_BLOCKS;

/**
 * Each person's work, gathered from the modules that own it: a block outside the person's side of the
 * Compact is null, and every record in a block is read through its module's service, as the actor.
 */
@Injectable()
export class MyWorkService {
  constructor(
    private readonly requests: AssistanceRequestQueries,
    private readonly projects: ProjectsService,
    private readonly activities: ActivitiesService,
    private readonly threads: ThreadsService,
    private readonly workspaces: WorkspacesService,
    private readonly organizations: OrganizationsService,
  ) {}

  requestBlock(actor: Actor, block: RequestBlock, page: Page, now = new Date()) {
    if (!hasMyWorkBlock(actor, block)) return null;
    const order = REQUEST_BLOCK_ORDER[block] ?? 'dueFirst';
    return this.requests[order](actor, REQUEST_BLOCKS[block](actor, now), page);
  }

  projectBlock(actor: Actor, block: ProjectBlock, page: Page, now = new Date()) {
    if (!hasMyWorkBlock(actor, block)) return null;
    return this.projects.list(actor, PROJECT_BLOCKS[block](actor, now), page);
  }

  /** Pending milestones due within the horizon or late: of every project for coordinators, else the entity's. */
  milestonesDue(actor: Actor, page: Page, now = new Date()) {
    if (!hasMyWorkBlock(actor, 'milestonesDue')) return null;
    const dueBy = isoDay(new Date(now.getTime() + MILESTONE_HORIZON_DAYS * DAY_MS));
    const involvingOrganizationId = myWorkSideOf(actor) === 'ENTITY' ? actor.organizationId : undefined;
    return this.projects.milestonesDue(actor, { dueBy, involvingOrganizationId }, page);
  }

  /** Activities still to come in the State's country, soonest first. */
  async plannedActivities(actor: Actor, page: Page, now = new Date()) {
    if (!hasMyWorkBlock(actor, 'plannedActivities')) return null;
    const countryCode = await this.organizations.countryCodeOf(actor);
    if (!countryCode) return null;
    return this.activities.list(actor, { countryCode, from: isoDay(now) }, page);
  }

  /** Everyone's: threads with posts they have not read, in the workspaces of their side they take part in. */
  async unreadThreads(actor: Actor, page: Page) {
    const workspaceIds = await this.workspaces.takingPartIds(actor, unreadThreadKindsOf(actor));
    return this.threads.unreadIn(actor, workspaceIds, page);
  }
}
