import { Injectable } from '@nestjs/common';
import type { WatchLevel } from '@ctcp/shared';
import { DERIVED_WORKSPACE_KINDS, READABLE_BY_PERSON_SQL, WATCH_LEVEL_OF_PERSON_SQL } from '../policy/workspaces.js';
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
   * The enabled readers of the workspace (all, or those `among`) whose watch level (their choice, else the
   * default) is one of `levels`: whom a new thread, a post or a mention notifies.
   */
  async watchingAt(workspaceId: string, levels: readonly WatchLevel[], among?: readonly string[]): Promise<string[]> {
    return this.users.enabledIdsWhere(
      {
        // The first test only narrows the people to look at: a level above MENTIONS needs a choice, a
        // membership of the person or their organization, or a derived workspace (parties and staff).
        sql: `EXISTS (SELECT 1 FROM workspaces w WHERE w.id = :watchedWorkspaceId
              AND (w.kind IN (:...derivedKinds)
                OR EXISTS (SELECT 1 FROM workspace_watches ww WHERE ww.workspace_id = w.id AND ww.user_id = u.id)
                OR EXISTS (SELECT 1 FROM workspace_members m WHERE m.workspace_id = w.id AND m.user_id = u.id)
                OR EXISTS (SELECT 1 FROM workspace_organizations wo
                            WHERE wo.workspace_id = w.id AND wo.organization_id = u.organization_id))
              AND ${READABLE_BY_PERSON_SQL}
              AND ${WATCH_LEVEL_OF_PERSON_SQL} IN (:...watchLevels))`,
        params: { watchedWorkspaceId: workspaceId, derivedKinds: DERIVED_WORKSPACE_KINDS, watchLevels: levels },
      },
      among,
    );
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
