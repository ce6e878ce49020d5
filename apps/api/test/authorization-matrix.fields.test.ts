import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeEnv, type Env, F, NF, PEOPLE, startEnv, type World } from './authorization-matrix.fixtures.js';
import { DEMO, errorCode, type TestApp } from './harness.js';

/**
 * The fields that return records, as each person sees them. A field reads within its parent, which the query
 * that returned it authorized (NOT_FOUND here when the person may not read the parent); on top of that:
 * - a PRIVATE workspace shows a State's people (members, authors) and member organizations no other State's;
 *   an OPEN one shows everyone; an author the viewer may not see is their organization only;
 * - a project's workspace is shown to its parties, coordinators and admins; a project, contribution or
 *   agreement's project only when the viewer may read it; a State sees its own contributions and funding only,
 *   and the requests of a project that it may read;
 * - a request's offers and acknowledgements: coordinators and the State all, an entity its own; the entities it is shared with: the
 *   State and coordinators; its discussion: those taking part (the State, coordinators and admins, entities
 *   that offered or were matched);
 * - the quarterly report's lists: the Compact side only;
 * - a decision's workspace, proposer, objectors and timeline: to those who read its workspace, authors as above;
 * - the audit trail's people and organizations: to platform admins, and to an organization's admins for its own;
 * - a governance body's members: everyone; its workspace and meetings, and a meeting's documents and attendees: to
 *   those who read the body's workspace.
 */

type Seen = unknown;
/** What each person sees, in the order: admin, coordinator, entityMember (UNODC), otherEntityMember (INTERPOL),
 * entityObserver (UNDP), stateFocalPoint (Philippines), stateObserver (Philippines), otherStateFocalPoint (Maldives). */
type Sights = [Seen, Seen, Seen, Seen, Seen, Seen, Seen, Seen];

interface FieldRow {
  /** The schema fields the row shows, as `Type.field`. */
  fields: string[];
  on: string;
  see: (api: TestApp, token: string, world: World) => Promise<Seen>;
  expect: Sights;
}

/** Runs `query` with `$id`; what `pick` takes from the answer, or the error code. */
const look =
  (query: string, id: (world: World) => string, pick: (data: any, world: World) => Seen) =>
  async (api: TestApp, token: string, world: World) => {
    const response = await api.gql(query, { id: id(world) }, token);
    return response.data ? pick(response.data, world) : errorCode(response);
  };
const sorted = (values: string[]) => [...values].sort();
const given = (value: unknown) => (value ? 'given' : null);

const PH = DEMO.philippines;
const MV = DEMO.maldives;
const COORDINATOR = DEMO.coordinator;
const ALL = (value: Seen): Sights => [value, value, value, value, value, value, value, value];
/** Who made each step of the request: created and submitted by its State, taken under review by a coordinator. */
const STEPS = [PH, PH, COORDINATOR];
/** The decision as its readers see it: its workspace, proposer, objector and timeline. */
const DECIDED = `true|${COORDINATOR}|${DEMO.unodc}|PROPOSED ${COORDINATOR},OBJECTED ${DEMO.unodc}`;

