import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Classification } from '@ctcp/shared';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed, badInput, conflict, notFound } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import {
  BREAK_GLASS_MINUTES,
  CLASSIFICATION_RANK,
  declassificationOf,
  markingFollowsRecord,
  markingReason,
  markingsBelow,
  mayBreakGlass,
  mayEditParticipants,
  mayLowerMarking,
  mayRaiseMarking,
  mayReadMarkedAsParty,
  THREAD_MARKING_FLOORS_SQL,
} from '../policy/classification.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { WorkspaceReaders } from '../workspaces/workspace-readers.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import type { Workspace } from '../workspaces/workspace.entity.js';
import type {
  BreakGlassInput,
  ChangeThreadClassificationInput,
  SetThreadParticipantsInput,
} from './discussions.inputs.js';
import { BreakGlassGrant, Thread, ThreadParticipant } from './thread.entity.js';
import { ThreadsService } from './threads.service.js';

const DECLASSIFY_DUE = 'declassify-due-threads';
const EVERY_HOUR = '5 * * * *';

/**
 * A thread's marking and who is named on it: raised by any participant, lowered only by the workspace's
 * owners and moderators, always with a reason, each change audited; the people named on a
 * STRICTLY_CONFIDENTIAL thread; admins' audited break-glass reads; and the job that lowers markings whose
 * declassification day has come.
 */
@Injectable()
export class ThreadMarkingsService implements OnModuleInit {
  constructor(
    @InjectRepository(ThreadParticipant) private readonly participants: Repository<ThreadParticipant>,
    private readonly threads: ThreadsService,
    private readonly workspaces: WorkspacesService,
    private readonly readers: WorkspaceReaders,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(DECLASSIFY_DUE, async () => {
      await this.declassifyDue(new Date());
    });
    this.jobs.schedule(DECLASSIFY_DUE, EVERY_HOUR);
  }

  async change(actor: Actor, input: ChangeThreadClassificationInput): Promise<Thread> {
    const reason = markingReason(input.reason);
    const declassification = declassificationOf(input, input.classification);
    return this.participants.manager.transaction(async (manager) => {
      const { thread, workspace, access, marking } = await this.threads.require(
        actor,
        input.threadId,
        'read',
        manager,
        true,
      );
      assertOwnMarking(workspace);
      const from = thread.classification;
      const to = input.classification;
      if (to === from && !declassification) throw conflict(`The thread is already ${to}.`, 'classification');
      const raising = CLASSIFICATION_RANK[to] > CLASSIFICATION_RANK[from];
      const lowering = CLASSIFICATION_RANK[to] < CLASSIFICATION_RANK[from];
      if (raising) assertAllowed(mayRaiseMarking(actor, access, marking), 'Only a participant can raise the marking.');
      else assertAllowed(mayLowerMarking(actor, access, marking), 'Only the owners and moderators lower a marking.');
      const floor = await this.floorOf(manager, thread.workspaceId);
      if (markingsBelow(floor).includes(to)) {
        throw conflict(`This workspace’s project is ${floor}: its threads stay at least ${floor}.`, 'classification');
      }
      if (declassification && markingsBelow(floor).includes(declassification.to)) {
        throw badInput('declassifyTo', `This workspace’s project is ${floor}: choose ${floor} or above.`);
      }
      const named =
        to === 'STRICTLY_CONFIDENTIAL'
          ? await this.eligible(thread, [...(input.participantIds ?? []), thread.authorId, actor.userId])
          : [];
      if (to === 'STRICTLY_CONFIDENTIAL' && from !== 'STRICTLY_CONFIDENTIAL') await this.name(manager, thread, named);
      if (to !== 'STRICTLY_CONFIDENTIAL') await manager.delete(ThreadParticipant, { threadId: thread.id });
      if (from === 'UNCLASSIFIED' && raising) await this.notifications.redactTitles(manager, `/threads/${thread.id}`);
      await manager.update(
        Thread,
        { id: thread.id },
        { classification: to, declassifyOn: declassification?.on ?? null, declassifyTo: declassification?.to ?? null },
      );
      await this.audit.record(manager, actor, 'classification.changed', 'Thread', thread.id, {
        workspaceId: thread.workspaceId,
        from,
        to,
        reason,
        direction: raising ? 'up' : lowering ? 'down' : 'same',
        declassifyOn: declassification?.on ?? null,
        declassifyTo: declassification?.to ?? null,
        ...(named.length > 0 ? { participantIds: named } : {}),
      });
      return manager.findOneByOrFail(Thread, { id: thread.id });
    });
  }

