import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { WORK_PLAN_DUE_SOON_DAYS, type NotificationType } from '@ctcp/shared';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, badInput, conflict, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { lockForChange } from '../../database/lock-for-change.js';
import { ActivitiesService } from '../activities/activities.service.js';
import { AuditService } from '../audit/audit.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { notificationTitle } from '../notifications/notification-texts.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationUnitsService } from '../organizations/organization-units.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import {
  dueDateFits,
  type GroupStanding,
  mayEditWorkPlan,
  mayEditWorkPlanItem,
  mayReadWorkPlan,
  readableWorkPlansWhere,
  standingIn,
  workPlanChairsWhere,
  workPlanReadersWhere,
} from '../policy/work-plans.js';
import { ProjectsService } from '../projects/projects.service.js';
import { type RealtimeEvent, RealtimeService } from '../realtime/realtime.service.js';
import { UsersService } from '../users/users.service.js';
import { WorkingGroupsService } from '../working-groups/working-groups.service.js';
import { WorkPlan, WorkPlanItem, WorkPlanProgressNote } from './work-plan.entity.js';
import type {
  AddWorkPlanItemInput,
  CreateWorkPlanInput,
  UpdateWorkPlanItemInput,
  WorkPlanFilter,
} from './work-plans.inputs.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

/** The daily job that reminds leads of items due soon or overdue. */
export const SEND_WORK_PLAN_REMINDERS = 'send_work_plan_reminders';
/** Every day at 06:00 UTC, before the working day of most of the Compact's offices. */
const WORK_PLAN_REMINDERS_CRON = '0 6 * * *';

const today = () => new Date().toISOString().slice(0, 10);

/** The item's values a change may touch, checked together. */
type ItemValues = Pick<
  WorkPlanItem,
  | 'title'
  | 'description'
  | 'pillar'
  | 'ownerOrganizationId'
  | 'ownerUnitId'
  | 'leadIds'
  | 'dueDate'
  | 'status'
  | 'projectIds'
  | 'activityIds'
>;

/**
 * Six-month work plans of working groups and organization units: their items, progress notes, the
 * reminders of due dates (a daily job; what was sent is recorded, so a run repeats nothing) and the
 * notice to the chairs when an item turns AT_RISK (in the transaction of the change).
 */
