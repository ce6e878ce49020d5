import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, badInput, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { likePattern } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganizationUnitsService } from '../organizations/organization-units.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { WorkingGroupsService } from '../working-groups/working-groups.service.js';
import { mayReadActivity, mayRecordActivity, readableActivitiesWhere, type Viewer } from '../policy/projects.js';
import { ProjectsService } from '../projects/projects.service.js';
import type { ActivityFilter, RecordActivityInput, UpdateActivityInput } from './activities.inputs.js';
import { Activity, ActivityOrganizer } from './activity.entity.js';
import { lockForChange } from '../../database/lock-for-change.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

export interface CountryActivity {
  countryCode: string;
  activities: number;
  participants: number;
  individualsTrained: number;
}

/** Activities: recorded by coordinators and by the organizing entities' members. */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectRepository(Activity) private readonly activities: Repository<Activity>,
    private readonly projects: ProjectsService,
    private readonly organizations: OrganizationsService,
    private readonly units: OrganizationUnitsService,
    private readonly workingGroups: WorkingGroupsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, filter: ActivityFilter, page: Page) {
    const query = this.filtered(await this.projects.viewer(actor), filter);
    query.orderBy('a.start_date', 'ASC').addOrderBy('a.title', 'ASC').addOrderBy('a.id', 'ASC');
    return findPage(query, page);
  }

  /** Activities and people trained per host country, for the map. */
  async byCountry(actor: Actor, filter: ActivityFilter): Promise<CountryActivity[]> {
    const rows = await this.filtered(await this.projects.viewer(actor), filter)
      .andWhere('a.country_code IS NOT NULL')
      .select('a.country_code', 'countryCode')
      .addSelect('count(*)::int', 'activities')
      .addSelect('coalesce(sum(a.participants), 0)::int', 'participants')
      .addSelect('coalesce(sum(a.individuals_trained), 0)::int', 'individualsTrained')
      .groupBy('a.country_code')
      .orderBy('"individualsTrained"', 'DESC')
      .addOrderBy('a.country_code', 'ASC')
      .getRawMany<CountryActivity>();
    return rows;
  }

  async get(actor: Actor, id: string): Promise<Activity> {
    const activity = await this.activities.findOneBy({ id });
    if (!activity || !(await this.readable(await this.projects.viewer(actor), activity))) throw notFound('Activity');
    return activity;
  }

  async record(actor: Actor, input: RecordActivityInput): Promise<Activity> {
    const organizerIds = this.organizersOf(actor, input.organizerIds);
    assertAllowed(
      mayRecordActivity(actor, organizerIds),
      'Coordinators record activities; an entity’s members, those their organization organizes.',
    );
    return this.activities.manager.transaction(async (manager) => {
      const values = await this.checkedValues(manager, actor, input, organizerIds);
      const activity = await manager.save(manager.create(Activity, { ...values, recordedById: actor.userId }));
      await manager.insert(
        ActivityOrganizer,
        organizerIds.map((organizationId) => ({ activityId: activity.id, organizationId })),
      );
      await this.audit.record(manager, actor, 'activity.recorded', 'Activity', activity.id, {
        type: activity.type,
        organizerIds,
      });
      return activity;
    });
  }

  async update(actor: Actor, input: UpdateActivityInput): Promise<Activity> {
    return this.activities.manager.transaction(async (manager) => {
      const activity = await this.requireEditable(manager, actor, input.id);
      const organizerIds = this.organizersOf(actor, input.organizerIds);
      assertAllowed(mayRecordActivity(actor, organizerIds), 'Your organization must stay among the organizers.');
      Object.assign(activity, await this.checkedValues(manager, actor, input, organizerIds));
      const saved = await manager.save(activity);
      await manager.delete(ActivityOrganizer, { activityId: activity.id });
      await manager.insert(
        ActivityOrganizer,
        organizerIds.map((organizationId) => ({ activityId: activity.id, organizationId })),
      );
      await this.audit.record(manager, actor, 'activity.updated', 'Activity', activity.id, {
        type: saved.type,
        organizerIds,
      });
      return saved;
    });
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    return this.activities.manager.transaction(async (manager) => {
      await this.requireEditable(manager, actor, id);
      await manager.delete(Activity, { id });
      await this.audit.record(manager, actor, 'activity.deleted', 'Activity', id, { deleted: true });
      return true;
    });
  }

  async organizerIdsByActivityIds(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.activities.manager.find(ActivityOrganizer, { where: { activityId: In([...ids]) } });
    return ids.map((id) => rows.filter((row) => row.activityId === id).map((row) => row.organizationId));
  }

  async findByIds(ids: readonly string[]): Promise<(Activity | undefined)[]> {
    return inOrderOf(ids, await rowsWhereIn(this.activities.manager, Activity, 'id', ids));
  }

  // ---- internals ----

  /** The organizers as given, or the recorder's own organization. */
  private organizersOf(actor: Actor, organizerIds: readonly string[]): string[] {
    const ids = [...new Set(organizerIds)];
    return ids.length > 0 ? ids : [actor.organizationId];
  }

  /** The activity, locked for the change, once the actor may read and edit it (else NOT_FOUND, never locked). */
  private async requireEditable(manager: EntityManager, actor: Actor, id: string): Promise<Activity> {
    const found = await manager.findOneBy(Activity, { id });
    if (!found || !(await this.readable(await this.projects.viewer(actor), found))) throw notFound('Activity');
    const activity = await lockForChange(manager, Activity, id, 'Activity');
    const organizers = (await manager.findBy(ActivityOrganizer, { activityId: id })).map((row) => row.organizationId);
    assertAllowed(mayRecordActivity(actor, organizers), 'Only coordinators and the organizers edit an activity.');
    return activity;
  }

  /** Of these activities, the ids the actor may read (links from other records show only those). */
  async readableIds(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const [viewer, rows] = await Promise.all([
      this.projects.viewer(actor),
      rowsWhereIn(this.activities.manager, Activity, 'id', ids),
    ]);
    const projects = await this.projects.factsByIds([
      ...new Set(rows.flatMap((row) => (row.projectId ? [row.projectId] : []))),
    ]);
    const readable = rows.filter((row) =>
      mayReadActivity(viewer, row, row.projectId ? (projects.get(row.projectId) ?? null) : null),
    );
    return new Set(readable.map((row) => row.id));
  }

  private async readable(viewer: Viewer, activity: Activity) {
    const projects = await this.projects.factsByIds(activity.projectId ? [activity.projectId] : []);
    return mayReadActivity(viewer, activity, (activity.projectId && projects.get(activity.projectId)) || null);
  }

  private async checkedValues(
    manager: EntityManager,
    actor: Actor,
    input: RecordActivityInput,
    organizerIds: string[],
  ) {
    const title = input.title.trim();
    if (!title) throw badInput('title', 'Enter a title.');
    const endDate = input.endDate ?? input.startDate;
    if (endDate < input.startDate) throw badInput('endDate', 'The end comes after the start.');
    if (!input.online && !input.countryCode) throw badInput('countryCode', 'Give the country, or mark it online.');
    if (input.countryCode) await this.organizations.requireCountryCodes(manager, [input.countryCode], 'countryCode');
    const { participants = null, participantsWomen = null } = input;
    if (participantsWomen !== null && (participants === null || participantsWomen > participants)) {
      throw badInput('participantsWomen', 'Women participants cannot outnumber all participants.');
    }
    await this.organizations.requireKinds(
      manager,
      organizerIds,
      ['COMPACT_ENTITY', 'REGIONAL_ORGANIZATION', 'OTHER', 'DONOR', 'MEMBER_STATE', 'OBSERVER_STATE'],
      'organizerIds',
      'An organizer does not exist.',
    );
    if (input.unitId) {
      await this.units.requireUnitOf(manager, input.unitId, organizerIds, 'unitId', 'Choose a unit of an organizer.');
    }
    const project = input.projectId ? await this.projects.findReadable(actor, input.projectId, manager) : null;
    if (input.projectId && !project) throw badInput('projectId', 'This project does not exist.');
    const workingGroupId = input.workingGroupId ?? project?.workingGroupId ?? null;
    if (input.workingGroupId) await this.workingGroups.requireExists(manager, input.workingGroupId);
    return {
      type: input.type,
      title,
      description: input.description.trim(),
      startDate: input.startDate,
      endDate,
      countryCode: input.countryCode ?? null,
      city: input.city?.trim() || null,
      online: input.online,
      projectId: project?.id ?? null,
      // Left out, the unit stays as it was (an edit by a form that does not show it keeps it).
      ...(input.unitId !== undefined ? { unitId: input.unitId } : {}),
      workingGroupId,
      pillars: input.pillars.length > 0 ? [...new Set(input.pillars)] : (project?.pillars ?? []),
      participants,
      participantsWomen,
      individualsTrained: input.individualsTrained,
      featured: input.featured,
    };
  }

  private filtered(viewer: Viewer, filter: ActivityFilter): SelectQueryBuilder<Activity> {
    const readable = readableActivitiesWhere(viewer);
    const query = this.activities.createQueryBuilder('a').where(readable.sql, readable.params);
    if (filter.from) query.andWhere('a.end_date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.start_date <= :to', { to: filter.to });
    if (filter.type) query.andWhere('a.type = :type', { type: filter.type });
    if (filter.countryCode) query.andWhere('a.country_code = :country', { country: filter.countryCode });
    if (filter.projectId) query.andWhere('a.project_id = :projectId', { projectId: filter.projectId });
    if (filter.workingGroupId) query.andWhere('a.working_group_id = :wg', { wg: filter.workingGroupId });
    if (filter.pillar) query.andWhere(':pillar = ANY(a.pillars)', { pillar: filter.pillar });
    if (filter.search?.trim()) query.andWhere('a.title ILIKE :pattern', { pattern: likePattern(filter.search) });
    if (filter.organizerId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM activity_organizers ao WHERE ao.activity_id = a.id AND ao.organization_id = :organizer)',
        { organizer: filter.organizerId },
      );
    }
    return query;
  }
}