  /** Names exactly these people (and the author) on a STRICTLY_CONFIDENTIAL thread. */
  async setParticipants(actor: Actor, input: SetThreadParticipantsInput): Promise<Thread> {
    return this.participants.manager.transaction(async (manager) => {
      const { thread, workspace, access, marking } = await this.threads.require(
        actor,
        input.threadId,
        'read',
        manager,
        true,
      );
      assertOwnMarking(workspace);
      if (thread.classification !== 'STRICTLY_CONFIDENTIAL') {
        throw conflict('Only a STRICTLY CONFIDENTIAL thread names its participants.');
      }
      assertAllowed(mayEditParticipants(actor, access, marking), 'Only the author and moderators name participants.');
      const before = (await manager.findBy(ThreadParticipant, { threadId: thread.id })).map((row) => row.userId);
      // Whom the actor may not see (another State's people, in a PRIVATE workspace) they can neither name
      // nor remove: those stay named while they may read the thread.
      const unseen =
        workspace.visibility === 'OPEN'
          ? []
          : await this.readers.among(thread.workspaceId, await this.users.idsNotVisibleTo(actor, before), {
              classification: 'CONFIDENTIAL',
              threadId: null,
            });
      const named = [...new Set([...(await this.eligible(thread, [...input.userIds, thread.authorId])), ...unseen])];
      await manager.delete(ThreadParticipant, { threadId: thread.id });
      await this.name(manager, thread, named);
      const added = named.filter((id) => !before.includes(id));
      const removed = before.filter((id) => !named.includes(id));
      if (added.length > 0 || removed.length > 0) {
        await this.audit.record(manager, actor, 'classification.participants_changed', 'Thread', thread.id, {
          workspaceId: thread.workspaceId,
          added,
          removed,
        });
      }
      return thread;
    });
  }

  /**
   * A platform admin reads a STRICTLY_CONFIDENTIAL thread they are not named on, for BREAK_GLASS_MINUTES,
   * after saying why. The grant is audited now, and each read under it as it happens.
   */
  async breakGlass(actor: Actor, input: BreakGlassInput): Promise<Thread> {
    const reason = markingReason(input.reason);
    assertAllowed(mayBreakGlass(actor), 'Only platform administrators can break the glass.');
    return this.participants.manager.transaction(async (manager) => {
      const thread = await manager.findOneBy(Thread, { id: input.threadId });
      if (!thread) throw notFound('Thread');
      const found = await this.workspaces.accessOf(actor, thread.workspaceId, manager);
      const [marking] = await this.threads.markingFacts(actor, [thread], manager);
      if (found && mayReadMarkedAsParty(actor, found.access, marking)) {
        throw conflict('You may read this thread already.');
      }
      if (thread.classification !== 'STRICTLY_CONFIDENTIAL') throw notFound('Thread');
      const expiresAt = new Date(Date.now() + BREAK_GLASS_MINUTES * 60_000);
      await manager.insert(BreakGlassGrant, { threadId: thread.id, userId: actor.userId, reason, expiresAt });
      await this.audit.record(manager, actor, 'classification.break_glass', 'Thread', thread.id, {
        workspaceId: thread.workspaceId,
        reason,
        expiresAt: expiresAt.toISOString(),
      });
      return thread;
    });
  }

  /**
   * Gives a record's discussion thread the record's marking and, when STRICTLY_CONFIDENTIAL, names those of
   * `userIds` who read CONFIDENTIAL in its workspace, inside the caller's transaction: the record's own
   * rules decided the change (an assistance request's).
   */
  async follow(
    manager: EntityManager,
    threadId: string,
    classification: Classification,
    userIds: readonly string[],
  ): Promise<void> {
    const thread = await manager.findOneByOrFail(Thread, { id: threadId });
    if (thread.classification === 'UNCLASSIFIED' && classification !== 'UNCLASSIFIED') {
      await this.notifications.redactTitles(manager, `/threads/${thread.id}`);
    }
    await manager.update(Thread, { id: thread.id }, { classification, declassifyOn: null, declassifyTo: null });
    await manager.delete(ThreadParticipant, { threadId: thread.id });
    if (classification !== 'STRICTLY_CONFIDENTIAL') return;
    const unique = [...new Set(userIds)];
    await this.name(
      manager,
      thread,
      await this.readers.among(thread.workspaceId, unique, { classification: 'CONFIDENTIAL', threadId: null }),
    );
  }

  /** The lowest marking a thread of the workspace may carry (THREAD_MARKING_FLOORS_SQL). */
  async floorOf(manager: EntityManager, workspaceId: string): Promise<Classification> {
    const [row]: { classification: Classification }[] = await manager.query(THREAD_MARKING_FLOORS_SQL, [[workspaceId]]);
    return row.classification;
  }

  /** BAD_USER_INPUT when a new thread of the workspace would carry a marking below its floor. */
  async requireAtLeastFloor(manager: EntityManager, workspaceId: string, classification: Classification) {
    const floor = await this.floorOf(manager, workspaceId);
    if (markingsBelow(floor).includes(classification)) {
      throw badInput('classification', `This workspace’s project is ${floor}: mark the thread ${floor} or above.`);
    }
  }