// prettier-ignore
const ROWS: FieldRow[] = [
  { fields: ['Workspace.members', 'WorkspaceMember.user'], on: 'the private workspace of the Philippines and the Maldives (emails)',
    see: look(`query($id: ID!) { workspace(id: $id) { members { user { email } } } }`, (w) => w.sharedWorkspace,
      (data) => sorted(data.workspace.members.map((member: any) => member.user.email))),
    expect: [NF, [COORDINATOR, MV, PH], NF, NF, NF, [COORDINATOR, PH], [COORDINATOR, PH], [COORDINATOR, MV]] },
  { fields: ['Workspace.memberOrganizations', 'WorkspaceOrganization.organization'], on: 'the private workspace of the Philippines and the Maldives',
    see: look(`query($id: ID!) { workspace(id: $id) { memberOrganizations { organization { key } } } }`, (w) => w.sharedWorkspace,
      (data) => sorted(data.workspace.memberOrganizations.map((member: any) => member.organization.key))),
    expect: [NF, ['STATE:MV', 'STATE:PH'], NF, NF, NF, ['STATE:PH'], ['STATE:PH'], ['STATE:MV']] },
  { fields: ['Workspace.threads'], on: 'the private workspace of the Philippines and UNODC (threads)',
    see: look(`query($id: ID!) { workspace(id: $id) { threads { totalCount edges { node { id } } } } }`, (w) => w.phWorkspace,
      (data) => data.workspace.threads.edges.length),
    expect: [NF, 2, 2, NF, NF, 2, 2, NF] },
  { fields: ['Thread.author', 'Author.person', 'Author.organization'], on: 'a thread of the Philippines’ focal point in its private workspace with the Maldives',
    see: look(`query($id: ID!) { thread(id: $id) { author { name organization { key } person { email } } } }`, (w) => w.sharedThread,
      (data) => data.thread.author.person?.email ?? `only ${data.thread.author.organization.key}`),
    expect: [NF, PH, NF, NF, NF, PH, PH, 'only STATE:PH'] },
  { fields: ['Post.author'], on: 'a post of the Philippines’ focal point in an open workspace',
    see: look(`query($id: ID!) { post(id: $id) { author { person { email } } } }`, (w) => w.openPost,
      (data) => data.post.author.person?.email ?? null),
    expect: ALL(PH) },
  { fields: ['Thread.participants'], on: 'a STRICTLY_CONFIDENTIAL thread of the coordinator naming the Philippines’ focal point',
    see: look(`query($id: ID!) { thread(id: $id) { participants { person { email } } } }`, (w) => w.secretThread,
      (data) => sorted(data.thread.participants.map((author: any) => author.person.email))),
    // Only the people named read it; the workspace's other member (UNODC's) does not.
    expect: [NF, [COORDINATOR, PH], NF, NF, NF, [COORDINATOR, PH], NF, NF] },
  { fields: ['Workspace.participantCandidates'], on: 'a private workspace of the coordinator with the Philippines’ focal point and UNODC’s member',
    see: look(`query($id: ID!) { workspace(id: $id) { participantCandidates { person { email } } } }`, (w) => w.secretWorkspace,
      (data) => sorted(data.workspace.participantCandidates.map((author: any) => author.person.email))),
    expect: [NF, [COORDINATOR, DEMO.unodc, PH].sort(), [COORDINATOR, DEMO.unodc, PH].sort(), NF, NF, [COORDINATOR, DEMO.unodc, PH].sort(), NF, NF] },
  { fields: ['Thread.posts'], on: 'a thread in the private workspace of the Philippines and UNODC',
    see: look(`query($id: ID!) { thread(id: $id) { posts { edges { node { id } } } } }`, (w) => w.phThread,
      (data) => data.thread.posts.edges.length),
    expect: [NF, 2, 2, NF, NF, 2, 2, NF] },
  { fields: ['Thread.workspace'], on: 'the discussion of a request of the Philippines that UNODC and INTERPOL offered on',
    see: look(`query($id: ID!) { thread(id: $id) { workspace { kind } } }`, (w) => w.phDiscussion, (data) => data.thread.workspace.kind),
    expect: ['ASSISTANCE_REQUEST', 'ASSISTANCE_REQUEST', 'ASSISTANCE_REQUEST', 'ASSISTANCE_REQUEST', NF, 'ASSISTANCE_REQUEST', 'ASSISTANCE_REQUEST', NF] },
  { fields: ['Post.quotedPost'], on: 'a reply of the Maldives’ focal point quoting the Philippines’ in their private workspace',
    see: look(`query($id: ID!) { post(id: $id) { quotedPost { author { organization { key } person { email } } } } }`, (w) => w.sharedQuote,
      (data) => data.post.quotedPost.author.person?.email ?? `only ${data.post.quotedPost.author.organization.key}`),
    // As readable as the reply; its author as in the workspace's member lists.
    expect: [NF, PH, NF, NF, NF, PH, PH, 'only STATE:PH'] },
  { fields: ['Post.thread'], on: 'a post in the private workspace of the Philippines and UNODC',
    see: look(`query($id: ID!) { post(id: $id) { thread { id } } }`, (w) => w.phPost, (data, w) => data.post.thread.id === w.phThread),
    expect: [NF, true, true, NF, NF, true, true, NF] },
  { fields: ['Post.attachments'], on: 'a post with a file in the private workspace of the Philippines and UNODC',
    see: look(`query($id: ID!) { post(id: $id) { attachments { id fileName } } }`, (w) => w.phPost, (data) => data.post.attachments.length),
    expect: [NF, 1, 1, NF, NF, 1, 1, NF] },
  { fields: ['Workspace.files', 'WorkspaceFile.post', 'WorkspaceFile.uploader'], on: 'the private workspace of the Philippines and UNODC (its files)',
    see: look(`query($id: ID!) { workspace(id: $id) { files { edges { node { post { id } uploader { person { email } } } } } } }`, (w) => w.phWorkspace,
      (data, w) => data.workspace.files.edges.map((edge: any) => `${edge.node.post.id === w.phPost} ${edge.node.uploader.person?.email}`).join()),
    expect: [NF, `true ${PH}`, `true ${PH}`, NF, NF, `true ${PH}`, `true ${PH}`, NF] },
  { fields: ['Post.revisions'], on: 'a post edited once in the private workspace of the Philippines and UNODC',
    see: look(`query($id: ID!) { post(id: $id) { revisions { id body } } }`, (w) => w.phPost, (data) => data.post.revisions.length),
    expect: [NF, 1, 1, NF, NF, 1, 1, NF] },
  { fields: ['Project.workspace'], on: 'a project for the Philippines led by UNODC with INTERPOL',
    see: look(`query($id: ID!) { project(id: $id) { workspace { id } } }`, (w) => w.phProject, (data) => given(data.project.workspace)),
    expect: ['given', 'given', 'given', 'given', null, null, null, NF] },
  { fields: ['Project.createdBy'], on: 'a project for the Philippines created by the coordinator',
    see: look(`query($id: ID!) { project(id: $id) { createdBy { person { email } } } }`, (w) => w.phProject,
      (data) => data.project.createdBy.person.email),
    expect: [...ALL(COORDINATOR).slice(0, 7), NF] as Sights },
  { fields: ['Project.participants'], on: 'an unmarked project for the Philippines (nobody is named on it)',
    see: look(`query($id: ID!) { project(id: $id) { participants { person { email } } } }`, (w) => w.phProject,
      (data) => data.project.participants.length),
    expect: [0, 0, 0, 0, 0, 0, 0, NF] },
  { fields: ['Project.participantCandidates'], on: 'a project for the Philippines led by UNODC with INTERPOL',
    see: look(`query($id: ID!) { project(id: $id) { participantCandidates(first: 100) { person { email } } } }`, (w) => w.phProject,
      (data) => sorted(data.project.participantCandidates.map((author: any) => author.person.email)
        .filter((email: string) => (Object.values(DEMO) as string[]).includes(email)))),
    // Who would read it were it CONFIDENTIAL: its parties, never the UNDP observer (platform role OBSERVER) nor another State.
    expect: [...ALL(sorted([DEMO.admin, COORDINATOR, DEMO.unodc, DEMO.interpol, PH])).slice(0, 7), NF] as Sights },
  { fields: ['Project.activities'], on: 'a project for the Philippines (an activity in Thailand)',
    see: look(`query($id: ID!) { project(id: $id) { activities { edges { node { id } } } } }`, (w) => w.phProject,
      (data) => data.project.activities.edges.length),
    expect: [1, 1, 1, 1, 1, 1, 1, NF] },
  { fields: ['Project.milestones', 'ProjectMilestone.project'], on: 'a project for the Philippines',
    see: look(`query($id: ID!) { project(id: $id) { milestones { id title project { id } } } }`, (w) => w.phProject,
      (data, w) => data.project.milestones.filter((milestone: any) => milestone.project.id === w.phProject).length),
    expect: [1, 1, 1, 1, 1, 1, 1, NF] },
  { fields: ['Project.partners', 'ProjectPartner.organization'], on: 'a project for the Philippines',
    see: look(`query($id: ID!) { project(id: $id) { partners { organization { key } } } }`, (w) => w.phProject,
      (data) => data.project.partners.map((partner: any) => partner.organization.key)),
    expect: [['INTERPOL'], ['INTERPOL'], ['INTERPOL'], ['INTERPOL'], ['INTERPOL'], ['INTERPOL'], ['INTERPOL'], NF] },
  { fields: ['Project.assistanceRequests'], on: 'a project for both States delivering a request of each',
    see: look(`query($id: ID!) { project(id: $id) { assistanceRequests { edges { node { requestingState { key } } } } } }`, (w) => w.regionProject,
      (data) => sorted(data.project.assistanceRequests.edges.map((edge: any) => edge.node.requestingState.key))),
    expect: [['STATE:MV', 'STATE:PH'], ['STATE:MV', 'STATE:PH'], ['STATE:PH'], ['STATE:PH'], ['STATE:PH'], ['STATE:PH'], ['STATE:PH'], ['STATE:MV']] },
  { fields: ['Project.contributions'], on: 'a project for both States funded by each',
    see: look(`query($id: ID!) { project(id: $id) { contributions { edges { node { donor { key } } } } } }`, (w) => w.regionProject,
      (data) => sorted(data.project.contributions.edges.map((edge: any) => edge.node.donor.key))),
    expect: [['STATE:MV', 'STATE:PH'], ['STATE:MV', 'STATE:PH'], ['STATE:MV', 'STATE:PH'], ['STATE:MV', 'STATE:PH'], ['STATE:MV', 'STATE:PH'], ['STATE:PH'], ['STATE:PH'], ['STATE:MV']] },
  { fields: ['Project.funding', 'DonorFunding.donor'], on: 'a project for both States funded by each',
    see: look(`query($id: ID!) { project(id: $id) { funding { donor { key } receivedUsd } } }`, (w) => w.regionProject,
      (data) => sorted(data.project.funding.map((row: any) => row.donor.key))),
    expect: [['STATE:MV', 'STATE:PH'], ['STATE:MV', 'STATE:PH'], ['STATE:MV', 'STATE:PH'], ['STATE:MV', 'STATE:PH'], ['STATE:MV', 'STATE:PH'], ['STATE:PH'], ['STATE:PH'], ['STATE:MV']] },
  { fields: ['Activity.project'], on: 'an activity held in the Philippines for a project of the Maldives',
    see: look(`query($id: ID!) { activity(id: $id) { project { id } } }`, (w) => w.phActivityForMv, (data) => given(data.activity.project)),
    expect: ['given', 'given', 'given', 'given', 'given', null, null, 'given'] },
  { fields: ['Agreement.project'], on: 'an MOU of UNODC and the Philippines for a project of the Maldives',
    see: async (api, token, world) => {
      const response = await api.gql(`{ agreements(first: 100) { edges { node { id project { id } } } } }`, {}, token);
      const node = response.data?.agreements.edges.find((edge: any) => edge.node.id === world.phAgreement)?.node;
      return node ? given(node.project) : NF;
    },
    expect: ['given', 'given', 'given', 'given', 'given', null, null, NF] },
  { fields: ['Contribution.project'], on: 'a pledge of the Philippines for a project of the Maldives',
    see: async (api, token, world) => {
      const response = await api.gql(`{ contributions(first: 100) { edges { node { id project { id } } } } }`, {}, token);
      const node = response.data?.contributions.edges.find((edge: any) => edge.node.id === world.phContributionForMv)?.node;
      return node ? given(node.project) : NF;
    },
    expect: ['given', 'given', 'given', 'given', 'given', null, null, NF] },
  { fields: ['Contribution.fulfils', 'PledgeFulfilment.pledge'], on: 'a receipt of the Philippines fulfilling its pledge for a project of the Maldives',
    see: async (api, token, world) => {
      const response = await api.gql(`{ contributions(first: 100) { edges { node { id fulfils { amountUsd pledge { id } } } } } }`, {}, token);
      const node = response.data?.contributions.edges.find((edge: any) => edge.node.id === world.phReceiptFulfilling)?.node;
      return node ? node.fulfils.map((row: any) => (row.pledge.id === world.phContributionForMv ? row.amountUsd : row.pledge.id)) : NF;
    },
    expect: [[1000], [1000], [1000], [1000], [1000], [1000], [1000], NF] },
  { fields: ['AssistanceRequest.offers', 'AssistanceOffer.author'], on: 'a request of the Philippines with offers of UNODC and INTERPOL',
    see: look(`query($id: ID!) { assistanceRequest(id: $id) { offers { author { person { email } } } } }`, (w) => w.phRequest,
      (data) => sorted(data.assistanceRequest.offers.map((offer: any) => offer.author.person?.email ?? 'hidden'))),
    expect: [[DEMO.interpol, DEMO.unodc], [DEMO.interpol, DEMO.unodc], [DEMO.unodc], [DEMO.interpol], [], [DEMO.interpol, DEMO.unodc], [DEMO.interpol, DEMO.unodc], NF] },
  { fields: ['AssistanceRequest.viewerOffer'], on: 'a request of the Philippines with offers of UNODC and INTERPOL',
    see: look(`query($id: ID!) { assistanceRequest(id: $id) { viewerOffer { organization { key } } } }`, (w) => w.phRequest,
      (data) => data.assistanceRequest.viewerOffer?.organization.key ?? null),
    expect: [null, null, 'UNODC', 'INTERPOL', null, null, null, NF] },
  { fields: ['AssistanceRequest.acknowledgements', 'AssistanceRequestAcknowledgement.organization'], on: 'a request of the Philippines UNODC and INTERPOL have acknowledged',
    see: look(`query($id: ID!) { assistanceRequest(id: $id) { acknowledgements { organization { key } } } }`, (w) => w.phRequest,
      (data) => sorted(data.assistanceRequest.acknowledgements.map((seen: any) => seen.organization.key))),
    expect: [['INTERPOL', 'UNODC'], ['INTERPOL', 'UNODC'], ['UNODC'], ['INTERPOL'], [], ['INTERPOL', 'UNODC'], ['INTERPOL', 'UNODC'], NF] },
  { fields: ['AssistanceRequest.sharedEntities'], on: 'a request of the Philippines shared with UNODC, INTERPOL and UNDP',
    see: look(`query($id: ID!) { assistanceRequest(id: $id) { sharedEntities { key } } }`, (w) => w.phRequest,
      (data) => sorted(data.assistanceRequest.sharedEntities.map((organization: any) => organization.key))),
    expect: [['INTERPOL', 'UNDP', 'UNODC'], ['INTERPOL', 'UNDP', 'UNODC'], [], [], [], ['INTERPOL', 'UNDP', 'UNODC'], ['INTERPOL', 'UNDP', 'UNODC'], NF] },
  { fields: ['AssistanceRequest.discussion'], on: 'a request of the Philippines that UNODC and INTERPOL offered on (UNDP did not)',
    see: look(`query($id: ID!) { assistanceRequest(id: $id) { discussion { id } } }`, (w) => w.phRequest, (data) => given(data.assistanceRequest.discussion)),
    expect: ['given', 'given', 'given', 'given', null, 'given', 'given', NF] },
  { fields: ['AssistanceRequest.participants'], on: 'an unmarked request of the Philippines (nobody is named on it)',
    see: look(`query($id: ID!) { assistanceRequest(id: $id) { participants { person { email } } } }`, (w) => w.phRequest,
      (data) => data.assistanceRequest.participants.length),
    expect: [0, 0, 0, 0, 0, 0, 0, NF] },
  { fields: ['AssistanceRequest.participantCandidates'], on: 'a request of the Philippines shared with UNODC, INTERPOL and UNDP',
    see: look(`query($id: ID!) { assistanceRequest(id: $id) { participantCandidates(first: 100) { person { email } } } }`, (w) => w.phRequest,
      (data) => sorted(data.assistanceRequest.participantCandidates.map((author: any) => author.person.email)
        .filter((email: string) => (Object.values(DEMO) as string[]).includes(email)))),
    // Who would read it were it CONFIDENTIAL: never the UNDP observer (platform role OBSERVER) nor another State.
    expect: [...ALL(sorted([DEMO.admin, COORDINATOR, DEMO.unodc, DEMO.interpol, PH])).slice(0, 7), NF] as Sights },
  { fields: ['AssistanceRequest.createdBy'], on: 'a request of the Philippines',
    see: look(`query($id: ID!) { assistanceRequest(id: $id) { createdBy { email } } }`, (w) => w.phRequest, (data) => data.assistanceRequest.createdBy.email),
    expect: [PH, PH, PH, PH, PH, PH, PH, NF] },
  { fields: ['AssistanceRequest.timeline', 'AssistanceRequestTransition.actor'], on: 'a request of the Philippines taken under review',
    see: look(`query($id: ID!) { assistanceRequest(id: $id) { timeline { actor { email } } } }`, (w) => w.phRequest,
      (data) => data.assistanceRequest.timeline.map((step: any) => step.actor.email)),
    expect: [...ALL(STEPS).slice(0, 7), NF] as Sights },
  { fields: ['AssistanceRequest.project'], on: 'a request of the Philippines delivered by a project for both States',
    see: look(`query($id: ID!) { assistanceRequest(id: $id) { project { id } } }`, (w) => w.phRequest, (data) => given(data.assistanceRequest.project)),
    expect: ['given', 'given', 'given', 'given', 'given', 'given', 'given', NF] },
  { fields: ['QuarterlyReport.capacityBuildingEvents', 'QuarterlyReport.highLevelVisits', 'QuarterlyReport.launches',
      'QuarterlyReport.agreementsSigned', 'QuarterlyReport.endorsements', 'QuarterlyReport.fundingReceived',
      'QuarterlyReport.topContributors', 'QuarterlyReport.activitiesByWorkingGroup'], on: 'the first quarter of 2026 (how many of each)',
    see: async (api, token) => {
      const response = await api.gql(`{ quarterlyReport(year: 2026, quarter: 1) {
        capacityBuildingEvents { id } highLevelVisits { id } launches { id } agreementsSigned { id } endorsements { id }
        fundingReceived { id } topContributors { donor { key } } activitiesByWorkingGroup { workingGroup { key } } } }`, {}, token);
      if (!response.data) return errorCode(response);
      return Object.fromEntries(Object.entries(response.data.quarterlyReport).map(([key, list]) => [key, (list as unknown[]).length]));
    },
    expect: [...ALL({ capacityBuildingEvents: 1, highLevelVisits: 1, launches: 1, agreementsSigned: 1, endorsements: 0, fundingReceived: 2, topContributors: 2, activitiesByWorkingGroup: 0 }).slice(0, 5), F, F, F] as Sights },
  { fields: ['WorkPlan.createdBy', 'WorkPlan.items', 'WorkPlanItem.workPlan', 'WorkPlanItem.leads',
      'WorkPlanItem.progressNotes', 'WorkPlanProgressNote.author', 'WorkPlanItem.projects', 'WorkPlanItem.activities'],
    on: 'the coordinator’s BMLE plan, its item led by UNODC’s member, linked to a project and an activity of the Maldives, noted by INTERPOL',
    see: look(`query($id: ID!) { workPlan(id: $id) { id createdBy { person { email } } items { workPlan { id }
      leads { person { email } } progressNotes { author { person { email } } } projects { id } activities { id } } } }`, (w) => w.bmlePlan,
      (data) => {
        const [item] = data.workPlan.items;
        return [item.workPlan.id === data.workPlan.id, data.workPlan.createdBy.person?.email ?? null,
          item.leads.map((lead: any) => lead.person?.email ?? null).join(),
          item.progressNotes.map((note: any) => note.author.person?.email ?? null).join(),
          item.projects.length, item.activities.length].join('|');
      }),
    expect: [...ALL(`true|${COORDINATOR}|${DEMO.unodc}|${DEMO.interpol}|1|1`).slice(0, 5), NF, NF, NF] as Sights },
  { fields: ['QuarterlyReport.workPlanProgress'], on: 'the first quarter of 2031 (the BMLE plan’s item, not started)',
    see: async (api, token) => {
      const response = await api.gql(`{ quarterlyReport(year: 2031, quarter: 1) { workPlanProgress { workingGroup { key } notStarted } } }`, {}, token);
      return response.data ? response.data.quarterlyReport.workPlanProgress : errorCode(response);
    },
    expect: [...ALL([{ workingGroup: { key: 'BMLE' }, notStarted: 1 }]).slice(0, 5), F, F, F] as Sights },
  { fields: ['Decision.workspace', 'Decision.proposedBy', 'Decision.objections', 'DecisionObjection.by', 'DecisionEvent.by'],
    on: 'a decision of the coordinator in the private workspace of the Philippines and UNODC, which UNODC objected to',
    see: look(`query($id: ID!) { decision(id: $id) { workspace { id } proposedBy { person { email } }
      objections { by { person { email } } } timeline { kind by { person { email } } } } }`, (w) => w.phDecision,
      (data, w) => [data.decision.workspace.id === w.phWorkspace, data.decision.proposedBy.person?.email ?? null,
        data.decision.objections.map((objection: any) => objection.by.person?.email ?? null).join(),
        data.decision.timeline.map((event: any) => `${event.kind} ${event.by?.person?.email ?? ''}`).join()].join('|')),
    expect: [NF, DECIDED, DECIDED, NF, NF, DECIDED, DECIDED, NF] },
  { fields: ['AuditEvent.actor', 'AuditEvent.organization'], on: 'the Philippines’ focal point’s sign-in in the audit trail',
    see: async (api, token, world) => {
      const response = await api.gql(`query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 1) {
        edges { node { actor { email } organization { key } } } } }`, { filter: { action: 'sign_in.succeeded', actorId: world.users[PH] } }, token);
      if (!response.data) return errorCode(response);
      const [edge] = response.data.auditEvents.edges;
      return edge ? `${edge.node.actor.email} ${edge.node.organization.key}` : null;
    },
    expect: [`${PH} STATE:PH`, F, null, F, F, `${PH} STATE:PH`, F, F] },
  { fields: ['GovernanceBody.members', 'GovernanceBodyMember.organization'], on: 'a body the Philippines chairs (public reference data)',
    see: look(`query($id: ID!) { governanceBody(id: $id) { members { role organization { key } } } }`, (w) => w.governanceBody,
      (data) => data.governanceBody.members.map((member: any) => `${member.role} ${member.organization.key}`).join()),
    expect: ALL('CHAIR STATE:PH,MEMBER UNODC,GUEST INTERPOL') },
  { fields: ['GovernanceBody.workspace', 'GovernanceBody.nextMeeting', 'GovernanceBody.meetings'],
    on: 'a body the Philippines chairs, with UNODC as member and INTERPOL as guest (a meeting held, one ahead)',
    see: look(`query($id: ID!) { governanceBody(id: $id) { workspace { id } nextMeeting { number } meetings { totalCount } } }`,
      (w) => w.governanceBody,
      (data) => [given(data.governanceBody.workspace), data.governanceBody.nextMeeting?.number ?? null, data.governanceBody.meetings.totalCount].join('|')),
    expect: ['given|1|2', '||0', 'given|1|2', 'given|1|2', '||0', 'given|1|2', 'given|1|2', '||0'] },
  { fields: ['Meeting.body', 'Meeting.documents', 'Meeting.attendees'], on: 'a meeting held by a body the Philippines chairs',
    see: look(`query($id: ID!) { meeting(id: $id) { body { id } documents { fileName } attendees { key } } }`, (w) => w.heldMeeting,
      (data, w) => [data.meeting.body.id === w.governanceBody, data.meeting.documents.map((file: any) => file.fileName).join(),
        sorted(data.meeting.attendees.map((organization: any) => organization.key)).join()].join('|')),
    expect: ['true|Agenda.pdf|STATE:PH,UNODC', NF, 'true|Agenda.pdf|STATE:PH,UNODC', 'true|Agenda.pdf|STATE:PH,UNODC', NF,
      'true|Agenda.pdf|STATE:PH,UNODC', 'true|Agenda.pdf|STATE:PH,UNODC', NF] },
];

