import { type PlatformRole, WORKSPACE_ROLES, type WorkspaceRole } from '@ctcp/shared';

export function isWorkspaceRole(value: unknown): value is WorkspaceRole {
  return typeof value === 'string' && (WORKSPACE_ROLES as readonly string[]).includes(value);
}

/** Owners and moderators pin and lock threads and delete others' posts (the api decides; this only offers). */
export function mayModerate(role: WorkspaceRole | null | undefined): boolean {
  return role === 'OWNER' || role === 'MODERATOR';
}

/** Coordinators and admins open ad hoc workspaces. */
export function mayCreateWorkspace(actor: { role: PlatformRole }): boolean {
  return actor.role === 'ADMIN' || actor.role === 'COORDINATOR';
}

/** Only owners (and platform admins) make owners and moderators; moderators add members and observers. */
export function grantableRoles(actor: { role: PlatformRole }, viewerRole: WorkspaceRole | null): WorkspaceRole[] {
  if (actor.role === 'ADMIN' || viewerRole === 'OWNER') return [...WORKSPACE_ROLES];
  return ['MEMBER', 'OBSERVER'];
}

/** A working group's workspace is named as its group, in the UI language; others by their own name. */
export function workspaceName(workspace: { name: string; workingGroup?: { name: string } | null }): string {
  return workspace.workingGroup?.name ?? workspace.name;
}