  /**
   * A marked project's workspace, raised to `floor`: its threads below are raised to it (naming `userIds`,
   * those of them who take part, on those that become STRICTLY_CONFIDENTIAL), and no declassification
   * takes one below it. Returns how many threads were raised.
   */
  async raiseWorkspace(
    manager: EntityManager,
    workspaceId: string,
    floor: Classification,
    userIds: readonly string[],
  ): Promise<number> {
    const below = markingsBelow(floor);
    if (below.length === 0) return 0;
    const threads: { id: string }[] = await manager.query(
      'SELECT id FROM threads WHERE workspace_id = $1 AND classification = ANY($2) ORDER BY created_at',
      [workspaceId, below],
    );
    for (const thread of threads) await this.follow(manager, thread.id, floor, userIds);
    await manager.query(
      'UPDATE threads SET declassify_on = NULL, declassify_to = NULL WHERE workspace_id = $1 AND declassify_to = ANY($2)',
      [workspaceId, below],
    );
    return threads.length;
  }

  /** Names the author and these people on a new STRICTLY_CONFIDENTIAL thread, inside its transaction. */
  async nameOnNewThread(manager: EntityManager, thread: Thread, participantIds: readonly string[]): Promise<void> {
    await this.name(manager, thread, await this.eligible(thread, [thread.authorId, ...participantIds]));
  }

  /** The people named on each thread (DataLoader batch). */
  async participantIds(threadIds: readonly string[]): Promise<string[][]> {
    const rows: { thread_id: string; user_ids: string[] }[] = await this.participants.query(
      `SELECT thread_id, array_agg(user_id ORDER BY created_at, user_id) AS user_ids
         FROM thread_participants WHERE thread_id = ANY($1) GROUP BY thread_id`,
      [threadIds],
    );
    const byId = new Map(rows.map((row) => [row.thread_id, row.user_ids]));
    return threadIds.map((id) => byId.get(id) ?? []);
  }

  /**
   * Whom a STRICTLY_CONFIDENTIAL record of the workspace may name: enabled people who read CONFIDENTIAL in
   * it, by name, those whose name or email contains `query` when given. The resolver keeps those the
   * actor may see.
   */
  async candidates(actor: Actor, workspaceId: string, query: string | null): Promise<User[]> {
    const { workspace } = await this.workspaces.require(actor, workspaceId, 'read');
    const ids = await this.readers.ofMarking(workspace.id, { classification: 'CONFIDENTIAL', threadId: null });
    const needle = query?.trim().toLocaleLowerCase() ?? '';
    return (await this.users.findByIdsByName(ids)).filter(
      (person) => !needle || `${person.name} ${person.email}`.toLocaleLowerCase().includes(needle),
    );
  }

  /** Lowers every marking whose declassification day has come; each change is audited as the system's. */
  async declassifyDue(now: Date): Promise<number> {
    return this.participants.manager.transaction(async (manager) => {
      const [rows]: [{ id: string; workspace_id: string; from: Classification; to: Classification }[], number] =
        await manager.query(
          `UPDATE threads t SET classification = t.declassify_to, declassify_on = NULL, declassify_to = NULL
             FROM threads before
            WHERE before.id = t.id AND t.declassify_on <= ($1::timestamptz AT TIME ZONE 'UTC')::date
        RETURNING t.id, t.workspace_id, before.classification AS "from", t.classification AS "to"`,
          [now],
        );
      for (const row of rows) {
        if (row.to !== 'STRICTLY_CONFIDENTIAL') await manager.delete(ThreadParticipant, { threadId: row.id });
        await this.audit.record(manager, null, 'classification.declassified', 'Thread', row.id, {
          workspaceId: row.workspace_id,
          from: row.from,
          to: row.to,
        });
      }
      return rows.length;
    });
  }

  /**
   * The unique ids, once each is an enabled person who reads CONFIDENTIAL in the thread's workspace (the
   * only people a STRICTLY_CONFIDENTIAL record may name); BAD_USER_INPUT otherwise.
   */
  private async eligible(thread: Thread, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const readers = new Set(
      await this.readers.among(thread.workspaceId, unique, { classification: 'CONFIDENTIAL', threadId: null }),
    );
    // The author may have left the workspace: they stay off the list then, as anyone who may not read it.
    const missing = unique.filter((id) => !readers.has(id) && id !== thread.authorId);
    if (missing.length > 0) {
      throw badInput('participantIds', 'Name only people who may read confidential records of this workspace.');
    }
    return unique.filter((id) => readers.has(id));
  }

  private async name(manager: EntityManager, thread: Thread, userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) return;
    await manager.query(
      `INSERT INTO thread_participants (thread_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [thread.id, userIds],
    );
  }
}

/** An assistance request's discussion carries the request's marking and people: they change on the request. */
function assertOwnMarking(workspace: Pick<Workspace, 'kind'>): void {
  if (markingFollowsRecord(workspace)) {
    throw conflict('This discussion follows its request’s marking: change the request’s.', 'classification');
  }
}
