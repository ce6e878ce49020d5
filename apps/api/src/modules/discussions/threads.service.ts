import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, badInput, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import {
  isReadAudited,
  type MarkedRecordFacts,
  mayReadConfidentialIn,
  mayReadMarked,
  mayReadMarkedAsParty,
  readableMarkingSql,
} from '../policy/classification.js';
import { mayRenameThread } from '../policy/discussions.js';
import type { WorkspaceAccess } from '../policy/workspaces.js';
import type { Workspace } from '../workspaces/workspace.entity.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import { Thread, ThreadFollower, ThreadRead } from './thread.entity.js';
import { lockForChange } from '../../database/lock-for-change.js';
import { type RealtimeEvent, RealtimeService, userRoom } from '../realtime/realtime.service.js';
import { WorkspaceReaders } from '../workspaces/workspace-readers.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

type Need = 'read' | 'post' | 'moderate';

export interface ThreadWithAccess {
  thread: Thread;
  workspace: Workspace;
  /** What the actor may do in the thread: the workspace's access, or a read-only one through break glass. */
  access: WorkspaceAccess;
  /** What the workspace allows the actor, whatever the thread's marking. */
  workspaceAccess: WorkspaceAccess;
  marking: MarkedRecordFacts;
}

/** A break-glass read: the record only, nothing of the workspace. */
const BREAK_GLASS_ACCESS: WorkspaceAccess = {
  role: null,
  read: true,
  post: false,
  moderate: false,
  manageMembers: false,
};

/**
 * Threads are guarded by their workspace and their marking (policy/classification.ts): whoever may not read
 * a thread gets NOT_FOUND for it, its posts and its files, and never meets it in a list or a count.
 */
@Injectable()
export class ThreadsService {
  constructor(
    @InjectRepository(Thread) private readonly threads: Repository<Thread>,
    private readonly workspaces: WorkspacesService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
    private readonly readers: WorkspaceReaders,
  ) {}

  /**
   * `lock` takes the thread row for update, ordering concurrent posts to the same thread; it is taken only
   * once the thread is readable, so that a refusal never waits for one.
   */
  async require(
    actor: Actor,
    threadId: string,
    need: Need,
    manager?: EntityManager,
    lock = false,
  ): Promise<ThreadWithAccess> {
    const within = manager ?? this.threads.manager;
    const [seen] = await rowsWhereIn(within, Thread, 'id', [threadId]);
    if (!seen) throw notFound('Thread');
    const found = await this.workspaces.accessOf(actor, seen.workspaceId, manager);
    if (!found) throw notFound('Thread');
    const [marking] = await this.markingFacts(actor, [seen], within);
    if (!mayReadMarked(actor, found.access, marking)) throw notFound('Thread');
    const access = mayReadMarkedAsParty(actor, found.access, marking) ? found.access : BREAK_GLASS_ACCESS;
    assertAllowed(access[need]);
    const thread = lock ? await lockForChange(within, Thread, threadId, 'Thread') : seen;
    return { thread, workspace: found.workspace, access, workspaceAccess: found.access, marking };
  }

  /** The thread, opened to be read, with what its check read: a read of a STRICTLY_CONFIDENTIAL thread is audited. */
  async get(actor: Actor, threadId: string): Promise<ThreadWithAccess> {
    const read = await this.require(actor, threadId, 'read');
    await this.auditRead(actor, read.thread, read.marking, 'Thread', read.thread.id);
    return read;
  }

  /** Records that the actor read (something of) the thread, when its marking asks for it. */
  async auditRead(
    actor: Actor,
    thread: Thread,
    marking: MarkedRecordFacts,
    targetType: string,
    targetId: string,
  ): Promise<void> {
    if (!isReadAudited(thread.classification)) return;
    await this.audit.record(this.threads.manager, actor, 'classified.read', targetType, targetId, {
      threadId: thread.id,
      workspaceId: thread.workspaceId,
      classification: thread.classification,
      breakGlass: !marking.participant,
    });
  }

  /**
   * What the marking rules need to know of each thread for the actor: whether they are named on it and
   * whether they hold a break-glass grant on it now. One query for the marked ones, none for the others.
   */
  async markingFacts(actor: Actor, threads: readonly Thread[], manager?: EntityManager): Promise<MarkedRecordFacts[]> {
    const marked = threads.filter((thread) => thread.classification === 'STRICTLY_CONFIDENTIAL').map((t) => t.id);
    const rows: { id: string; participant: boolean; break_glass: boolean }[] =
      marked.length === 0
        ? []
        : await (manager ?? this.threads.manager).query(
            `SELECT t.id,
                    EXISTS (SELECT 1 FROM thread_participants tp WHERE tp.thread_id = t.id AND tp.user_id = $2)
                      AS participant,
                    EXISTS (SELECT 1 FROM break_glass_grants g
                             WHERE g.thread_id = t.id AND g.user_id = $2 AND g.expires_at > now()) AS break_glass
               FROM unnest($1::uuid[]) AS t(id)`,
            [marked, actor.userId],
          );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return threads.map((thread) => ({
      classification: thread.classification,
      authorId: thread.authorId,
      participant: byId.get(thread.id)?.participant ?? false,
      breakGlass: byId.get(thread.id)?.break_glass ?? false,
    }));
  }

