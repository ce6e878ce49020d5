import { randomUUID } from 'node:crypto';
import { DEMO, SIGN_IN } from './harness.js';
import {
  ACCEPT,
  addMember,
  ADD_MEMBER,
  BREAK_SILENCE,
  CREATE_POST,
  CREATE_PROJECT,
  CREATE_THREAD,
  CREATE_WORKSPACE,
  EMAIL,
  type Env,
  F,
  INVITE,
  makeAccount,
  makeActivity,
  makeDecision,
  makeInvitation,
  makeMilestone,
  makePost,
  makeThread,
  makeWorkspace,
  NF,
  passwordOf,
  type Person,
  PROPOSE_DECISION,
  RECORD_ACTIVITY,
  RECORD_AGREEMENT,
  RECORD_CONTRIBUTION,
  U,
  UPDATE_POST,
  ADD_WORK_PLAN_ITEM,
  CREATE_WORK_PLAN,
  makeWorkPlan,
  makeWorkPlanItem,
  UPDATE_WORK_PLAN_ITEM,
  CREATE_GOVERNANCE_BODY,
  makeGovernanceBody,
  meetingInput,
  SCHEDULE_MEETING,
  SET_GOVERNANCE_BODY_MEMBER,
} from './authorization-matrix.fixtures.js';
import { absent, byId, type Cell, type Made, type OperationRow, withInput } from './authorization-matrix.operations.js';

/**
 * The mutations of the authorization matrix. Besides the reading rules (see the queries' table):
 * - workspaces: coordinators and admins open them; owners and moderators manage members (admins too, without
 *   reading); members write, observers (and people whose platform role is OBSERVER) only read; moderators pin,
 *   lock and delete others' posts; authors edit and delete their own; a workspace keeps one owner;
 * - projects: coordinators create; coordinators and the lead entity's members edit them and their milestones;
 * - activities: coordinators, and members of an organizing entity; contributions and agreements: coordinators;
 * - people: platform admins change roles; admins, and organization admins for the non-staff people of their
 *   organization, disable accounts; invitations: admins anyone, coordinators anyone but admins and
 *   coordinators, organization admins their organization with its roles;
 * - decisions by silence procedure: owners and moderators of the workspace, and coordinators who read it,
 *   propose; whoever may write there objects for their organization (not the proposer's), once per
 *   organization; the proposer, moderators and coordinators withdraw an open proposal;
 * - six-month work plans: a working group's chairs and vice-chairs (here UNOCT and INTERPOL for BMLE), coordinators
 *   and admins make its plans and add items; an item is also changed by its leads of its owner organization; the
 *   Compact side reads the rest refused, a State that takes no part in the group does not see the plan;
 * - the audit trail's chain is verified by platform admins;
 * - governance bodies: platform admins add them and decide who sits on them; a body's meetings are kept by its
 *   chair's and secretariat's people, its workspace's moderators and coordinators, among those who write in its
 *   workspace (here the admin owns it; the Philippines chair, UNODC is a member, INTERPOL a guest); the others who
 *   read it are refused, the rest do not see them;
 * - reference data: platform admins correct organizations and working-group memberships; admins, and an
 *   organization's admins, create and change its units and place its people in them;
 * - signing in, refreshing and out, and accepting an invitation are public.
 */

