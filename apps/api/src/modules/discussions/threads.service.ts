import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import type { WorkspaceAccess } from '../policy/workspaces.js';
import type { Workspace } from '../workspaces/workspace.entity.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import { Thread, ThreadFollower, ThreadRead } from './thread.entity.js';
import { lockForChange } from '../../database/lock-for-change.js';

type Need = 'read' | 'post' | 'moderate';

export interface ThreadWithAccess {
  thread: Thread;
  workspace: Workspace;
  access: WorkspaceAccess;
}

/** Threads are guarded by their workspace: whoever may not read it gets NOT_FOUND for its threads. */
@Injectable()
export class ThreadsService {
  constructor(
    @InjectRepository(Thread) private readonly threads: Repository<Thread>,
    private readonly workspaces: WorkspacesService,
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
    const seen = await within.findOneBy(Thread, { id: threadId });
    if (!seen) throw notFound('Thread');
    const found = await this.workspaces.accessOf(actor, seen.workspaceId, manager);
    if (!found?.access.read) throw notFound('Thread');
    assertAllowed(found.access[need]);
    const thread = lock ? await lockForChange(within, Thread, threadId, 'Thread') : seen;
    return { thread, ...found };
  }

  async get(actor: Actor, threadId: string): Promise<Thread> {
    return (await this.require(actor, threadId, 'read')).thread;
  }

  /** Pinned first, then the most recently active. The caller has checked the workspace is readable. */
  listInWorkspace(workspaceId: string, page: Page) {
    const query = this.threads
      .createQueryBuilder('t')
      .where('t.workspace_id = :workspaceId', { workspaceId })
      .orderBy('t.pinned', 'DESC')
      .addOrderBy('t.last_activity_at', 'DESC')
      .addOrderBy('t.id', 'ASC');
    return findPage(query, page);
  }

  async setFlag(actor: Actor, threadId: string, flag: 'pinned' | 'locked', value: boolean): Promise<Thread> {
    await this.require(actor, threadId, 'moderate');
    // Only the flag: saving the whole row would write back a post count that replies have since moved on.
    await this.threads.update({ id: threadId }, { [flag]: value });
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

  /** Threads with activity the actor has not read, per workspace (for the workspaces list). */
  async unreadCounts(actor: Actor, workspaceIds: readonly string[]): Promise<number[]> {
    const rows: { workspaceId: string; count: number }[] = await this.threads.query(
      `SELECT t.workspace_id AS "workspaceId", count(*)::int AS count
         FROM threads t
         LEFT JOIN thread_reads r ON r.thread_id = t.id AND r.user_id = $2
        WHERE t.workspace_id = ANY($1) AND (r.last_read_at IS NULL OR t.last_activity_at > r.last_read_at)
        GROUP BY t.workspace_id`,
      [workspaceIds, actor.userId],
    );
    const byId = new Map(rows.map((row) => [row.workspaceId, row.count]));
    return workspaceIds.map((id) => byId.get(id) ?? 0);
  }

  async findByIds(ids: readonly string[]): Promise<(Thread | undefined)[]> {
    const rows = await this.threads.findBy({ id: In([...ids]) });
    return inOrderOf(ids, rows);
  }

  async create(
    manager: EntityManager,
    values: Pick<Thread, 'workspaceId' | 'title' | 'authorId' | 'pillars' | 'classification' | 'workingGroupId'>,
  ) {
    return manager.save(manager.create(Thread, { ...values, postCount: 0, lastActivityAt: new Date() }));
  }
}