@Injectable()
export class WorkPlansService implements OnModuleInit {
  constructor(
    @InjectRepository(WorkPlan) private readonly plans: Repository<WorkPlan>,
    private readonly workingGroups: WorkingGroupsService,
    private readonly units: OrganizationUnitsService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly projects: ProjectsService,
    private readonly activities: ActivitiesService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SEND_WORK_PLAN_REMINDERS, async () => {
      await this.sendDueReminders();
    });
    this.jobs.schedule(SEND_WORK_PLAN_REMINDERS, WORK_PLAN_REMINDERS_CRON);
  }

  /** The plans the actor may read: the latest period first, then by title. */
  list(actor: Actor, filter: WorkPlanFilter, page: Page) {
    const readable = readableWorkPlansWhere(actor);
    const query = this.plans.createQueryBuilder('p').where(readable.sql, readable.params);
    if (filter.workingGroupId) query.andWhere('p.working_group_id = :groupId', { groupId: filter.workingGroupId });
    if (filter.unitId) query.andWhere('p.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.year) query.andWhere('p.year = :year', { year: filter.year });
    if (filter.half) query.andWhere('p.half = :half', { half: filter.half });
    query.orderBy('p.year', 'DESC').addOrderBy('p.half', 'DESC').addOrderBy('p.title', 'ASC').addOrderBy('p.id', 'ASC');
    return findPage(query, page);
  }

  async get(actor: Actor, id: string): Promise<WorkPlan> {
    return (await this.requireReadablePlan(actor, id)).plan;
  }

  async getItem(actor: Actor, id: string): Promise<WorkPlanItem> {
    const item = await this.plans.manager.findOneBy(WorkPlanItem, { id });
    if (!item) throw notFound('Work plan item');
    await this.requireReadablePlan(actor, item.workPlanId, this.plans.manager, 'Work plan item');
    return item;
  }

  async create(actor: Actor, input: CreateWorkPlanInput): Promise<WorkPlan> {
    const workingGroupId = input.workingGroupId ?? null;
    const unitId = input.unitId ?? null;
    if (!workingGroupId === !unitId) {
      throw badInput('workingGroupId', 'Choose either a working group or an organization unit.');
    }
    const title = input.title.trim();
    return this.plans.manager.transaction(async (manager) => {
      let organizationId: string | null = null;
      if (workingGroupId) {
        await this.workingGroups.requireExists(manager, workingGroupId);
      } else {
        const [unit] = await this.units.findByIds([unitId!]);
        if (!unit) throw badInput('unitId', 'This organization unit does not exist.');
        organizationId = unit.organizationId;
      }
      const owner = { workingGroupId, organizationId };
      const standing = await this.standing(actor, workingGroupId);
      assertAllowed(
        mayEditWorkPlan(actor, owner, standing),
        'A working group’s chairs and vice-chairs, a unit’s organization admins, and coordinators make plans.',
      );
      if (!title) throw badInput('title', 'Enter a title.');
      // One plan per owner and half year: plans made at once for the same period wait for each other here,
      // so the second finds the first and answers CONFLICT rather than tripping the unique index.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('work plan ' || $1, 0))`, [
        `${workingGroupId ?? unitId}/${input.year}/${input.half}`,
      ]);
      const taken = await manager.existsBy(
        WorkPlan,
        workingGroupId
          ? { workingGroupId, year: input.year, half: input.half }
          : { unitId: unitId!, year: input.year, half: input.half },
      );
      if (taken) throw conflict('There is a plan for this period already.', 'half');
      const plan = await manager.save(
        manager.create(WorkPlan, {
          workingGroupId,
          unitId,
          organizationId,
          year: input.year,
          half: input.half,
          title,
          createdById: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, 'work_plan.created', 'WorkPlan', plan.id, {
        workingGroupId,
        unitId,
        year: input.year,
        half: input.half,
      });
      return plan;
    });
  }

  async addItem(actor: Actor, input: AddWorkPlanItemInput): Promise<WorkPlanItem> {
    return this.plans.manager.transaction(async (manager) => {
      const { plan, standing } = await this.requireReadablePlan(actor, input.workPlanId, manager);
      assertAllowed(
        mayEditWorkPlan(actor, plan, standing),
        'The plan’s editors (its group’s chairs and vice-chairs, or its unit’s organization admins) add items.',
      );
      const values = await this.checkedValues(manager, actor, plan, {
        title: input.title,
        description: input.description ?? '',
        pillar: input.pillar,
        ownerOrganizationId: input.ownerOrganizationId,
        ownerUnitId: input.ownerUnitId ?? null,
        leadIds: input.leadIds ?? [],
        dueDate: input.dueDate,
        status: input.status ?? 'NOT_STARTED',
        projectIds: input.projectIds ?? [],
        activityIds: input.activityIds ?? [],
      });
      const item = await manager.save(
        manager.create(WorkPlanItem, { ...values, workPlanId: plan.id, createdById: actor.userId }),
      );
      await this.audit.record(manager, actor, 'work_plan.item_added', 'WorkPlanItem', item.id, {
        workPlanId: plan.id,
        status: item.status,
      });
      return item;
    });
  }

  async updateItem(actor: Actor, input: UpdateWorkPlanItemInput): Promise<WorkPlanItem> {
    const { item, events } = await this.plans.manager.transaction(async (manager) => {
      const found = await manager.findOneBy(WorkPlanItem, { id: input.id });
      if (!found) throw notFound('Work plan item');
      const { plan, standing } = await this.requireReadablePlan(actor, found.workPlanId, manager, 'Work plan item');
      const item = await lockForChange(manager, WorkPlanItem, found.id, 'Work plan item');
      assertAllowed(
        mayEditWorkPlanItem(actor, plan, standing, item),
        'The plan’s editors, and the item’s leads of its owner organization, update an item.',
      );
      const ownerOrganizationId = input.ownerOrganizationId ?? item.ownerOrganizationId;
      const values = await this.checkedValues(manager, actor, plan, {
        title: input.title ?? item.title,
        description: input.description ?? item.description,
        pillar: input.pillar ?? item.pillar,
        ownerOrganizationId,
        // A unit belongs to its organization: moving the item to another organization leaves its unit.
        ownerUnitId: input.clearOwnerUnit
          ? null
          : (input.ownerUnitId ?? (ownerOrganizationId === item.ownerOrganizationId ? item.ownerUnitId : null)),
        leadIds: input.leadIds ?? item.leadIds,
        dueDate: input.dueDate ?? item.dueDate,
        status: input.status ?? item.status,
        projectIds: input.projectIds ?? item.projectIds,
        activityIds: input.activityIds ?? item.activityIds,
      });
      const note = input.progressNote?.trim();
      if (input.progressNote != null && !note) throw badInput('progressNote', 'Write the progress note.');
      if (!note && input.progressNoteDate) throw badInput('progressNote', 'Write the note the date is for.');
      const turnedAtRisk = values.status === 'AT_RISK' && item.status !== 'AT_RISK';
      Object.assign(item, values);
      await manager.save(item);
      if (note) {
        await manager.insert(WorkPlanProgressNote, {
          itemId: item.id,
          authorId: actor.userId,
          text: note,
          date: input.progressNoteDate ?? today(),
        });
      }
      await this.audit.record(manager, actor, 'work_plan.item_updated', 'WorkPlanItem', item.id, {
        status: item.status,
        progressNote: Boolean(note),
      });
      const events = turnedAtRisk ? await this.notifyAtRisk(manager, actor, plan, item) : [];
      return { item, events };
    });
    this.realtime.publish(events);
    return item;
  }

  /**
   * The daily reminders: each lead of an open item (not DONE or DROPPED) due within WORK_PLAN_DUE_SOON_DAYS
   * hears once that it is due soon, and once more when it is overdue. The reminder rows are written first,
   * keyed by item and threshold, so a repeated or concurrent run finds nothing left to send.
   */
  async sendDueReminders(): Promise<number> {
    const events = await this.plans.manager.transaction(async (manager) => {
      const sent: { item_id: string; threshold: 'DUE_SOON' | 'OVERDUE' }[] = await manager.query(
        `INSERT INTO work_plan_reminders (item_id, threshold)
         SELECT i.id, CASE WHEN i.due_date < current_date THEN 'OVERDUE' ELSE 'DUE_SOON' END
           FROM work_plan_items i
          WHERE i.status NOT IN ('DONE', 'DROPPED') AND i.due_date <= current_date + $1::int
         ON CONFLICT DO NOTHING
         RETURNING item_id, threshold`,
        [WORK_PLAN_DUE_SOON_DAYS],
      );
      if (sent.length === 0) return [];
      const items = await manager.findBy(WorkPlanItem, { id: In(sent.map((row) => row.item_id)) });
      const plans = new Map(
        (await manager.findBy(WorkPlan, { id: In(items.map((item) => item.workPlanId)) })).map((plan) => [
          plan.id,
          plan,
        ]),
      );
      const byId = new Map(items.map((item) => [item.id, item]));
      const leads = await this.users.findByIds([...new Set(items.flatMap((item) => item.leadIds))]);
      const people = new Map(leads.flatMap((person) => (person && !person.disabledAt ? [[person.id, person]] : [])));
      return this.notifications.create(
        manager,
        sent.flatMap((row) => {
          const item = byId.get(row.item_id)!;
          const plan = plans.get(item.workPlanId)!;
          const type: NotificationType =
            row.threshold === 'OVERDUE' ? 'WORK_PLAN_ITEM_OVERDUE' : 'WORK_PLAN_ITEM_DUE_SOON';
          return item.leadIds.flatMap((leadId) => {
            const person = people.get(leadId);
            if (!person) return [];
            return [
              {
                userId: person.id,
                type,
                title: notificationTitle(person.preferredLanguage, type, { item: item.title, plan: plan.title }),
                link: itemLink(item),
              },
            ];
          });
        }),
      );
    });
    this.realtime.publish(events);
    return events.length;
  }

  // ---- for field resolvers (the parent was authorized by the query that returned it) ----

  async findByIds(ids: readonly string[]): Promise<(WorkPlan | undefined)[]> {
    return inOrderOf(ids, await rowsWhereIn(this.plans.manager, WorkPlan, 'id', ids));
  }

  /** Items by plan, by due date then title. */
  async itemsByPlanIds(ids: readonly string[]): Promise<WorkPlanItem[][]> {
    const rows = await this.plans.manager.find(WorkPlanItem, {
      where: { workPlanId: In([...ids]) },
      order: { dueDate: 'ASC', title: 'ASC', id: 'ASC' },
    });
    return ids.map((id) => rows.filter((row) => row.workPlanId === id));
  }

  /** Progress notes by item, in the order they were written (each note carries the day it speaks of). */
  async notesByItemIds(ids: readonly string[]): Promise<WorkPlanProgressNote[][]> {
    const rows = await this.plans.manager.find(WorkPlanProgressNote, {
      where: { itemId: In([...ids]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return ids.map((id) => rows.filter((row) => row.itemId === id));
  }

  /** The actor's organization's current role in the working group (null for a unit's plan or no part). */
  async standing(actor: Actor, workingGroupId: string | null): Promise<GroupStanding> {
    if (!workingGroupId) return null;
    const [memberships] = await this.workingGroups.membershipsByOrganizationIds([actor.organizationId]);
    return standingIn(workingGroupId, memberships, today());
  }

  // ---- internals ----

  private async requireReadablePlan(
    actor: Actor,
    id: string,
    manager: EntityManager = this.plans.manager,
    what = 'Work plan',
  ): Promise<{ plan: WorkPlan; standing: GroupStanding }> {
    const plan = await manager.findOneBy(WorkPlan, { id });
    if (!plan) throw notFound(what);
    const standing = await this.standing(actor, plan.workingGroupId);
    if (!mayReadWorkPlan(actor, plan, standing)) throw notFound(what);
    return { plan, standing };
  }

  /** The item's values, trimmed and checked against the plan; BAD_USER_INPUT with the field otherwise. */
  private async checkedValues(
    manager: EntityManager,
    actor: Actor,
    plan: WorkPlan,
    values: ItemValues,
  ): Promise<ItemValues> {
    const title = values.title.trim();
    if (!title) throw badInput('title', 'Enter a title.');
    if (!dueDateFits(values.dueDate, plan.year, plan.half)) {
      throw badInput('dueDate', 'The due date must fall within the plan’s six months, or within a month of them.');
    }
    await this.organizations.requireExisting(
      manager,
      [values.ownerOrganizationId],
      'ownerOrganizationId',
      'This organization does not exist.',
    );
    if (values.ownerUnitId) {
      await this.units.requireUnitOf(
        manager,
        values.ownerUnitId,
        values.ownerOrganizationId,
        'ownerUnitId',
        'Choose a unit of the owner organization.',
      );
    }
    const leadIds = [...new Set(values.leadIds)];
    if (leadIds.length > 0) {
      const readers = await this.users.enabledIdsWhere(workPlanReadersWhere(plan), leadIds);
      if (readers.length !== leadIds.length) {
        throw badInput('leadIds', 'Each lead must be an active person who may read this plan.');
      }
    }
    const projectIds = [...new Set(values.projectIds)];
    if ((await this.projects.readableIds(actor, projectIds)).size !== projectIds.length) {
      throw badInput('projectIds', 'Link only projects you can see.');
    }
    const activityIds = [...new Set(values.activityIds)];
    if ((await this.activities.readableIds(actor, activityIds)).size !== activityIds.length) {
      throw badInput('activityIds', 'Link only activities you can see.');
    }
    return { ...values, title, description: values.description.trim(), leadIds, projectIds, activityIds };
  }

  /** Tells the plan's chairs (or the unit's organization admins) that an item is at risk, in the change's transaction. */
  private async notifyAtRisk(
    manager: EntityManager,
    actor: Actor,
    plan: WorkPlan,
    item: WorkPlanItem,
  ): Promise<RealtimeEvent[]> {
    const ids = (await this.users.enabledIdsWhere(workPlanChairsWhere(plan))).filter((id) => id !== actor.userId);
    const people = (await this.users.findByIds(ids)).filter((person) => person !== undefined);
    return this.notifications.create(
      manager,
      people.map((person) => ({
        userId: person.id,
        type: 'WORK_PLAN_ITEM_AT_RISK' as const,
        title: notificationTitle(person.preferredLanguage, 'WORK_PLAN_ITEM_AT_RISK', {
          item: item.title,
          plan: plan.title,
        }),
        link: itemLink(item),
      })),
    );
  }
}

/** Where a notification of an item leads in the web app. */
export const itemLink = (item: Pick<WorkPlanItem, 'id'>) => `/work-plans/items/${item.id}`;