const FLAG = `mutation($input: SetThreadFlagInput!) { %s(input: $input) { id } }`;
const flag = (name: string) => FLAG.replace('%s', name);
const REMOVE_MEMBER = `mutation($input: RemoveWorkspaceMemberInput!) { removeWorkspaceMember(input: $input) }`;
const REACT = `mutation($input: ToggleReactionInput!) { toggleReaction(input: $input) { id } }`;
const WATCH = `mutation($input: WatchWorkspaceInput!) { watchWorkspace(input: $input) { id } }`;
const CREATE_UNIT = `mutation($input: CreateOrganizationUnitInput!) { createOrganizationUnit(input: $input) { id } }`;
const UPDATE_UNIT = `mutation($input: UpdateOrganizationUnitInput!) { updateOrganizationUnit(input: $input) { id } }`;
const SET_MEMBERSHIP = `mutation($input: SetWorkingGroupMembershipInput!) { setWorkingGroupMembership(input: $input) { role } }`;
const REMOVE_MEMBERSHIP = `mutation($input: RemoveWorkingGroupMembershipInput!) { removeWorkingGroupMembership(input: $input) }`;
const REMOVE_BODY_MEMBER = `mutation($input: RemoveGovernanceBodyMemberInput!) { removeGovernanceBodyMember(input: $input) }`;
const UPDATE_MEETING = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`;
const RECORD_OUTCOME = `mutation($input: RecordMeetingOutcomeInput!) { recordMeetingOutcome(input: $input) { id } }`;
/** A meeting of a matrix body that began yesterday (moved there behind the api's back), for its outcome. */
const heldMeeting = async (env: Env): Promise<Made> => {
  const made = await makeGovernanceBody(env, true);
  await env.db.query(
    `UPDATE meetings SET starts_at = now() - interval '1 day', ends_at = now() - interval '22 hours' WHERE id = $1`,
    [made.meeting],
  );
  return made;
};
const UPDATE_ACTIVITY = `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }`;

/** A thread of the coordinator's with a post of the Philippines' focal point, in their private workspace. */
const RENAME_THREAD = `mutation($input: RenameThreadInput!) { renameThread(input: $input) { id title } }`;
const threadAndPost = async ({ api, tokens, world }: Env) => {
  const thread = await makeThread(api, tokens.coordinator, world.phWorkspace);
  return { thread, post: await makePost(api, tokens.stateFocalPoint, thread) };
};
/** A thread of the coordinator's with a marking in the private workspace of the Philippines and UNODC. */
const markedThread =
  (classification: string, named: (env: Env) => string[] = () => []) =>
  async (env: Env): Promise<Made> => {
    const input = {
      workspaceId: env.world.phWorkspace,
      title: 'Marked',
      body: 'Marked',
      classification,
      participantIds: named(env),
    };
    const created = await env.api.gql(CREATE_THREAD, { input }, env.tokens.coordinator);
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return { thread: created.data.createThread.id };
  };
const CHANGE_MARKING = `mutation($input: ChangeThreadClassificationInput!) { changeThreadClassification(input: $input) { id } }`;
/** A project for the Philippines led by UNODC with INTERPOL, created by the coordinator with this marking. */
const markedProject =
  (classification: string) =>
  async ({ api, tokens, world }: Env): Promise<Made> => {
    const input = {
      title: 'Marked project',
      leadEntityId: world.org.UNODC,
      partners: [{ organizationId: world.org.INTERPOL }],
      beneficiaryCountryCodes: ['PH'],
      startDate: '2026-01-01',
      classification,
    };
    const created = await api.gql(CREATE_PROJECT, { input }, tokens.coordinator);
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return { project: created.data.createProject.id };
  };
const CHANGE_PROJECT_MARKING = `mutation($input: ChangeProjectClassificationInput!) { changeProjectClassification(input: $input) { id } }`;
const phActivity = async ({ api, tokens, world }: Env) => ({
  activity: await makeActivity(api, tokens.coordinator, { countryCode: 'PH', organizerIds: [world.org.UNODC] }),
});
const invitee = (who: string) => `${who.toLowerCase()}-${randomUUID().slice(0, 8)}@invited.example`;

/** A decision the coordinator proposed in the private workspace of the Philippines and UNODC, or the open one. */
const phDecision = async ({ api, tokens, world }: Env) => ({
  decision: await makeDecision(api, tokens.coordinator, world.phWorkspace),
});
const openDecision = async ({ api, tokens, world }: Env) => ({
  decision: await makeDecision(api, tokens.coordinator, world.openWorkspace),
});
const WITHDRAW_DECISION = `mutation($id: ID!) { withdrawDecision(id: $id) { id status } }`;
const decisionInput = (w: { phWorkspace: string }, workspaceId = w.phWorkspace) => ({
  workspaceId,
  title: 'Matrix decision',
  text: 'Adopt the joint statement.',
  silenceUntil: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
});

/** A half year no plan of BMLE covers yet, for each allowed cell of createWorkPlan. */
let nextPlanYear = 2040;
const freshPeriod = async (): Promise<Made> => ({ year: String(nextPlanYear++) });
/** A plan of BMLE made by the coordinator, and an item of UNODC led by UNODC's member. */
const bmleItem = async ({ api, tokens, world }: Env): Promise<Made> => {
  const plan = await makeWorkPlan(api, tokens.coordinator, world.workingGroup, nextPlanYear++, 1);
  const dueDate = `${nextPlanYear - 1}-03-31`;
  const item = await makeWorkPlanItem(api, tokens.coordinator, plan, {
    ownerOrganizationId: world.org.UNODC,
    leadIds: [world.users[DEMO.unodc]],
    dueDate,
  });
  return { plan, item, dueDate };
};

/** A unit of UNODC, made by an admin. */
async function unodcUnit({ api, tokens, world }: Env): Promise<Made> {
  const input = { organizationId: world.org.UNODC, acronym: 'MU', names: { en: 'Matrix Unit' } };
  const response = await api.gql(CREATE_UNIT, { input }, tokens.admin);
  return { unit: response.data!.createOrganizationUnit.id };
}

/** `markNotificationsRead` answers how many were marked: none of someone else's, as if they did not exist. */
async function pendingInvitationOfThePhilippines({ api, tokens, world }: Env): Promise<Made> {
  await makeInvitation(api, tokens.stateFocalPoint, world.org['STATE:PH'], 'OBSERVER');
  const [{ id }] = await api.sql(
    `SELECT id FROM invitations WHERE accepted_at IS NULL ORDER BY created_at DESC LIMIT 1`,
  );
  return { invitation: id };
}

async function markRead({ api, token, on }: Cell) {
  const response = await api.gql(
    `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`,
    { input: { ids: [on.notification] } },
    token,
  );
  return response.data?.markNotificationsRead === 0 ? absent(response) : response;
}

async function refresh({ api, who }: Cell) {
  if (who === 'signedOut') return api.gql(`mutation { refreshSession { accessToken } }`);
  const session = await api.gql(SIGN_IN, { email: EMAIL[who], password: passwordOf(who) });
  const refreshToken = session.data!.signIn.refreshToken;
  return api.gql(`mutation($input: RefreshSessionInput) { refreshSession(input: $input) { accessToken } }`, {
    input: { refreshToken },
  });
}

// Outcomes in the order: admin, coordinator, entityMember (UNODC), otherEntityMember (INTERPOL), entityObserver
// (UNDP), stateFocalPoint (Philippines), stateObserver (Philippines), otherStateFocalPoint (Maldives), signedOut.
// prettier-ignore
export const MUTATION_ROWS: OperationRow[] = [
  { operation: 'acceptInvitation', on: 'a pending invitation (public)',
    make: async ({ api, tokens, world }) => ({ token: await makeInvitation(api, tokens.admin, world.org.UNODC, 'OBSERVER') }),
    run: ({ api, token, on }) => api.gql(ACCEPT, { input: { token: on.token, name: 'New Person', password: 'a-new-password-2026' } }, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  { operation: 'addWorkspaceMember', on: 'a private workspace of the Philippines and UNODC (adding INTERPOL’s member)',
    make: async ({ api, tokens, world }) => ({ workspace: await makeWorkspace(api, tokens, 'PRIVATE', [world.org['STATE:PH'], world.org.UNODC]) }),
    run: withInput(ADD_MEMBER, (w, on) => ({ workspaceId: on.workspace, userId: w.users[DEMO.interpol], role: 'MEMBER' })),
    expect: ['ok', 'ok', F, NF, NF, F, F, NF, U] },
  { operation: 'addWorkspaceMember', on: 'a private workspace the Philippines’ focal point co-owns (adding the Maldives’ focal point, whom it may not see)',
    make: async ({ api, tokens, world }) => {
      const workspace = await makeWorkspace(api, tokens, 'PRIVATE', [world.org['STATE:PH'], world.org.UNODC]);
      await addMember(api, tokens.coordinator, workspace, world.users[DEMO.philippines], 'OWNER');
      return { workspace };
    },
    run: withInput(ADD_MEMBER, (w, on) => ({ workspaceId: on.workspace, userId: w.users[DEMO.maldives], role: 'MEMBER' })),
    expect: ['ok', 'ok', F, NF, NF, NF, F, NF, U] },
  { operation: 'addWorkspaceMember', on: 'the workspace of a project led by UNODC with INTERPOL (its parties follow the project)',
    run: withInput(ADD_MEMBER, (w) => ({ workspaceId: w.phProjectWorkspace, userId: w.users[DEMO.observer], role: 'MEMBER' })),
    expect: [F, F, F, F, NF, NF, NF, NF, U] },
  { operation: 'breakGlass', on: 'a STRICTLY_CONFIDENTIAL thread naming only the coordinator, in the private workspace of the Philippines and UNODC',
    make: markedThread('STRICTLY_CONFIDENTIAL'),
    run: withInput(`mutation($input: BreakGlassInput!) { breakGlass(input: $input) { id } }`, (_w, on) => ({ threadId: on.thread, reason: 'Inquiry' })),
    // Platform admins only; anyone else is refused before the thread is looked up.
    expect: ['ok', F, F, F, F, F, F, F, U] },
  { operation: 'breakSilence', on: 'a decision of the coordinator in the private workspace of the Philippines and UNODC',
    make: phDecision, run: withInput(BREAK_SILENCE, (_w, on) => ({ decisionId: on.decision, reason: 'Needs review' })),
    expect: [NF, F, 'ok', NF, NF, 'ok', F, NF, U] },
  { operation: 'breakSilence', on: 'a decision UNODC already objected to, in the private workspace of the Philippines and UNODC',
    make: async (env) => {
      const made = await phDecision(env);
      await env.api.gql(BREAK_SILENCE, { input: { decisionId: made.decision, reason: 'First' } }, env.tokens.entityMember);
      return made;
    },
    run: withInput(BREAK_SILENCE, (_w, on) => ({ decisionId: on.decision, reason: 'Again' })),
    expect: [NF, F, 'CONFLICT', NF, NF, 'ok', F, NF, U] },
  { operation: 'breakSilence', on: 'a decision of the coordinator in an open workspace of UNODC and the Philippines',
    make: openDecision, run: withInput(BREAK_SILENCE, (_w, on) => ({ decisionId: on.decision, reason: 'Needs review' })),
    expect: [F, F, 'ok', F, F, 'ok', F, F, U] },
  { operation: 'changeThreadClassification', on: 'raising an UNCLASSIFIED thread of the private workspace of the Philippines and UNODC to CONFIDENTIAL',
    make: markedThread('UNCLASSIFIED'),
    run: withInput(CHANGE_MARKING, (_w, on) => ({ threadId: on.thread, classification: 'CONFIDENTIAL', reason: 'Sources' })),
    // Any participant who may post; the Philippines' observer reads but does not write.
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', F, NF, U] },
  { operation: 'changeThreadClassification', on: 'lowering a CONFIDENTIAL thread of the private workspace of the Philippines and UNODC',
    make: markedThread('CONFIDENTIAL'),
    run: withInput(CHANGE_MARKING, (_w, on) => ({ threadId: on.thread, classification: 'UNCLASSIFIED', reason: 'Published' })),
    // Owners and moderators only; an observer never reads a CONFIDENTIAL record.
    expect: [NF, 'ok', F, NF, NF, F, NF, NF, U] },
  { operation: 'changeProjectClassification', on: 'raising an UNCLASSIFIED project for the Philippines led by UNODC with INTERPOL to CONFIDENTIAL',
    make: markedProject('UNCLASSIFIED'),
    run: withInput(CHANGE_PROJECT_MARKING, (_w, on) => ({ projectId: on.project, classification: 'CONFIDENTIAL', reason: 'Sources' })),
    // Coordinators and the lead's and partners' people; the beneficiary State reads it but does not raise it.
    expect: ['ok', 'ok', 'ok', 'ok', F, F, F, NF, U] },
  { operation: 'changeProjectClassification', on: 'lowering a CONFIDENTIAL project for the Philippines led by UNODC with INTERPOL',
    make: markedProject('CONFIDENTIAL'),
    run: withInput(CHANGE_PROJECT_MARKING, (_w, on) => ({ projectId: on.project, classification: 'UNCLASSIFIED', reason: 'Published' })),
    // Coordinators only; people whose platform role is OBSERVER never read a CONFIDENTIAL record.
    expect: ['ok', 'ok', F, F, NF, F, NF, NF, U] },
  { operation: 'breakGlassOnProject', on: 'a STRICTLY_CONFIDENTIAL project naming only its coordinator',
    make: markedProject('STRICTLY_CONFIDENTIAL'),
    run: withInput(`mutation($input: BreakGlassOnProjectInput!) { breakGlassOnProject(input: $input) { id } }`, (_w, on) => ({ projectId: on.project, reason: 'Inquiry' })),
    // Platform admins only; anyone else is refused before the project is looked up.
    expect: ['ok', F, F, F, F, F, F, F, U] },
  { operation: 'createPost', on: 'a thread in the private workspace of the Philippines and UNODC',
    make: threadAndPost, run: withInput(CREATE_POST, (_w, on) => ({ threadId: on.thread, body: 'Reply' })),
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', F, NF, U] },
  { operation: 'createPost', on: 'a thread in the private workspace of the Philippines and UNODC, quoting a post of it',
    make: threadAndPost, run: withInput(CREATE_POST, (_w, on) => ({ threadId: on.thread, body: 'Reply', quotedPostId: on.post })),
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', F, NF, U] },
  { operation: 'createPost', on: 'a thread in the private workspace of the Philippines and UNODC, quoting a post of another thread',
    make: threadAndPost, run: withInput(CREATE_POST, (w, on) => ({ threadId: on.thread, body: 'Reply', quotedPostId: w.phPost })),
    // Who may write there is told the post is not one of the thread's; the others are refused first.
    expect: [NF, 'BAD_USER_INPUT', 'BAD_USER_INPUT', NF, NF, 'BAD_USER_INPUT', F, NF, U] },
  { operation: 'createPost', on: 'a locked thread in the private workspace of the Philippines and UNODC',
    run: withInput(CREATE_POST, (w) => ({ threadId: w.lockedThread, body: 'Reply' })),
    expect: [NF, 'CONFLICT', 'CONFLICT', NF, NF, 'CONFLICT', F, NF, U] },
  { operation: 'createPost', on: 'the discussion of a request of the Philippines that UNODC and INTERPOL offered on',
    run: withInput(CREATE_POST, (w) => ({ threadId: w.phDiscussion, body: 'Reply' })),
    expect: ['ok', 'ok', 'ok', 'ok', NF, 'ok', F, NF, U] },
  { operation: 'createOrganizationUnit', on: 'UNODC (whose member is its organization admin)',
    run: withInput(CREATE_UNIT, (w) => ({ organizationId: w.org.UNODC, names: { en: 'New Section' } })),
    expect: ['ok', F, 'ok', F, F, F, F, F, U] },
  { operation: 'createOrganizationUnit', on: 'the Philippines (whose focal point is its organization admin)',
    run: withInput(CREATE_UNIT, (w) => ({ organizationId: w.org['STATE:PH'], names: { en: 'Ministry Unit' } })),
    expect: ['ok', F, F, F, F, 'ok', F, F, U] },
  { operation: 'createProject', on: 'a new project for the Philippines',
    run: withInput(CREATE_PROJECT, (w) => ({ title: 'Matrix project', leadEntityId: w.org.UNODC, beneficiaryCountryCodes: ['PH'], startDate: '2026-01-01' })),
    expect: ['ok', 'ok', F, F, F, F, F, F, U] },
  { operation: 'createThread', on: 'the private workspace of the Philippines and UNODC',
    run: withInput(CREATE_THREAD, (w) => ({ workspaceId: w.phWorkspace, title: 'New topic', body: 'Opening' })),
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', F, NF, U] },
  { operation: 'createThread', on: 'an open workspace of UNODC and the Philippines',
    run: withInput(CREATE_THREAD, (w) => ({ workspaceId: w.openWorkspace, title: 'New topic', body: 'Opening' })),
    expect: [F, 'ok', 'ok', F, F, 'ok', F, F, U] },
  { operation: 'createThread', on: 'the workspace of a project led by UNODC with INTERPOL, for the Philippines',
    run: withInput(CREATE_THREAD, (w) => ({ workspaceId: w.phProjectWorkspace, title: 'New topic', body: 'Opening' })),
    expect: ['ok', 'ok', 'ok', 'ok', NF, NF, NF, NF, U] },
  { operation: 'createWorkspace', on: 'a new ad hoc workspace',
    run: withInput(CREATE_WORKSPACE, () => ({ name: 'Matrix workspace', visibility: 'PRIVATE' })),
    expect: ['ok', 'ok', F, F, F, F, F, F, U] },
  { operation: 'deleteActivity', on: 'an activity held in the Philippines, organized by UNODC',
    make: phActivity, run: byId(`mutation($id: ID!) { deleteActivity(id: $id) }`, (_w, on) => on.activity),
    expect: ['ok', 'ok', 'ok', F, F, F, F, NF, U] },
  { operation: 'deletePost', on: 'a post of the Philippines’ focal point in its private workspace with UNODC',
    make: threadAndPost, run: byId(`mutation($id: ID!) { deletePost(id: $id) { id } }`, (_w, on) => on.post),
    expect: [NF, 'ok', F, NF, NF, 'ok', F, NF, U] },
  { operation: 'deletePost', on: 'a post of the Philippines’ focal point in the discussion of its request',
    make: async ({ api, tokens, world }) => ({ post: await makePost(api, tokens.stateFocalPoint, world.phDiscussion) }),
    run: byId(`mutation($id: ID!) { deletePost(id: $id) { id } }`, (_w, on) => on.post),
    expect: ['ok', 'ok', F, F, NF, 'ok', F, NF, U] },
  { operation: 'deleteProjectMilestone', on: 'a milestone of a project for the Philippines led by UNODC',
    make: async ({ api, tokens, world }) => ({ milestone: await makeMilestone(api, tokens.coordinator, world.phProject) }),
    run: byId(`mutation($id: ID!) { deleteProjectMilestone(id: $id) }`, (_w, on) => on.milestone),
    expect: ['ok', 'ok', 'ok', F, F, F, F, NF, U] },
  { operation: 'enrollTotp', on: 'one’s own authenticator (a secret until confirmed)',
    run: ({ api, token }) => api.gql(`mutation { enrollTotp { secret } }`, {}, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'followThread', on: 'a thread in the private workspace of the Philippines and UNODC',
    run: withInput(flag('followThread'), (w) => ({ threadId: w.phThread, value: true })),
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', 'ok', NF, U] },
  { operation: 'inviteUser', on: 'the Philippines, as an observer',
    run: withInput(INVITE, (w, _on, who) => ({ email: invitee(who), organizationId: w.org['STATE:PH'], role: 'OBSERVER' })),
    expect: ['ok', 'ok', F, F, F, 'ok', F, F, U] },
  { operation: 'inviteUser', on: 'UNODC, as an entity member',
    run: withInput(INVITE, (w, _on, who) => ({ email: invitee(who), organizationId: w.org.UNODC, role: 'ENTITY_MEMBER' })),
    expect: ['ok', 'ok', 'ok', F, F, F, F, F, U] },
  { operation: 'inviteUser', on: 'UNOCT, as a coordinator',
    run: withInput(INVITE, (w, _on, who) => ({ email: invitee(who), organizationId: w.org.UNOCT, role: 'COORDINATOR' })),
    expect: ['ok', F, F, F, F, F, F, F, U] },
  { operation: 'inviteUser', on: 'the Philippines, for the address of an existing account',
    run: withInput(INVITE, (w) => ({ email: EMAIL.stateObserver, organizationId: w.org['STATE:PH'], role: 'OBSERVER' })),
    // Answered like any other address: whether an account exists is not disclosed.
    expect: ['ok', 'ok', F, F, F, 'ok', F, F, U] },
  { operation: 'resendInvitation', on: 'a pending invitation to the Philippines',
    make: pendingInvitationOfThePhilippines,
    run: ({ api, token, on }) => api.gql(`mutation($id: ID!) { resendInvitation(id: $id) { acceptUrl } }`, { id: on.invitation }, token),
    expect: ['ok', 'ok', NF, NF, NF, 'ok', NF, NF, U] },
  { operation: 'revokeInvitation', on: 'a pending invitation to the Philippines',
    make: pendingInvitationOfThePhilippines,
    run: ({ api, token, on }) => api.gql(`mutation($id: ID!) { revokeInvitation(id: $id) }`, { id: on.invitation }, token),
    expect: ['ok', 'ok', NF, NF, NF, 'ok', NF, NF, U] },
  { operation: 'markNotificationsRead', on: 'all of one’s own',
    run: withInput(`mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`, () => ({ all: true })),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'markNotificationsRead', on: 'an unread notification of the Philippines’ focal point',
    make: async ({ api, tokens, world }) => {
      await makePost(api, tokens.coordinator, world.phThread, [], `Please look, @${DEMO.philippines}`);
      const [{ id }] = await api.sql(`SELECT id FROM notifications WHERE user_id = $1 ORDER BY seq DESC LIMIT 1`, [world.users[DEMO.philippines]]);
      return { notification: id };
    },
    run: markRead,
    expect: [NF, NF, NF, NF, NF, 'ok', NF, NF, U] },
  { operation: 'markThreadRead', on: 'a thread in the private workspace of the Philippines and UNODC',
    run: ({ api, token, world }) => api.gql(`mutation($id: ID!) { markThreadRead(threadId: $id) { id } }`, { id: world.phThread }, token),
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', 'ok', NF, U] },
  { operation: 'createWorkPlan', on: 'a half year of the BMLE working group',
    make: freshPeriod, run: withInput(CREATE_WORK_PLAN, (w, on) => ({ workingGroupId: w.workingGroup, year: Number(on.year), half: 2, title: 'Plan' })),
    expect: ['ok', 'ok', F, 'ok', F, F, F, F, U] },
  { operation: 'addWorkPlanItem', on: 'a plan of the BMLE working group (an item of UNODC)',
    make: bmleItem, run: withInput(ADD_WORK_PLAN_ITEM, (w, on) => ({ workPlanId: on.plan, title: 'Item', pillar: 'I', ownerOrganizationId: w.org.UNODC, dueDate: on.dueDate })),
    expect: ['ok', 'ok', F, 'ok', F, NF, NF, NF, U] },
  { operation: 'updateWorkPlanItem', on: 'an item of UNODC led by UNODC’s member, in a plan of the BMLE working group',
    make: bmleItem, run: withInput(UPDATE_WORK_PLAN_ITEM, (_w, on) => ({ id: on.item, status: 'ON_TRACK', progressNote: 'Under way.' })),
    expect: ['ok', 'ok', 'ok', 'ok', F, NF, NF, NF, U] },
  { operation: 'createGovernanceBody', on: 'a new body (public reference data)',
    run: withInput(CREATE_GOVERNANCE_BODY, () => ({ names: { en: `Board ${randomUUID().slice(0, 8)}` } })),
    expect: ['ok', F, F, F, F, F, F, F, U] },
  { operation: 'setGovernanceBodyMember', on: 'a body of the Philippines, UNODC and INTERPOL (seating the Maldives)',
    make: (env) => makeGovernanceBody(env),
    run: withInput(SET_GOVERNANCE_BODY_MEMBER, (w, on) => ({ bodyId: on.body, organizationId: w.org['STATE:MV'], role: 'MEMBER' })),
    expect: ['ok', F, F, F, F, F, F, F, U] },
  { operation: 'removeGovernanceBodyMember', on: 'a body of the Philippines, UNODC and INTERPOL (taking UNODC off)',
    make: (env) => makeGovernanceBody(env),
    run: withInput(REMOVE_BODY_MEMBER, (w, on) => ({ bodyId: on.body, organizationId: w.org.UNODC })),
    expect: ['ok', F, F, F, F, F, F, F, U] },
  { operation: 'scheduleMeeting', on: 'a body the Philippines chairs, with UNODC as member and INTERPOL as guest',
    make: (env) => makeGovernanceBody(env),
    run: withInput(SCHEDULE_MEETING, (_w, on) => meetingInput(on.body)),
    expect: ['ok', NF, F, F, NF, 'ok', F, NF, U] },
  { operation: 'updateMeeting', on: 'a meeting of a body the Philippines chairs (moving it)',
    make: (env) => makeGovernanceBody(env, true),
    run: withInput(UPDATE_MEETING, (_w, on) => ({ id: on.meeting, place: 'Cebu' })),
    expect: ['ok', NF, F, F, NF, 'ok', F, NF, U] },
  { operation: 'recordMeetingOutcome', on: 'a meeting held yesterday by a body the Philippines chairs',
    make: heldMeeting,
    run: withInput(RECORD_OUTCOME, (w, on) => ({ meetingId: on.meeting, outcome: 'Agreed.', attendeeOrganizationIds: [w.org['STATE:PH']] })),
    expect: ['ok', NF, F, F, NF, 'ok', F, NF, U] },
  { operation: 'proposeDecision', on: 'the private workspace of the Philippines and UNODC',
    run: withInput(PROPOSE_DECISION, (w) => decisionInput(w)),
    expect: [NF, 'ok', F, NF, NF, F, F, NF, U] },
  { operation: 'proposeDecision', on: 'an open workspace of UNODC and the Philippines',
    run: withInput(PROPOSE_DECISION, (w) => decisionInput(w, w.openWorkspace)),
    expect: ['ok', 'ok', F, F, F, F, F, F, U] },
  { operation: 'recordActivity', on: 'a workshop in the Philippines organized by UNODC',
    run: withInput(RECORD_ACTIVITY, (w) => ({ title: 'Workshop', type: 'WORKSHOP', startDate: '2026-02-10', countryCode: 'PH', organizerIds: [w.org.UNODC] })),
    expect: ['ok', 'ok', 'ok', F, F, F, F, F, U] },
  { operation: 'recordAgreement', on: 'an MOU of UNODC and the Philippines',
    run: withInput(RECORD_AGREEMENT, (w) => ({ type: 'MOU', subject: 'Cooperation', dateSigned: '2026-03-01', partyIds: [w.org.UNODC, w.org['STATE:PH']] })),
    expect: ['ok', 'ok', F, F, F, F, F, F, U] },
  { operation: 'recordContribution', on: 'a pledge of the Philippines',
    run: withInput(RECORD_CONTRIBUTION, (w) => ({ donorId: w.org['STATE:PH'], kind: 'PLEDGE', amountUsd: 1000, date: '2026-02-01' })),
    expect: ['ok', 'ok', F, F, F, F, F, F, U] },
  { operation: 'refreshSession', on: 'one’s own refresh token (public; none when signed out)', run: refresh,
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'revokeOtherSessions', on: 'one’s own sessions but the current one',
    run: ({ api, token }) => api.gql(`mutation { revokeOtherSessions }`, {}, token),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'revokeSession', on: 'another session of one’s own',
    run: async ({ api, token, newSession }) => {
      const other = await newSession();
      const sessions = await api.gql(`{ mySessions { id current } }`, {}, other);
      const id = sessions.data?.mySessions.find((session: { current: boolean }) => session.current).id ?? randomUUID();
      return api.gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id }, token);
    },
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'revokeSession', on: 'a session of the coordinator’s',
    make: async ({ api }) => {
      const token = await api.signIn(DEMO.coordinator);
      const sessions = await api.gql(`{ mySessions { id current } }`, {}, token);
      return { session: sessions.data!.mySessions.find((session: { current: boolean }) => session.current).id };
    },
    run: byId(`mutation($id: ID!) { revokeSession(id: $id) }`, (_w, on) => on.session),
    expect: [NF, 'ok', NF, NF, NF, NF, NF, NF, U] },
  { operation: 'removeWorkingGroupMembership', on: 'the IPU in Border Management and Law Enforcement',
    make: async ({ api, tokens, world }) => {
      const input = { workingGroupId: world.workingGroup, organizationId: world.org.IPU, role: 'MEMBER' };
      await api.gql(SET_MEMBERSHIP, { input }, tokens.admin);
      return {};
    },
    run: withInput(REMOVE_MEMBERSHIP, (w) => ({ workingGroupId: w.workingGroup, organizationId: w.org.IPU })),
    expect: ['ok', F, F, F, F, F, F, F, U] },
  { operation: 'removeWorkspaceMember', on: 'a member of a private workspace of the Philippines and UNODC',
    make: async ({ api, tokens, world }) => {
      const workspace = await makeWorkspace(api, tokens, 'PRIVATE', [world.org['STATE:PH'], world.org.UNODC]);
      const person = await makeAccount(api, world.org.UNODC, 'ENTITY_MEMBER');
      await addMember(api, tokens.coordinator, workspace, person);
      return { workspace, person };
    },
    run: withInput(REMOVE_MEMBER, (_w, on) => ({ workspaceId: on.workspace, userId: on.person })),
    expect: ['ok', 'ok', F, NF, NF, F, F, NF, U] },
  { operation: 'removeWorkspaceMember', on: 'the only owner of the private workspace of the Philippines and UNODC',
    run: withInput(REMOVE_MEMBER, (w) => ({ workspaceId: w.phWorkspace, userId: w.users[DEMO.coordinator] })),
    expect: ['CONFLICT', 'CONFLICT', F, NF, NF, F, F, NF, U] },
  { operation: 'setProjectMilestone', on: 'a project for the Philippines led by UNODC',
    run: withInput(`mutation($input: SetProjectMilestoneInput!) { setProjectMilestone(input: $input) { id } }`,
      (w) => ({ projectId: w.phProject, title: 'Evaluation', dueDate: '2026-11-30' })),
    expect: ['ok', 'ok', 'ok', F, F, F, F, NF, U] },
  { operation: 'setWorkingGroupMembership', on: 'UNODC in Border Management and Law Enforcement (as chair)',
    run: withInput(SET_MEMBERSHIP, (w) => ({ workingGroupId: w.workingGroup, organizationId: w.org.UNODC, role: 'CHAIR' })),
    expect: ['ok', F, F, F, F, F, F, F, U] },
  { operation: 'renameThread', on: 'a thread of the Philippines’ focal point in its private workspace with UNODC',
    make: async ({ api, tokens, world }) => ({ thread: await makeThread(api, tokens.stateFocalPoint, world.phWorkspace) }),
    run: withInput(RENAME_THREAD, (_w, on) => ({ threadId: on.thread, title: 'Renamed' })),
    // Its author and the workspace's moderators; the others do not read it.
    expect: [NF, 'ok', F, NF, NF, 'ok', F, NF, U] },
  { operation: 'renameThread', on: 'the discussion of a request of the Philippines that UNODC and INTERPOL offered on',
    run: withInput(RENAME_THREAD, (w) => ({ threadId: w.phDiscussion, title: 'Renamed' })),
    // Named after the request: nobody renames it.
    expect: [F, F, F, F, NF, F, F, NF, U] },
  { operation: 'setThreadLocked', on: 'a thread in the private workspace of the Philippines and UNODC',
    make: threadAndPost, run: withInput(flag('setThreadLocked'), (_w, on) => ({ threadId: on.thread, value: true })),
    expect: [NF, 'ok', F, NF, NF, F, F, NF, U] },
  { operation: 'setThreadParticipants', on: 'a STRICTLY_CONFIDENTIAL thread of the coordinator naming UNODC’s member',
    make: markedThread('STRICTLY_CONFIDENTIAL', ({ world }) => [world.users[EMAIL.entityMember]]),
    run: withInput(
      `mutation($input: SetThreadParticipantsInput!) { setThreadParticipants(input: $input) { id } }`,
      (w, on) => ({ threadId: on.thread, userIds: [w.users[EMAIL.entityMember], w.users[EMAIL.stateFocalPoint]] }),
    ),
    // The author and moderators name people; a named member does not; the others do not read it.
    expect: [NF, 'ok', F, NF, NF, NF, NF, NF, U] },
  { operation: 'setThreadPinned', on: 'a thread in the private workspace of the Philippines and UNODC',
    run: withInput(flag('setThreadPinned'), (w) => ({ threadId: w.phThread, value: true })),
    expect: [NF, 'ok', F, NF, NF, F, F, NF, U] },
  { operation: 'setThreadPinned', on: 'the discussion of a request of the Philippines that UNODC and INTERPOL offered on',
    run: withInput(flag('setThreadPinned'), (w) => ({ threadId: w.phDiscussion, value: true })),
    expect: ['ok', 'ok', F, F, NF, F, F, NF, U] },
  { operation: 'setUserDisabled', on: 'an observer of the Philippines',
    make: async ({ api, world }) => ({ person: await makeAccount(api, world.org['STATE:PH'], 'OBSERVER') }),
    run: withInput(`mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id } }`, (_w, on) => ({ userId: on.person, disabled: true })),
    expect: ['ok', F, F, F, F, 'ok', F, NF, U] },
  { operation: 'setUserDisabled', on: 'a member of UNODC',
    make: async ({ api, world }) => ({ person: await makeAccount(api, world.org.UNODC, 'ENTITY_MEMBER') }),
    run: withInput(`mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id } }`, (_w, on) => ({ userId: on.person, disabled: true })),
    expect: ['ok', F, 'ok', F, F, F, F, F, U] },
  { operation: 'setUserRole', on: 'an observer of the Philippines',
    make: async ({ api, world }) => ({ person: await makeAccount(api, world.org['STATE:PH'], 'OBSERVER') }),
    run: withInput(`mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { id } }`,
      (_w, on) => ({ userId: on.person, role: 'FOCAL_POINT', isOrganizationAdmin: false })),
    expect: ['ok', F, F, F, F, F, F, NF, U] },
  { operation: 'setUserUnit', on: 'a member of UNODC, into a unit of UNODC',
    make: async (env) => ({ person: await makeAccount(env.api, env.world.org.UNODC, 'ENTITY_MEMBER'), ...(await unodcUnit(env)) }),
    run: withInput(`mutation($input: SetUserUnitInput!) { setUserUnit(input: $input) { id } }`, (_w, on) => ({ userId: on.person, unitId: on.unit })),
    expect: ['ok', F, 'ok', F, F, F, F, F, U] },
  { operation: 'signIn', on: 'one’s own password (public; UNDP’s observer’s when signed out)',
    run: ({ api, who }) => {
      const person: Person = who === 'signedOut' ? 'entityObserver' : who;
      return api.gql(SIGN_IN, { email: EMAIL[person], password: passwordOf(person) });
    },
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  { operation: 'signOut', on: 'a session of one’s own (public)',
    run: async ({ api, newSession }) => api.gql(`mutation { signOut }`, {}, await newSession()),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  { operation: 'toggleReaction', on: 'a post in the private workspace of the Philippines and UNODC',
    run: withInput(REACT, (w) => ({ postId: w.phPost, emoji: '👍' })),
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', F, NF, U] },
  { operation: 'toggleReaction', on: 'a post in an open workspace of UNODC and the Philippines',
    run: withInput(REACT, (w) => ({ postId: w.openPost, emoji: '👍' })),
    expect: [F, 'ok', 'ok', F, F, 'ok', F, F, U] },
  { operation: 'updateActivity', on: 'an activity held in the Philippines, organized by UNODC',
    make: phActivity,
    run: withInput(UPDATE_ACTIVITY, (w, on) => ({ id: on.activity, title: 'Renamed', type: 'TRAINING', startDate: '2026-02-11', countryCode: 'PH', organizerIds: [w.org.UNODC] })),
    expect: ['ok', 'ok', 'ok', F, F, F, F, NF, U] },
  { operation: 'updateOrganization', on: 'the Maldives (its confirmed flag)',
    run: withInput(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, (w) => ({ id: w.org['STATE:MV'], confirmed: true })),
    expect: ['ok', F, F, F, F, F, F, F, U] },
  { operation: 'updateOrganizationUnit', on: 'a unit of UNODC',
    make: unodcUnit, run: withInput(UPDATE_UNIT, (_w, on) => ({ id: on.unit, acronym: 'MU2' })),
    expect: ['ok', F, 'ok', F, F, F, F, F, U] },
  { operation: 'updateAgreement', on: 'an MOU of UNODC and the Philippines',
    run: withInput(`mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { id } }`,
      (w) => ({ id: w.phAgreement, type: 'MOU', subject: 'Border security cooperation', dateSigned: '2026-03-01', partyIds: [w.org.UNODC, w.org['STATE:PH']], projectId: w.mvProject })),
    expect: ['ok', 'ok', F, F, F, F, F, NF, U] },
  { operation: 'updateContribution', on: 'a receipt from the Philippines',
    run: withInput(`mutation($input: UpdateContributionInput!) { updateContribution(input: $input) { id } }`,
      (w) => ({ id: w.phContribution, donorId: w.org['STATE:PH'], kind: 'RECEIPT', amountUsd: 250000, date: '2026-02-01', projectId: w.regionProject })),
    expect: ['ok', 'ok', F, F, F, F, F, NF, U] },
  { operation: 'updateNotificationPreferences', on: 'one’s own account',
    run: withInput(`mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { id } }`, () => ({ emailFrequency: 'WEEKLY' })),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'updateMyProfile', on: 'one’s own account',
    run: withInput(`mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`, () => ({ preferredLanguage: 'en' })),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'updatePost', on: 'a post of the Philippines’ focal point in its private workspace with UNODC',
    make: threadAndPost, run: withInput(UPDATE_POST, (_w, on) => ({ id: on.post, body: 'Edited' })),
    expect: [NF, F, F, NF, NF, 'ok', F, NF, U] },
  { operation: 'updateProject', on: 'a project for the Philippines led by UNODC',
    run: withInput(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, (w) => ({ id: w.phProject, summary: 'Updated' })),
    expect: ['ok', 'ok', 'ok', F, F, F, F, NF, U] },
  { operation: 'watchWorkspace', on: 'the private workspace of the Philippines and UNODC',
    run: withInput(WATCH, (w) => ({ workspaceId: w.phWorkspace, level: 'ALL' })),
    expect: [NF, 'ok', 'ok', NF, NF, 'ok', 'ok', NF, U] },
  { operation: 'watchWorkspace', on: 'an open workspace of UNODC and the Philippines',
    run: withInput(WATCH, (w) => ({ workspaceId: w.openWorkspace, level: 'MUTED' })),
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U] },
  { operation: 'verifyAuditChain', on: 'the audit trail',
    run: ({ api, token }) => api.gql(`mutation { verifyAuditChain { ok checked } }`, {}, token),
    expect: ['ok', F, F, F, F, F, F, F, U] },
  { operation: 'withdrawDecision', on: 'a decision of the coordinator in the private workspace of the Philippines and UNODC',
    make: phDecision, run: byId(WITHDRAW_DECISION, (_w, on) => on.decision),
    expect: [NF, 'ok', F, NF, NF, F, F, NF, U] },
  { operation: 'withdrawDecision', on: 'a decision of the coordinator in an open workspace of UNODC and the Philippines',
    make: openDecision, run: byId(WITHDRAW_DECISION, (_w, on) => on.decision),
    expect: ['ok', 'ok', F, F, F, F, F, F, U] },
];
