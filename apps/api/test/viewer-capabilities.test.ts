import { PLATFORM_ROLES } from '@ctcp/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, errorCode, signInDemoUsers, startTestApp, type TestApp, userIds } from './harness.js';

/**
 * What the web may offer each person: `viewerCan` on the query root and the `viewerCan...` fields of
 * people and workspaces. Rows are written from the rules; a second pass checks each capability
 * against the api's answer to the operation it stands for, so the web never offers what is refused.
 */

const VIEWER_CAN = `query {
  viewerCan {
    createWorkspace requestAssistance triageAssistanceRequests offerAssistance createProject
    recordActivities recordFunding readReports manageInvitations inviteToAnyOrganization invitableRoles
    editGovernanceBodies readAuditTrail verifyAuditChain planForAnyUnit planForOwnUnits
  }
}`;
const PERSON = `query Person($id: ID!) { user(id: $id) { viewerCanChangeRole viewerCanDisable } }`;
const CREATE_WORKSPACE = `mutation Create($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`;
const WORKSPACE = `query Workspace($id: ID!) { workspace(id: $id) { viewerCanModerate viewerGrantableRoles } }`;
const ADD_MEMBER = `mutation Add($input: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $input) { role } }`;
const INVITE = `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { invitation { id } } }`;

type Person = keyof typeof DEMO;
const ALL = [...PLATFORM_ROLES];
const NONE = {
  createWorkspace: false,
  requestAssistance: false,
  triageAssistanceRequests: false,
  offerAssistance: false,
  createProject: false,
  recordActivities: false,
  recordFunding: false,
  readReports: false,
  manageInvitations: false,
  inviteToAnyOrganization: false,
  invitableRoles: [] as string[],
  editGovernanceBodies: false,
  readAuditTrail: false,
  verifyAuditChain: false,
  planForAnyUnit: false,
  planForOwnUnits: false,
};
const STAFF = {
  ...NONE,
  createWorkspace: true,
  triageAssistanceRequests: true,
  createProject: true,
  recordActivities: true,
  recordFunding: true,
  readReports: true,
  manageInvitations: true,
  inviteToAnyOrganization: true,
  planForAnyUnit: true,
  planForOwnUnits: true,
};

const EXPECTED: Record<Person, typeof NONE> = {
  admin: { ...STAFF, invitableRoles: ALL, editGovernanceBodies: true, readAuditTrail: true, verifyAuditChain: true },
  // Only admins make admins and coordinators.
  coordinator: { ...STAFF, invitableRoles: ['ENTITY_MEMBER', 'FOCAL_POINT', 'OBSERVER'] },
  // UNODC's member is the organization's admin: they invite to UNODC, with its kind's roles.
  unodc: {
    ...NONE,
    offerAssistance: true,
    recordActivities: true,
    readReports: true,
    manageInvitations: true,
    invitableRoles: ['ENTITY_MEMBER', 'OBSERVER'],
    readAuditTrail: true,
    planForOwnUnits: true,
  },
  interpol: { ...NONE, offerAssistance: true, recordActivities: true, readReports: true },
  // The Philippines' focal point is its organization's admin; a State never reads the Compact's figures.
  philippines: {
    ...NONE,
    requestAssistance: true,
    manageInvitations: true,
    invitableRoles: ['FOCAL_POINT', 'OBSERVER'],
    readAuditTrail: true,
    planForOwnUnits: true,
  },
  maldives: { ...NONE, requestAssistance: true },
  observer: { ...NONE, readReports: true },
};

let api: TestApp;
let tokens: Record<Person, string>;
let users: Record<string, string>;
let organizations: Record<string, string>;

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  users = await userIds(api);
  organizations = Object.fromEntries(
    (await api.sql(`SELECT o.id, u.email FROM users u JOIN organizations o ON o.id = u.organization_id`)).map((row) => [
      row.email,
      row.id,
    ]),
  );
});
afterAll(() => api.close());

const PEOPLE = Object.keys(DEMO) as Person[];

