import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { NotificationType, WorkspaceRole } from '@ctcp/shared';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, badInput, conflict, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { lockForChange } from '../../database/lock-for-change.js';
import { AuditService } from '../audit/audit.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { notificationTitle } from '../notifications/notification-texts.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import {
  latestSilenceUntil,
  mayObjectTo,
  mayProposeDecision,
  mayWithdrawAny,
  readableDecisionsWhere,
  takesObjections,
} from '../policy/decisions.js';
import type { WorkspaceAccess } from '../policy/workspaces.js';
import { type RealtimeEvent, RealtimeService } from '../realtime/realtime.service.js';
import { UsersService } from '../users/users.service.js';
import type { Workspace } from '../workspaces/workspace.entity.js';
import { WorkspaceReaders } from '../workspaces/workspace-readers.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import { Decision, DecisionObjection } from './decision.entity.js';
import type { BreakSilenceInput, DecisionFilter, ProposeDecisionInput } from './decisions.inputs.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

/** The job that adopts a decision at its deadline; one per decision (its key), on whichever instance. */
export const ADOPT_DECISION = 'adopt_decision';
const adoptionKey = (decisionId: string) => `decision-adoption:${decisionId}`;

/** Who hears of what happens to a decision, besides its workspace's room. */
const MODERATORS: readonly WorkspaceRole[] = ['OWNER', 'MODERATOR'];

/**
 * Decisions by silence procedure: a proposal circulated to a workspace's parties is adopted at its deadline
 * unless an organization objects first. Adoption is a job added in the proposing transaction; the job's
 * conditional update makes a late or repeated run change nothing.
 */
@Injectable()
export class DecisionsService implements OnModuleInit {
  constructor(
    @InjectRepository(Decision) private readonly decisions: Repository<Decision>,
    private readonly workspaces: WorkspacesService,
    private readonly readers: WorkspaceReaders,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(ADOPT_DECISION, (payload) => this.adoptIfSilent((payload as { id: string }).id));
  }

