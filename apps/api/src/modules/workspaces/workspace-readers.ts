import { Injectable } from '@nestjs/common';
import type { WatchLevel } from '@ctcp/shared';
import { isStaffSql } from '../policy/actors.js';
import {
  DEFAULT_WATCH_LEVELS,
  DERIVED_WORKSPACE_KINDS,
  derivedOrganizationsSql,
  READABLE_BY_PERSON_SQL,
  WATCH_LEVEL_OF_PERSON_SQL,
} from '../policy/workspaces.js';
import type { RealtimeEvent } from '../realtime/realtime.service.js';
import { UsersService } from '../users/users.service.js';

/**
 * Everyone who might be at one of `levels` in workspace :watchedWorkspaceId, so that the exact test runs
 * on them only, not on every person: a level no default gives needs a choice at that level; a default
 * level above MENTIONS needs a part in the workspace (a membership of the person or their organization,
 * or a party of a request's or a project's workspace, or staff there). Only mentions reach those who merely
 * read an OPEN workspace, and mentions are always asked of the people mentioned (`among`).
 */
function watchingCandidatesSql(levels: readonly WatchLevel[]): string {
  if (levels.includes('MENTIONS')) throw new Error('Readers at MENTIONS are only asked among given people.');
  const chosen = 'SELECT ww.user_id FROM workspace_watches ww WHERE ww.workspace_id = :watchedWorkspaceId';
  if (!levels.some((level) => DEFAULT_WATCH_LEVELS.includes(level)))
    return `${chosen} AND ww.level IN (:...watchLevels)`;
  return `${chosen}
    UNION ALL SELECT m.user_id FROM workspace_members m WHERE m.workspace_id = :watchedWorkspaceId
    UNION ALL SELECT p.id FROM users p JOIN workspace_organizations wo ON wo.organization_id = p.organization_id
               WHERE wo.workspace_id = :watchedWorkspaceId
    UNION ALL SELECT p.id FROM users p
               WHERE p.organization_id IN (SELECT organization_id FROM (${derivedOrganizationsSql(':watchedWorkspaceId')}) parties)
    UNION ALL SELECT p.id FROM users p JOIN workspaces dw ON dw.id = :watchedWorkspaceId
               WHERE dw.kind IN (:...derivedKinds) AND ${isStaffSql('p.role')}`;
}

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
        sql: `EXISTS (SELECT 1 FROM workspaces w WHERE w.id = :watchedWorkspaceId
              AND ${READABLE_BY_PERSON_SQL}
              AND ${WATCH_LEVEL_OF_PERSON_SQL} IN (:...watchLevels))
              ${among ? '' : `AND u.id IN (${watchingCandidatesSql(levels)})`}`,
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