describe('viewerCan', () => {
  it('is UNAUTHENTICATED when signed out', async () => {
    expect(errorCode(await api.gql(VIEWER_CAN))).toBe('UNAUTHENTICATED');
  });

  it.each(PEOPLE)('tells %s what the rules let them do', async (person) => {
    const response = await api.gql<{ viewerCan: typeof NONE }>(VIEWER_CAN, {}, tokens[person]);
    expect(response.errors).toBeUndefined();
    expect(response.data!.viewerCan).toEqual(EXPECTED[person]);
  });

  it.each(PEOPLE)('offers %s the audit trail exactly when the api lets them read it', async (person) => {
    const response = await api.gql(`{ auditEvents(first: 1) { totalCount } }`, {}, tokens[person]);
    if (EXPECTED[person].readAuditTrail) expect(response.errors).toBeUndefined();
    else expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it.each(PEOPLE)('offers %s to add a governance body exactly when the api allows it', async (person) => {
    const input = { names: { en: `Body added by ${person}` } };
    const response = await api.gql(
      `mutation($input: CreateGovernanceBodyInput!) { createGovernanceBody(input: $input) { id } }`,
      { input },
      tokens[person],
    );
    if (EXPECTED[person].editGovernanceBodies) expect(response.errors).toBeUndefined();
    else expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it.each(PEOPLE)('offers %s to open a workspace exactly when the api allows it', async (person) => {
    const input = { name: `Opened by ${person}`, visibility: 'PRIVATE', memberOrganizationIds: [] };
    const response = await api.gql(CREATE_WORKSPACE, { input }, tokens[person]);
    if (EXPECTED[person].createWorkspace) expect(response.errors).toBeUndefined();
    else expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it.each(PEOPLE)('offers %s exactly the roles the api lets them invite with', async (person) => {
    for (const role of PLATFORM_ROLES) {
      const input = {
        email: `invited.${person}.${role.toLowerCase()}@example.org`,
        organizationId: organizations[DEMO[person]],
        role,
        isOrganizationAdmin: false,
      };
      const response = await api.gql(INVITE, { input }, tokens[person]);
      if (EXPECTED[person].invitableRoles.includes(role)) expect(response.errors, role).toBeUndefined();
      else expect(errorCode(response), role).toBe('FORBIDDEN');
    }
  });
});

describe('User.viewerCanChangeRole and viewerCanDisable', () => {
  const can = async (viewer: Person, email: string) =>
    (await api.gql<{ user: object }>(PERSON, { id: users[email] }, tokens[viewer])).data?.user;

  it('let a platform admin change and disable others, never themselves', async () => {
    expect(await can('admin', DEMO.coordinator)).toEqual({ viewerCanChangeRole: true, viewerCanDisable: true });
    expect(await can('admin', DEMO.admin)).toEqual({ viewerCanChangeRole: false, viewerCanDisable: false });
  });

  it('let an organization admin disable the non-staff people of their organization only', async () => {
    const invited = await api.gql<{ inviteUser: { acceptUrl: string } }>(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }`,
      { input: { email: 'observer@ph.example', organizationId: organizations[DEMO.philippines], role: 'OBSERVER' } },
      tokens.philippines,
    );
    const token = new URL(invited.data!.inviteUser.acceptUrl).searchParams.get('token');
    const accepted = await api.gql(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
      { input: { token, name: 'PH Observer', password: 'observer-password-2026' } },
    );
    expect(accepted.errors).toBeUndefined();
    Object.assign(users, await userIds(api));
    expect(await can('philippines', 'observer@ph.example')).toEqual({
      viewerCanChangeRole: false,
      viewerCanDisable: true,
    });
    expect(await can('unodc', DEMO.observer)).toEqual({ viewerCanChangeRole: false, viewerCanDisable: false });
  });

  it('give coordinators and plain members nothing', async () => {
    expect(await can('coordinator', DEMO.unodc)).toEqual({ viewerCanChangeRole: false, viewerCanDisable: false });
    expect(await can('maldives', DEMO.coordinator)).toEqual({ viewerCanChangeRole: false, viewerCanDisable: false });
  });
});

describe('Workspace.viewerCanModerate and viewerGrantableRoles', () => {
  let workspaceId: string;
  beforeAll(async () => {
    const input = { name: 'Border management follow-up', visibility: 'PRIVATE', memberOrganizationIds: [] };
    const created = await api.gql<{ createWorkspace: { id: string } }>(CREATE_WORKSPACE, { input }, tokens.coordinator);
    workspaceId = created.data!.createWorkspace.id;
    for (const [email, role] of [
      [DEMO.unodc, 'MODERATOR'],
      [DEMO.interpol, 'MEMBER'],
    ]) {
      const added = await api.gql(
        ADD_MEMBER,
        { input: { workspaceId, userId: users[email], role } },
        tokens.coordinator,
      );
      expect(added.errors).toBeUndefined();
    }
  });

  const access = async (viewer: Person) => {
    const response = await api.gql<{ workspace: object }>(WORKSPACE, { id: workspaceId }, tokens[viewer]);
    return response.data?.workspace ?? errorCode(response);
  };

  it('let the owner moderate and give every role', async () => {
    expect(await access('coordinator')).toEqual({
      viewerCanModerate: true,
      viewerGrantableRoles: ['OWNER', 'MODERATOR', 'MEMBER', 'OBSERVER'],
    });
  });

  it('let a moderator moderate and add members and observers only', async () => {
    expect(await access('unodc')).toEqual({ viewerCanModerate: true, viewerGrantableRoles: ['MEMBER', 'OBSERVER'] });
    const owner = await api.gql(
      ADD_MEMBER,
      { input: { workspaceId, userId: users[DEMO.philippines], role: 'OWNER' } },
      tokens.unodc,
    );
    expect(errorCode(owner)).toBe('FORBIDDEN');
  });

  it('give a plain member neither, and hide the workspace from others', async () => {
    expect(await access('interpol')).toEqual({ viewerCanModerate: false, viewerGrantableRoles: [] });
    expect(await access('maldives')).toBe('NOT_FOUND');
  });
});