  /** Decisions in workspaces the actor may read: open ones first, nearest deadline first, then the newest. */
  list(actor: Actor, filter: DecisionFilter, page: Page) {
    const readable = readableDecisionsWhere(actor);
    const query = this.decisions.createQueryBuilder('d').where(readable.sql, readable.params);
    if (filter.workspaceId) query.andWhere('d.workspace_id = :workspaceId', { workspaceId: filter.workspaceId });
    if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
    query
      .orderBy(`CASE d.status WHEN 'OPEN' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy(`CASE d.status WHEN 'OPEN' THEN d.silence_until END`, 'ASC')
      .addOrderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'ASC');
    return findPage(query, page);
  }

  async get(actor: Actor, id: string): Promise<Decision> {
    return (await this.requireReadable(actor, id)).decision;
  }

  async propose(actor: Actor, input: ProposeDecisionInput): Promise<Decision> {
    const { workspace, access } = await this.workspaces.require(actor, input.workspaceId, 'read');
    assertAllowed(
      mayProposeDecision(actor, access),
      'Owners and moderators of the workspace, and coordinators, propose decisions.',
    );
    const title = input.title.trim();
    if (!title) throw badInput('title', 'Enter a title.');
    const text = input.text.trim();
    if (!text) throw badInput('text', 'Enter the text of the decision.');
    const now = new Date();
    if (Number.isNaN(input.silenceUntil.getTime()) || input.silenceUntil <= now) {
      throw badInput('silenceUntil', 'The deadline must be in the future.');
    }
    if (input.silenceUntil > latestSilenceUntil(now)) {
      throw badInput('silenceUntil', 'The deadline may be at most 90 days ahead.');
    }
    const { decision, events } = await this.decisions.manager.transaction(async (manager) => {
      const decision = await manager.save(
        manager.create(Decision, {
          workspaceId: workspace.id,
          title,
          text,
          silenceUntil: input.silenceUntil,
          status: 'OPEN',
          proposedById: actor.userId,
          proposerOrganizationId: actor.organizationId,
          closedAt: null,
          withdrawnById: null,
        }),
      );
      // Measured from the transaction's own clock (created_at is its now()), which add_job also reads.
      const delaySeconds = Math.max(0, (decision.silenceUntil.getTime() - decision.createdAt.getTime()) / 1000);
      await this.jobs.add(manager, ADOPT_DECISION, [{ payload: { id: decision.id }, key: adoptionKey(decision.id) }], {
        delaySeconds,
      });
      await this.audit.record(manager, actor, 'decision.proposed', 'Decision', decision.id, {
        workspaceId: workspace.id,
        silenceUntil: decision.silenceUntil,
      });
      const [author] = await this.users.findByIds([actor.userId]);
      const recipients = (await this.readers.parties(workspace.id)).filter((id) => id !== actor.userId);
      const notified = await this.notify(manager, recipients, 'DECISION_PROPOSED', decision, {
        author: author?.name ?? '',
        workspace: workspace.name,
      });
      return { decision, events: [updated(decision), ...notified] };
    });
    this.realtime.publish(events);
    return decision;
  }

  async breakSilence(actor: Actor, input: BreakSilenceInput): Promise<Decision> {
    const { decision, events } = await this.decisions.manager.transaction(async (manager) => {
      const { decision: found, access } = await this.requireReadable(actor, input.decisionId, manager);
      assertAllowed(
        mayObjectTo(actor, access, found),
        'People of the workspace’s organizations who may write there object, other than the proposer’s.',
      );
      const reason = input.reason.trim();
      if (!reason) throw badInput('reason', 'Give the reason of the objection.');
      const decision = await lockForChange(manager, Decision, found.id, 'Decision');
      if (!takesObjections(decision, new Date())) {
        throw conflict('The silence period of this decision has ended.');
      }
      const objected = await manager.existsBy(DecisionObjection, {
        decisionId: decision.id,
        organizationId: actor.organizationId,
      });
      if (objected) throw conflict('Your organization has already objected to this decision.');
      await manager.insert(DecisionObjection, {
        decisionId: decision.id,
        organizationId: actor.organizationId,
        userId: actor.userId,
        reason,
      });
      const events: RealtimeEvent[] = [];
      if (decision.status === 'OPEN') {
        decision.status = 'SILENCE_BROKEN';
        await manager.update(Decision, { id: decision.id }, { status: 'SILENCE_BROKEN' });
        events.push(updated(decision));
      }
      await this.audit.record(manager, actor, 'decision.objected', 'Decision', decision.id, {
        organizationId: actor.organizationId,
        status: decision.status,
      });
      const organization = (await this.organizations.mapByIds([actor.organizationId])).get(actor.organizationId)!;
      const moderators = await this.readers.parties(decision.workspaceId, MODERATORS);
      const recipients = [...new Set([decision.proposedById, ...moderators])].filter((id) => id !== actor.userId);
      events.push(
        ...(await this.notify(
          manager,
          recipients,
          'DECISION_SILENCE_BROKEN',
          decision,
          {},
          (language) => organization.acronym ?? organization.names[language],
        )),
      );
      return { decision, events };
    });
    this.realtime.publish(events);
    return decision;
  }

  async withdraw(actor: Actor, id: string): Promise<Decision> {
    const { decision, events } = await this.decisions.manager.transaction(async (manager) => {
      const { decision: found, access } = await this.requireReadable(actor, id, manager);
      assertAllowed(
        mayWithdrawAny(actor, access, found),
        'The proposer, the workspace’s owners and moderators, and coordinators withdraw a decision.',
      );
      const decision = await lockForChange(manager, Decision, found.id, 'Decision');
      if (decision.status !== 'OPEN') throw conflict('Only an open decision may be withdrawn.');
      Object.assign(decision, { status: 'WITHDRAWN', withdrawnById: actor.userId, closedAt: new Date() });
      await manager.update(
        Decision,
        { id: decision.id },
        { status: 'WITHDRAWN', withdrawnById: actor.userId, closedAt: () => 'now()' },
      );
      await this.audit.record(manager, actor, 'decision.withdrawn', 'Decision', decision.id, {
        workspaceId: decision.workspaceId,
      });
      const recipients = (await this.readers.parties(decision.workspaceId)).filter((user) => user !== actor.userId);
      const notified = await this.notify(manager, recipients, 'DECISION_WITHDRAWN', decision, {});
      return { decision, events: [updated(decision), ...notified] };
    });
    this.realtime.publish(events);
    return decision;
  }

  /**
   * The adoption job: adopts the decision if it is still OPEN and its deadline has passed, in one conditional
   * update, so that of concurrent or repeated runs on any instance exactly one adopts it and tells its parties.
   */
  async adoptIfSilent(id: string): Promise<void> {
    const events = await this.decisions.manager.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(Decision)
        .set({ status: 'ADOPTED', closedAt: () => 'now()' })
        .where(`id = :id AND status = 'OPEN' AND silence_until <= now()`, { id })
        .returning(['id'])
        .execute();
      if ((result.affected ?? 0) === 0) {
        await this.rescheduleIfEarly(manager, id);
        return [];
      }
      const decision = await manager.findOneByOrFail(Decision, { id });
      await this.audit.record(manager, null, 'decision.adopted', 'Decision', decision.id, {
        silenceUntil: decision.silenceUntil,
      });
      const notified = await this.notify(
        manager,
        await this.readers.parties(decision.workspaceId),
        'DECISION_ADOPTED',
        decision,
        {},
      );
      return [updated(decision), ...notified];
    });
    this.realtime.publish(events);
  }

  // ---- for field resolvers (the parent decision was authorized by the query that returned it) ----

  async objectionsByDecisionIds(ids: readonly string[]): Promise<DecisionObjection[][]> {
    const rows = await this.decisions.manager.find(DecisionObjection, {
      where: { decisionId: In([...ids]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return ids.map((id) => rows.filter((row) => row.decisionId === id));
  }

  async findByIds(ids: readonly string[]): Promise<(Decision | undefined)[]> {
    return inOrderOf(ids, await rowsWhereIn(this.decisions.manager, Decision, 'id', ids));
  }

  // ---- internals ----

  /** The decision and what its workspace allows the actor; NOT_FOUND when missing or unreadable. */
  private async requireReadable(
    actor: Actor,
    id: string,
    manager: EntityManager = this.decisions.manager,
  ): Promise<{ decision: Decision; access: WorkspaceAccess; workspace: Workspace }> {
    const decision = await manager.findOneBy(Decision, { id });
    const found = decision && (await this.workspaces.accessOf(actor, decision.workspaceId, manager));
    if (!decision || !found?.access.read) throw notFound('Decision');
    return { decision, access: found.access, workspace: found.workspace };
  }

  /**
   * A job that ran before the deadline (a clock ahead, a retry) leaves the decision open: the adoption is
   * put back for the time that remains.
   */
  private async rescheduleIfEarly(manager: EntityManager, id: string): Promise<void> {
    const [early] = await manager.query(
      `SELECT EXTRACT(EPOCH FROM silence_until - now())::float8 AS wait FROM decisions
        WHERE id = $1 AND status = 'OPEN' AND silence_until > now()`,
      [id],
    );
    if (early) {
      await this.jobs.add(manager, ADOPT_DECISION, [{ payload: { id }, key: adoptionKey(id) }], {
        delaySeconds: Number(early.wait),
      });
    }
  }

  /** Notifications of the decision to these people, each titled in their language. */
  private async notify(
    manager: EntityManager,
    userIds: readonly string[],
    type: NotificationType,
    decision: Decision,
    values: { author?: string; workspace?: string },
    organization?: (language: Actor['language']) => string,
  ): Promise<RealtimeEvent[]> {
    if (userIds.length === 0) return [];
    const people = (await this.users.findByIds(userIds)).filter((person) => person !== undefined);
    return this.notifications.create(
      manager,
      people.map((person) => ({
        userId: person.id,
        type,
        title: notificationTitle(person.preferredLanguage, type, {
          ...values,
          decision: decision.title,
          organization: organization?.(person.preferredLanguage),
        }),
        link: `/decisions/${decision.id}`,
      })),
    );
  }
}

const updated = (decision: Decision): RealtimeEvent => ({
  kind: 'decision.updated',
  payload: { id: decision.id, workspaceId: decision.workspaceId, status: decision.status },
});