  /**
   * Pinned first, then the most recently active: the threads of a workspace the actor reads (with
   * `access`), each at a marking they may read.
   */
  listInWorkspace(actor: Actor, workspaceId: string, access: WorkspaceAccess, page: Page) {
    const marking = readableMarkingSql({
      userId: ':viewerUserId',
      confidential: mayReadConfidentialIn(actor, access) ? 'TRUE' : 'FALSE',
    });
    const query = this.threads
      .createQueryBuilder('t')
      .where('t.workspace_id = :workspaceId', { workspaceId })
      .andWhere(marking, { viewerUserId: actor.userId })
      .orderBy('t.pinned', 'DESC')
      .addOrderBy('t.last_activity_at', 'DESC')
      .addOrderBy('t.id', 'ASC');
    return findPage(query, page);
  }

  async setFlag(actor: Actor, threadId: string, flag: 'pinned' | 'locked', value: boolean): Promise<Thread> {
    const { thread } = await this.require(actor, threadId, 'moderate');
    // Only the flag: saving the whole row would write back a post count that replies have since moved on.
    await this.threads.update({ id: threadId }, { [flag]: value });
    await this.publishAbout(thread, [threadUpdated(thread)]);
    return this.threads.findOneByOrFail({ id: threadId });
  }

  /** A new title, by its author or a moderator (policy/discussions.ts), audited (not the titles: a marked thread's are its own). */
  async rename(actor: Actor, threadId: string, rawTitle: string): Promise<Thread> {
    const title = rawTitle.trim();
    if (!title) throw badInput('title', 'Enter a title.');
    const { thread, access, workspace } = await this.require(actor, threadId, 'read');
    assertAllowed(
      mayRenameThread(actor, thread, access, workspace),
      'Only the thread’s author or a moderator renames it; a request’s discussion keeps the request’s name.',
    );
    await this.threads.manager.transaction(async (manager) => {
      // Only the title: saving the whole row would write back a post count that replies have since moved on.
      await manager.update(Thread, { id: threadId }, { title });
      await this.audit.record(manager, actor, 'thread.renamed', 'Thread', threadId, {
        workspaceId: thread.workspaceId,
        classification: thread.classification,
      });
    });
    await this.publishAbout(thread, [threadUpdated(thread)]);
    return this.threads.findOneByOrFail({ id: threadId });
  }

  async follow(actor: Actor, threadId: string, following: boolean): Promise<Thread> {
    const { thread } = await this.require(actor, threadId, 'read');
    await this.threads.manager.upsert(ThreadFollower, { threadId, userId: actor.userId, following }, [
      'threadId',
      'userId',
    ]);
    return thread;
  }

  async markRead(actor: Actor, threadId: string): Promise<Thread> {
    const { thread } = await this.require(actor, threadId, 'read');
    await this.markReadBy(this.threads.manager, threadId, actor.userId);
    return thread;
  }

  markReadBy(manager: EntityManager, threadId: string, userId: string): Promise<unknown> {
    return manager.upsert(ThreadRead, { threadId, userId, lastReadAt: new Date() }, ['threadId', 'userId']);
  }

  /**
   * Publishes, after commit, the events of a write in `thread`: those about a classified thread go to the
   * personal rooms of the people who read it at its marking, not to the workspace's room.
   */
  async publishAbout(thread: Thread, events: RealtimeEvent[]): Promise<void> {
    if (thread.classification !== 'UNCLASSIFIED') {
      const readers = await this.readers.ofMarking(thread.workspaceId, {
        classification: thread.classification,
        threadId: thread.id,
      });
      const rooms = readers.map(userRoom);
      events = events.map((event) =>
        event.kind === 'thread.created' ||
        event.kind === 'thread.updated' ||
        event.kind === 'post.created' ||
        event.kind === 'post.updated'
          ? { ...event, rooms }
          : event,
      );
    }
    this.realtime.publish(events);
  }

