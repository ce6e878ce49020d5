import { Injectable } from '@nestjs/common';
import type { WatchLevel, WorkspaceRole } from '@ctcp/shared';
import type { Classification } from '@ctcp/shared';
import { isStaffSql } from '../policy/actors.js';
import { markingReadableByPersonSql } from '../policy/classification.js';
import {
  DEFAULT_WATCH_LEVELS,
  DERIVED_WORKSPACE_KINDS,
  derivedOrganizationsSql,
  READABLE_BY_PERSON_SQL,
  WATCH_LEVEL_OF_PERSON_SQL,
  workspaceRoleSql,
} from '../policy/workspaces.js';
import type { RealtimeEvent } from '../realtime/realtime.service.js';
import { UsersService } from '../users/users.service.js';

/**
 * Narrows the people `u` to those who might be at one of `levels` in workspace :watchedWorkspaceId, so
 * that the exact test runs on them only, not on every person: a level no default gives needs a choice at
 * that level; a default level above MENTIONS needs a part in the workspace (a membership of the person or
 * their organization, or a party of a request's or a project's workspace, or staff there). Only mentions
 * reach those who merely read an OPEN workspace, and mentions are always asked of the people mentioned
 * (`among`). Each set is computed once and probed for each person.
 */
function mayBeWatchingSql(levels: readonly WatchLevel[]): string {
  if (levels.includes('MENTIONS')) throw new Error('Readers at MENTIONS are only asked among given people.');
  const chosen = 'SELECT ww.user_id FROM workspace_watches ww WHERE ww.workspace_id = :watchedWorkspaceId';
  if (!levels.some((level) => DEFAULT_WATCH_LEVELS.includes(level))) {
    return `u.id IN (${chosen} AND ww.level IN (:...watchLevels))`;
  }
  return `(u.id IN (${chosen})
    OR u.id IN (SELECT m.user_id FROM workspace_members m WHERE m.workspace_id = :watchedWorkspaceId)
    OR u.organization_id IN (SELECT wo.organization_id FROM workspace_organizations wo
                              WHERE wo.workspace_id = :watchedWorkspaceId)
    OR u.organization_id IN (SELECT parties.organization_id
                               FROM (${derivedOrganizationsSql(':watchedWorkspaceId')}) parties)
    OR (${isStaffSql('u.role')} AND EXISTS (SELECT 1 FROM workspaces dw
          WHERE dw.id = :watchedWorkspaceId AND dw.kind IN (:...derivedKinds))))`;
}

/** A marked record of the workspace (a thread): only those who may read it at its marking are asked about. */
export interface Marking {
  classification: Classification;
  /** The thread, whose participants read it when STRICTLY_CONFIDENTIAL; null for a record not yet written. */
  threadId: string | null;
}

const PERSON = { userId: 'u.id', organizationId: 'u.organization_id', platformRole: 'u.role' };

/** SQL (with its parameters) narrowing the readers `u` of workspace `w` to those who read `marking`. */
function readsMarking(marking: Marking | undefined) {
  if (!marking || marking.classification === 'UNCLASSIFIED') return { sql: '', params: {} };
  return {
    sql: `AND ${markingReadableByPersonSql(workspaceRoleSql(PERSON))}`,
    params: { markedClassification: marking.classification, markedThreadId: marking.threadId },
  };
}

/**
 * Who may read a workspace now: whom to notify of what happens in it, and whose open sockets belong in
 * its room. Called inside the caller's transaction, if any, whose view of the parties it reads.
 */
@Injectable()
export class WorkspaceReaders {
  constructor(private readonly users: UsersService) {}

  /** Of these users, those who may read the workspace now (and `marking` in it, when given; enabled accounts only). */
  async among(workspaceId: string, userIds: readonly string[], marking?: Marking): Promise<string[]> {
    return userIds.length === 0 ? [] : this.readers(workspaceId, userIds, marking);
  }

  /** Everyone who may read `marking` in the workspace now: where a live event about a classified thread goes. */
  ofMarking(workspaceId: string, marking: Marking): Promise<string[]> {
    return this.readers(workspaceId, undefined, marking);
  }

  /**
   * The enabled readers of the workspace (all, or those `among`) whose watch level (their choice, else the
   * default) is one of `levels` and who read `marking`: whom a new thread, a post or a mention notifies.
   */
  async watchingAt(
    workspaceId: string,
    levels: readonly WatchLevel[],
    among?: readonly string[],
    marking?: Marking,
  ): Promise<string[]> {
    const marked = readsMarking(marking);
    return this.users.enabledIdsWhere(
      {
        sql: `EXISTS (SELECT 1 FROM workspaces w WHERE w.id = :watchedWorkspaceId
              AND ${READABLE_BY_PERSON_SQL} ${marked.sql}
              AND ${WATCH_LEVEL_OF_PERSON_SQL} IN (:...watchLevels))
              ${among ? '' : `AND ${mayBeWatchingSql(levels)}`}`,
        params: {
          watchedWorkspaceId: workspaceId,
          derivedKinds: DERIVED_WORKSPACE_KINDS,
          watchLevels: levels,
          ...marked.params,
        },
      },
      among,
    );
  }

  /**
   * The enabled people who take part in the workspace (their own membership, their organization's, or a
   * party of its record), with one of `roles` when given: whom a decision circulated in it concerns, and
   * not every reader of an OPEN workspace.
   */
  async parties(workspaceId: string, roles?: readonly WorkspaceRole[]): Promise<string[]> {
    const role = workspaceRoleSql(PERSON);
    return this.users.enabledIdsWhere({
      sql: `EXISTS (SELECT 1 FROM workspaces w WHERE w.id = :partiesWorkspaceId
            AND ${roles ? `${role} IN (:...partyRoles)` : `${role} IS NOT NULL`})`,
      params: { partiesWorkspaceId: workspaceId, partyRoles: roles ?? [] },
    });
  }

  /**
   * After a change to who takes part in a request's or a project's workspace: the event that moves open
   * sockets in or out of its room, to publish after commit.
   */
  async partiesChanged(workspaceId: string): Promise<RealtimeEvent> {
    return { kind: 'workspace.readers', workspaceId, userIds: await this.readers(workspaceId) };
  }

  /** The enabled people (all of them, or those `among`) who may read the workspace (and `marking`) now. */
  private readers(workspaceId: string, among?: readonly string[], marking?: Marking): Promise<string[]> {
    const marked = readsMarking(marking);
    return this.users.enabledIdsWhere(
      {
        sql: `EXISTS (SELECT 1 FROM workspaces w WHERE w.id = :readableWorkspaceId AND ${READABLE_BY_PERSON_SQL}
              ${marked.sql})`,
        params: { readableWorkspaceId: workspaceId, ...marked.params },
      },
      among,
    );
  }
}