/**
 * Fields whose records are the directory (organizations, their units, working groups), open to every
 * signed-in person.
 */
const DIRECTORY_FIELDS = [
  'Activity.organizers',
  'Activity.unit',
  'Activity.workingGroup',
  'Agreement.parties',
  'AssistanceOffer.organization',
  'AssistanceRequest.leadEntity',
  'AssistanceRequest.partnerEntities',
  'AssistanceRequest.requestingState',
  'AssistanceRequest.workingGroup',
  'Contribution.donor',
  'DecisionObjection.organization',
  'WorkPlan.organization',
  'WorkPlan.unit',
  'WorkPlan.workingGroup',
  'WorkPlanItem.ownerOrganization',
  'WorkPlanItem.ownerUnit',
  'WorkPlanProgress.workingGroup',
  'Invitation.organization',
  'InvitationPreview.organization',
  'Organization.units',
  'Organization.workingGroups',
  'OrganizationUnit.organization',
  'OrganizationUnit.parent',
  'Project.leadEntity',
  'Project.unit',
  'Project.workingGroup',
  'User.organization',
  'User.unit',
  'WorkingGroup.memberships',
  'WorkingGroupBreakdown.workingGroup',
  'WorkingGroupMembership.organization',
  'WorkingGroupMembership.workingGroup',
  'Workspace.workingGroup',
];
/** Fields that answer the person's own record only: the account that signs in, the invitation one just made. */
const OWN_FIELDS = ['AuthPayload.user', 'InviteUserPayload.invitation'];
/** Tabled on their own: the signed-in person's capabilities (they restate the policy's answers), the home page. */
const FIELDS_TABLED_ELSEWHERE = [
  'User.viewerCanChangeRole',
  'User.viewerCanDisable',
  'Workspace.viewerCanModerate',
  'Workspace.viewerGrantableRoles',
  // The home page's blocks gather records through their own rules: tabled per side in my-work.test.ts.
  'MyWork.requestsToTriage',
  'MyWork.offersToReview',
  'MyWork.stalledMatches',
  'MyWork.overdueRequests',
  'MyWork.stateRequests',
  'MyWork.offersReceived',
  'MyWork.openForOffer',
  'MyWork.assignedRequests',
  'MyWork.projectsAtRisk',
  'MyWork.entityProjects',
  'MyWork.milestonesDue',
  'MyWork.plannedActivities',
  'MyWork.unreadThreads',
];

