import type { OrganizationKind, PlatformRole, WorkspaceRole, WorkspaceVisibility } from '@ctcp/shared';
import { describe, expect, it } from 'vitest';
import { actorOf } from './actors.fixtures.js';
import { mayInvite, mayManageInvitationsOf } from './invitations.js';
import { mayChangeRole, mayDisable, maySeePeopleOf } from './people.js';
import { mayGrantWorkspaceRole, workspaceAccess } from './workspaces.js';

const actor = (
  role: PlatformRole,
  organizationKind: OrganizationKind,
  organizationId: string,
  isOrganizationAdmin = false,
) => actorOf(role, organizationId, organizationKind, { isOrganizationAdmin });

const admin = actor('ADMIN', 'COMPACT_ENTITY', 'unoct');
const coordinator = actor('COORDINATOR', 'COMPACT_ENTITY', 'unoct');
const unodcAdmin = actor('ENTITY_MEMBER', 'COMPACT_ENTITY', 'unodc', true);
const unodcMember = actor('ENTITY_MEMBER', 'COMPACT_ENTITY', 'unodc');
const philippinesAdmin = actor('FOCAL_POINT', 'MEMBER_STATE', 'ph', true);
const philippinesFocal = actor('FOCAL_POINT', 'MEMBER_STATE', 'ph');

const philippines = { id: 'ph', kind: 'MEMBER_STATE' as const };
const maldives = { id: 'mv', kind: 'MEMBER_STATE' as const };
const holySee = { id: 'va', kind: 'OBSERVER_STATE' as const };
const unodc = { id: 'unodc', kind: 'COMPACT_ENTITY' as const };

describe('maySeePeopleOf (need-to-know between States)', () => {
  it.each([
    ['a focal point, own State', philippinesFocal, philippines, true],
    ['a focal point, another State', philippinesFocal, maldives, false],
    ['a focal point, an observer State', philippinesFocal, holySee, false],
    ['a focal point, a Compact entity', philippinesFocal, unodc, true],
    ['entity staff, any State', unodcMember, maldives, true],
    ['a coordinator, any State', coordinator, philippines, true],
  ])('%s -> %s', (_label, who, organization, expected) => {
    expect(maySeePeopleOf(who, organization)).toBe(expected);
  });
});

describe('mayInvite', () => {
  const to = (organizationId: string, organizationKind: OrganizationKind, role: PlatformRole) => ({
    organizationId,
    organizationKind,
    role,
    isOrganizationAdmin: false,
  });
  it.each([
    ['admin creates an admin', admin, to('unodc', 'COMPACT_ENTITY', 'ADMIN'), true],
    ['coordinator invites a focal point', coordinator, to('mv', 'MEMBER_STATE', 'FOCAL_POINT'), true],
    ['coordinator creates a coordinator', coordinator, to('unoct', 'COMPACT_ENTITY', 'COORDINATOR'), false],
    ['coordinator creates an admin', coordinator, to('unoct', 'COMPACT_ENTITY', 'ADMIN'), false],
    ['org admin, own entity member', unodcAdmin, to('unodc', 'COMPACT_ENTITY', 'ENTITY_MEMBER'), true],
    ['org admin, own entity focal point role', unodcAdmin, to('unodc', 'COMPACT_ENTITY', 'FOCAL_POINT'), false],
    ['org admin, other organization', unodcAdmin, to('interpol', 'COMPACT_ENTITY', 'ENTITY_MEMBER'), false],
    ['State org admin, own focal point', philippinesAdmin, to('ph', 'MEMBER_STATE', 'FOCAL_POINT'), true],
    ['State org admin, entity role at home', philippinesAdmin, to('ph', 'MEMBER_STATE', 'ENTITY_MEMBER'), false],
    ['plain member', unodcMember, to('unodc', 'COMPACT_ENTITY', 'ENTITY_MEMBER'), false],
  ])('%s -> %s', (_label, who, invitation, expected) => {
    expect(mayInvite(who, invitation)).toBe(expected);
  });
});

