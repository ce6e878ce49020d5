import { Injectable } from '@nestjs/common';
import { READABLE_BY_PERSON_SQL } from '../policy/workspaces.js';
import type { RealtimeEvent } from '../realtime/realtime.service.js';
import { UsersService } from '../users/users.service.js';

/**
 * Who may read a workspace now: whom to notify of what happens in it, and whose open sockets belong in
 * its room. Called inside the caller's transaction, if any, whose view of the parties it reads.
 */
@Injectable()
export class WorkspaceReaders {
  constructor(private readonly users: UsersService) {}

  /** Of these users, those who may read the workspace now (enabled accounts only). */
  async among(workspaceId: string, userIds: readonly string[]): Promise<string[]> {
    return userIds.length === 0 ? [] : this.readers(workspaceId, userIds);
  }

  /**
   * After a change to who takes part in a request's or a project's workspace: the event that moves open
   * sockets in or out of its room, to publish after commit.
   */
  async partiesChanged(workspaceId: string): Promise<RealtimeEvent> {
    return { kind: 'workspace.readers', workspaceId, userIds: await this.readers(workspaceId) };
  }

  /** The enabled people (all of them, or those `among`) who may read the workspace now. */
  private readers(workspaceId: string, among?: readonly string[]): Promise<string[]> {
    return this.users.enabledIdsWhere(
      {
        sql: `EXISTS (SELECT 1 FROM workspaces w WHERE w.id = :readableWorkspaceId AND ${READABLE_BY_PERSON_SQL})`,
        params: { readableWorkspaceId: workspaceId },
      },
      among,
    );
  }
}
