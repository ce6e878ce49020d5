import type { WorkspaceKind } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';
import type { WorkspaceAccess } from './workspaces.js';

/** Threads and posts are as readable as their workspace; these are the rules on top of its access. */

/** Authors edit their own posts while they may post in the workspace. */
export function mayEditPost(actor: Actor, post: { authorId: string }, access: WorkspaceAccess): boolean {
  return post.authorId === actor.userId && access.post;
}

/** Authors delete their own posts while they may post; moderators delete anyone's. */
export function mayDeletePost(actor: Actor, post: { authorId: string }, access: WorkspaceAccess): boolean {
  return post.authorId === actor.userId ? access.post : access.moderate;
}

/** Files added to a workspace directly go as posts do: by their uploader while they may post, or a moderator. */
export function mayRemoveWorkspaceFile(actor: Actor, file: { uploaderId: string }, access: WorkspaceAccess): boolean {
  return mayDeletePost(actor, { authorId: file.uploaderId }, access);
}

/**
 * Authors rename their threads while they may post; moderators rename any. A request's discussion is named
 * after the request, so it keeps that name.
 */
export function mayRenameThread(
  actor: Actor,
  thread: { authorId: string },
  access: WorkspaceAccess,
  workspace: { kind: WorkspaceKind },
): boolean {
  if (workspace.kind === 'ASSISTANCE_REQUEST') return false;
  return thread.authorId === actor.userId ? access.post : access.moderate;
}