/**
 * Fields of the schema's object types (not the root types, connections or edges) whose type, through lists
 * and connections, is a record (a type with an `id`) or holds one directly (an author, a member, a partner).
 */
function recordFields(schema: GraphQLSchema): string[] {
  const isObject = (type: GraphQLNamedType): type is GraphQLObjectType => type instanceof GraphQLObjectType;
  const isRecord = (type: GraphQLNamedType) => isObject(type) && 'id' in type.getFields();
  const target = (field: GraphQLField<unknown, unknown>): GraphQLNamedType => {
    const type = getNamedType(field.type);
    if (!isObject(type) || !type.name.endsWith('Connection')) return type;
    return getNamedType((getNamedType(type.getFields().edges.type) as GraphQLObjectType).getFields().node.type);
  };
  const holdsRecords = (type: GraphQLNamedType) =>
    isRecord(type) || (isObject(type) && Object.values(type.getFields()).some((field) => isRecord(target(field))));
  return Object.values(schema.getTypeMap())
    .filter(isObject)
    .filter((type) => !type.name.startsWith('__') && !/^(Query|Mutation)$|(Connection|Edge)$/.test(type.name))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => holdsRecords(target(field)))
        .map((field) => `${type.name}.${field.name}`),
    );
}

describe('fields that return records × people', () => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv();
  });
  afterAll(() => closeEnv(env));

  it('has a row, or a stated reason, for every field of the schema that returns records', () => {
    const schema = buildSchema(readFileSync(new URL('../schema.gql', import.meta.url), 'utf8'));
    const tabled = [...ROWS.flatMap((row) => row.fields), ...DIRECTORY_FIELDS, ...OWN_FIELDS];
    expect(new Set(tabled).size).toBe(tabled.length);
    expect(new Set(tabled)).toEqual(
      new Set(recordFields(schema).filter((name) => !FIELDS_TABLED_ELSEWHERE.includes(name))),
    );
  });

  describe.each(ROWS.map((row) => [`${row.fields.join(', ')} on ${row.on}`, row] as const))('%s', (_name, row) => {
    it.each(PEOPLE.map((who, index) => [who, row.expect[index]] as const))('%s', async (who, expected) => {
      expect(await row.see(env.api, env.tokens[who], env.world)).toEqual(expected);
    });
  });
});
