import { WORKSPACE_ROLES, type WorkspaceRole } from '@ctcp/shared';

/** How prominently a member's role is shown: owners and moderators stand out. */
export const WORKSPACE_ROLE_TONE: Record<WorkspaceRole, 'info' | 'neutral'> = {
  OWNER: 'info',
  MODERATOR: 'info',
  MEMBER: 'neutral',
  OBSERVER: 'neutral',
};

export function isWorkspaceRole(value: unknown): value is WorkspaceRole {
  return typeof value === 'string' && (WORKSPACE_ROLES as readonly string[]).includes(value);
}

/** A working group's workspace is named as its group, in the UI language; others by their own name. */
export function workspaceName(workspace: { name: string; workingGroup?: { name: string } | null }): string {
  return workspace.workingGroup?.name ?? workspace.name;
}