describe('mayChangeRole and mayDisable', () => {
  const person = (id: string, organizationId: string, role: PlatformRole) => ({
    id,
    organizationId,
    organizationKind: 'COMPACT_ENTITY' as const,
    role,
  });
  it('lets only admins change roles, never their own', () => {
    expect(mayChangeRole(admin, person('x', 'unodc', 'ENTITY_MEMBER'))).toBe(true);
    expect(mayChangeRole(admin, person(admin.userId, 'unoct', 'ADMIN'))).toBe(false);
    expect(mayChangeRole(coordinator, person('x', 'unodc', 'ENTITY_MEMBER'))).toBe(false);
    expect(mayChangeRole(unodcAdmin, person('x', 'unodc', 'ENTITY_MEMBER'))).toBe(false);
  });

  it.each([
    ['admin, anyone else', admin, person('x', 'unodc', 'COORDINATOR'), true],
    ['admin, themselves', admin, person(admin.userId, 'unoct', 'ADMIN'), false],
    ['org admin, own member', unodcAdmin, person('x', 'unodc', 'ENTITY_MEMBER'), true],
    ['org admin, own coordinator', unodcAdmin, person('x', 'unodc', 'COORDINATOR'), false],
    ['org admin, other organization', unodcAdmin, person('x', 'interpol', 'ENTITY_MEMBER'), false],
    ['coordinator, anyone', coordinator, person('x', 'unodc', 'ENTITY_MEMBER'), false],
  ])('mayDisable: %s -> %s', (_label, who, target, expected) => {
    expect(mayDisable(who, target)).toBe(expected);
  });

  it('lets staff and the organization admin manage invitations', () => {
    expect(mayManageInvitationsOf(coordinator, 'ph')).toBe(true);
    expect(mayManageInvitationsOf(philippinesAdmin, 'ph')).toBe(true);
    expect(mayManageInvitationsOf(philippinesAdmin, 'mv')).toBe(false);
    expect(mayManageInvitationsOf(philippinesFocal, 'ph')).toBe(false);
  });
});

describe('workspaceAccess', () => {
  const facts = (role: WorkspaceRole | null, visibility: WorkspaceVisibility = 'PRIVATE') => ({
    visibility,
    kind: 'AD_HOC' as const,
    role,
  });

  it('gives members and stronger roles their powers', () => {
    expect(workspaceAccess(facts('MEMBER'))).toMatchObject({ role: 'MEMBER', read: true, post: true, moderate: false });
    expect(workspaceAccess(facts('MODERATOR'))).toMatchObject({
      role: 'MODERATOR',
      moderate: true,
      manageMembers: true,
    });
  });

  it('lets anyone read an OPEN workspace but only members post; PRIVATE needs a membership to read', () => {
    expect(workspaceAccess(facts(null, 'OPEN'))).toMatchObject({ read: true, post: false });
    expect(workspaceAccess(facts(null))).toMatchObject({ read: false, post: false });
  });

  it('keeps platform observers read-only, and lets platform admins manage members without reading', () => {
    expect(workspaceAccess(facts('OWNER'), 'OBSERVER')).toMatchObject({
      role: 'OBSERVER',
      read: true,
      post: false,
      manageMembers: false,
    });
    expect(workspaceAccess(facts(null), 'ADMIN')).toMatchObject({ read: false, manageMembers: true });
  });

  it('lets nobody manage the parties of a request’s or a project’s workspace: they follow the record', () => {
    for (const kind of ['ASSISTANCE_REQUEST', 'PROJECT'] as const) {
      expect(workspaceAccess({ ...facts('MODERATOR'), kind }, 'ADMIN')).toMatchObject({
        moderate: true,
        manageMembers: false,
      });
    }
  });

  it('lets only owners (and admins) grant owner and moderator roles', () => {
    const moderator = workspaceAccess(facts('MODERATOR'));
    expect(mayGrantWorkspaceRole(unodcMember, moderator, 'MEMBER')).toBe(true);
    expect(mayGrantWorkspaceRole(unodcMember, moderator, 'OWNER')).toBe(false);
    expect(mayGrantWorkspaceRole(admin, workspaceAccess(facts(null), 'ADMIN'), 'OWNER')).toBe(true);
  });
});