  /**
   * After a post by `authorId` mentioning `mentionedIds`: returns the thread's followers as they were
   * before it; the author and the people mentioned then follow the thread (unless they explicitly stopped
   * following it), and the author has read it. One statement: the followers are read before the others
   * write (the snapshot of the statement).
   */
  async followAfterPost(
    manager: EntityManager,
    threadId: string,
    authorId: string,
    mentionedIds: readonly string[],
  ): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `WITH follow AS (
         INSERT INTO thread_followers (thread_id, user_id, following)
         SELECT $1, unnest($2::uuid[]), true ON CONFLICT (thread_id, user_id) DO NOTHING
       ), mark_read AS (
         INSERT INTO thread_reads (thread_id, user_id, last_read_at) VALUES ($1, $3, $4)
         ON CONFLICT (thread_id, user_id) DO UPDATE SET last_read_at = EXCLUDED.last_read_at
       )
       SELECT user_id FROM thread_followers WHERE thread_id = $1 AND following`,
      [threadId, [authorId, ...mentionedIds], authorId, new Date()],
    );
    return rows.map((row) => row.user_id);
  }

  /** The viewer's follow state and last read time, per thread (DataLoader batch). */
  async viewerStates(
    actor: Actor,
    threadIds: readonly string[],
  ): Promise<{ following: boolean; lastReadAt: Date | null }[]> {
    const rows: { id: string; following: boolean | null; lastReadAt: Date | null }[] = await this.threads.query(
      `SELECT t.id, f.following, r.last_read_at AS "lastReadAt"
         FROM threads t
         LEFT JOIN thread_followers f ON f.thread_id = t.id AND f.user_id = $2
         LEFT JOIN thread_reads r ON r.thread_id = t.id AND r.user_id = $2
        WHERE t.id = ANY($1)`,
      [threadIds, actor.userId],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return threadIds.map((id) => ({
      following: byId.get(id)?.following ?? false,
      lastReadAt: byId.get(id)?.lastReadAt ?? null,
    }));
  }

  /**
   * Threads the actor reads with activity they have not read, per workspace (for the workspaces list), given
   * what each workspace allows them (the request's loader has it already).
   */
  async unreadCounts(
    actor: Actor,
    workspaceIds: readonly string[],
    access: readonly WorkspaceAccess[],
  ): Promise<number[]> {
    const confidentialIds = workspaceIds.filter((_, index) => mayReadConfidentialIn(actor, access[index]));
    const rows: { workspaceId: string; count: number }[] = await this.threads.query(
      `SELECT t.workspace_id AS "workspaceId", count(*)::int AS count
         FROM threads t
         LEFT JOIN thread_reads r ON r.thread_id = t.id AND r.user_id = $2
        WHERE t.workspace_id = ANY($1) AND (r.last_read_at IS NULL OR t.last_activity_at > r.last_read_at)
          AND ${readableMarkingSql({ userId: '$2', confidential: 't.workspace_id = ANY($3)' })}
        GROUP BY t.workspace_id`,
      [workspaceIds, actor.userId, confidentialIds],
    );
    const byId = new Map(rows.map((row) => [row.workspaceId, row.count]));
    return workspaceIds.map((id) => byId.get(id) ?? 0);
  }

  /** Threads of these workspaces that the actor reads and has not read since their last post, latest first. */
  async unreadIn(actor: Actor, workspaceIds: readonly string[], page: Page) {
    const confidentialIds = await this.workspaces.confidentialAmong(actor, workspaceIds);
    const query = this.threads
      .createQueryBuilder('t')
      .where('t.workspace_id = ANY(:workspaceIds)', { workspaceIds })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM thread_reads r WHERE r.thread_id = t.id AND r.user_id = :viewerId
                       AND r.last_read_at >= t.last_activity_at)`,
      )
      .andWhere(readableMarkingSql({ userId: ':viewerId', confidential: 't.workspace_id = ANY(:confidentialIds)' }))
      .setParameters({ viewerId: actor.userId, confidentialIds })
      .orderBy('t.last_activity_at', 'DESC')
      .addOrderBy('t.id', 'DESC');
    return findPage(query, page);
  }

  async findByIds(ids: readonly string[]): Promise<(Thread | undefined)[]> {
    const rows = await rowsWhereIn(this.threads.manager, Thread, 'id', ids);
    return inOrderOf(ids, rows);
  }

  async create(
    manager: EntityManager,
    values: Pick<Thread, 'workspaceId' | 'title' | 'authorId' | 'pillars' | 'classification' | 'workingGroupId'>,
  ) {
    return manager.save(manager.create(Thread, { ...values, postCount: 0, lastActivityAt: new Date() }));
  }
}

const threadUpdated = (thread: Thread): RealtimeEvent => ({
  kind: 'thread.updated',
  payload: { workspaceId: thread.workspaceId, threadId: thread.id },
});
