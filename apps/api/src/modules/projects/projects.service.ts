import type { ProjectStatus } from '@ctcp/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, MoreThan, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, badInput, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { likePattern } from '../../common/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { markedProjectTitle, notificationTitle } from '../notifications/notification-texts.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationUnitsService } from '../organizations/organization-units.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { WorkingGroupsService } from '../working-groups/working-groups.service.js';
import { personActor } from '../policy/actors.js';
import { isReadAudited } from '../policy/classification.js';
import {
  mayBreakGlassOnProject,
  mayCreateProject,
  mayEditProject,
  mayReadProject,
  type ProjectFacts,
  readableProjectsWhere,
  type Viewer,
} from '../policy/projects.js';
import { type RealtimeEvent, RealtimeService } from '../realtime/realtime.service.js';
import { UsersService } from '../users/users.service.js';
import { WorkspaceReaders } from '../workspaces/workspace-readers.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import {
  Project,
  ProjectBreakGlassGrant,
  ProjectMilestone,
  ProjectParticipant,
  ProjectPartner,
} from './project.entity.js';
import { nameOnProject } from './project-participants.js';
import type {
  CreateProjectInput,
  ProjectFilter,
  SetProjectMilestoneInput,
  UpdateProjectInput,
} from './projects.inputs.js';
import { lockForChange } from '../../database/lock-for-change.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

/** What the home page gathers of projects, beyond the list's public filter. */
export interface ProjectCriteria extends ProjectFilter {
  statuses?: ProjectStatus[];
  /** Led by this organization or with it as a partner. */
  involvingOrganizationId?: string;
  /** Suspended, or planned or active with a pending milestone due before this day (YYYY-MM-DD). */
  atRiskOn?: string;
}

/** The project `p` is led by the organization :involved or has it as a partner. */
const INVOLVING_SQL = `(p.lead_entity_id = :involved
  OR EXISTS (SELECT 1 FROM project_partners pp WHERE pp.project_id = p.id AND pp.organization_id = :involved))`;

/** Joint projects: created by coordinators with their own workspace, edited by them and the lead entity. */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectRepository(Project) private readonly projects: Repository<Project>,
    private readonly organizations: OrganizationsService,
    private readonly units: OrganizationUnitsService,
    private readonly workingGroups: WorkingGroupsService,
    private readonly workspaces: WorkspacesService,
    private readonly readers: WorkspaceReaders,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  /** The actor with their State's ISO code, which decides what a State's people may read. */
  async viewer(actor: Actor): Promise<Viewer> {
    return { ...actor, countryCode: await this.organizations.countryCodeOf(actor) };
  }

  async list(actor: Actor, filter: ProjectCriteria, page: Page) {
    return findPage(await this.filtered(actor, filter), page);
  }

  /** Ids of the list's projects, in its order, at most `limit` of them: the portfolio export. */
  async listedIds(actor: Actor, filter: ProjectFilter, limit: number): Promise<string[]> {
    const query = (await this.filtered(actor, filter)).select('p.id', 'id').limit(limit);
    return (await query.getRawMany<{ id: string }>()).map((row) => row.id);
  }

  /** The projects the actor reads that the filter keeps, latest start first. */
  private async filtered(actor: Actor, filter: ProjectCriteria): Promise<SelectQueryBuilder<Project>> {
    const query = this.readable(await this.viewer(actor));
    if (filter.statuses) query.andWhere('p.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.involvingOrganizationId) {
      query.andWhere(INVOLVING_SQL, { involved: filter.involvingOrganizationId });
    }
    if (filter.atRiskOn) {
      query.andWhere(
        `(p.status = 'SUSPENDED' OR (p.status IN ('PLANNED', 'ACTIVE') AND EXISTS (SELECT 1 FROM project_milestones m
           WHERE m.project_id = p.id AND m.status = 'PENDING' AND m.due_date < :atRiskOn)))`,
        { atRiskOn: filter.atRiskOn },
      );
    }
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.pillar) query.andWhere(':pillar = ANY(p.pillars)', { pillar: filter.pillar });
    if (filter.workingGroupId) query.andWhere('p.working_group_id = :wg', { wg: filter.workingGroupId });
    if (filter.leadEntityId) query.andWhere('p.lead_entity_id = :lead', { lead: filter.leadEntityId });
    if (filter.countryCode)
      query.andWhere(':country = ANY(p.beneficiary_country_codes)', { country: filter.countryCode });
    if (filter.search?.trim()) query.andWhere('p.title ILIKE :pattern', { pattern: likePattern(filter.search) });
    return query.orderBy('p.start_date', 'DESC').addOrderBy('p.title', 'ASC').addOrderBy('p.id', 'ASC');
  }

  /**
   * The project, as a party reads it or through a break-glass grant; each read of a STRICTLY_CONFIDENTIAL
   * one is audited.
   */
  async get(actor: Actor, id: string): Promise<Project> {
    const manager = this.projects.manager;
    const project = await manager.findOneBy(Project, { id });
    if (!project) throw notFound('Project');
    const [viewer, [facts]] = await Promise.all([this.viewer(actor), this.factsOf([project])]);
    const asParty = mayReadProject(viewer, facts);
    const breakGlass = !asParty && mayBreakGlassOnProject(viewer, facts) && (await this.holdsGrant(actor, id));
    if (!asParty && !breakGlass) throw notFound('Project');
    if (isReadAudited(project.classification)) {
      await this.audit.record(manager, actor, 'classified.read', 'Project', project.id, {
        classification: project.classification,
        breakGlass,
      });
    }
    return project;
  }

  /** The actor holds a break-glass grant on the project that has not expired. */
  private holdsGrant(actor: Actor, projectId: string): Promise<boolean> {
    return this.projects.manager.exists(ProjectBreakGlassGrant, {
      where: { projectId, userId: actor.userId, expiresAt: MoreThan(new Date()) },
    });
  }

  /** The project when it exists and the actor may read it as a party, else null. */
  async findReadable(actor: Actor, id: string, manager = this.projects.manager): Promise<Project | null> {
    const project = await manager.findOneBy(Project, { id });
    if (!project) return null;
    const [facts] = await this.factsOf([project], manager);
    return mayReadProject(await this.viewer(actor), facts) ? project : null;
  }

  /** The facts the policy reads of each project: its partners and the people named on it. */
  async factsOf(projects: readonly Project[], manager = this.projects.manager): Promise<(Project & ProjectFacts)[]> {
    if (projects.length === 0) return [];
    const ids = projects.map((project) => project.id);
    const partners = await manager.findBy(ProjectPartner, { projectId: In(ids) });
    const named = await manager.find(ProjectParticipant, {
      where: { projectId: In(ids) },
      order: { createdAt: 'ASC', userId: 'ASC' },
    });
    return projects.map((project) => ({
      ...project,
      partnerIds: partners.filter((row) => row.projectId === project.id).map((row) => row.organizationId),
      participantIds: named.filter((row) => row.projectId === project.id).map((row) => row.userId),
    }));
  }

  async create(actor: Actor, input: CreateProjectInput): Promise<Project> {
    assertAllowed(mayCreateProject(actor), 'Only coordinators create projects.');
    const partners = dedupeBy(
      [
        ...input.partnerEntityIds.map((organizationId) => ({ organizationId, role: 'CO_IMPLEMENTER' as const })),
        ...input.partners,
      ],
      (partner) => partner.organizationId,
    );
    const partnerIds = partners.map((partner) => partner.organizationId);
    if (partnerIds.includes(input.leadEntityId)) {
      throw badInput('partnerEntityIds', 'The lead entity cannot also be a partner.');
    }
    const { project, events } = await this.projects.manager.transaction(async (manager) => {
      const values = await this.checkedValues(manager, {
        title: input.title,
        summary: input.summary,
        beneficiaryCountryCodes: input.beneficiaryCountryCodes,
        beneficiaryRegions: input.beneficiaryRegions,
        pillars: input.pillars,
        workingGroupId: input.workingGroupId ?? null,
        status: input.status,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        budgetUsd: input.budgetUsd ?? null,
      });
      await this.organizations.requireKinds(
        manager,
        [input.leadEntityId],
        ['COMPACT_ENTITY'],
        'leadEntityId',
        'Choose a Compact entity.',
      );
      if (input.unitId) {
        await this.units.requireUnitOf(
          manager,
          input.unitId,
          input.leadEntityId,
          'unitId',
          'Choose a unit of the lead entity.',
        );
      }
      await this.requirePartners(manager, partnerIds);
      // Who takes part follows the project: its lead and partners, and coordinators (policy/workspaces.ts).
      const workspace = await this.workspaces.createDerived(manager, {
        name: values.title,
        description: '',
        kind: 'PROJECT',
        // Only a working group's own workspace carries its id (one each).
        workingGroupId: null,
        createdById: actor.userId,
      });
      const project = await manager.save(
        manager.create(Project, {
          ...values,
          leadEntityId: input.leadEntityId,
          unitId: input.unitId ?? null,
          classification: input.classification,
          workspaceId: workspace.id,
          createdById: actor.userId,
        }),
      );
      if (partnerIds.length > 0) {
        await manager.insert(
          ProjectPartner,
          partners.map((partner) => ({ projectId: project.id, ...partner })),
        );
      }
      if (input.classification === 'STRICTLY_CONFIDENTIAL') {
        const [facts] = await this.factsOf([project], manager);
        await nameOnProject(manager, facts, input.participantIds);
      }
      await this.audit.record(manager, actor, 'project.created', 'Project', project.id, {
        leadEntityId: input.leadEntityId,
        partners: partnerIds.length,
        classification: input.classification,
      });
      const notified = await this.notifyPartners(manager, actor, project, [input.leadEntityId, ...partnerIds]);
      return { project, events: [await this.readers.partiesChanged(workspace.id), ...notified] };
    });
    this.realtime.publish(events);
    return project;
  }

  async update(actor: Actor, input: UpdateProjectInput): Promise<Project> {
    const { project, events } = await this.projects.manager.transaction(async (manager) => {
      const project = await this.requireEditable(manager, actor, input.id);
      const values = await this.checkedValues(manager, {
        title: input.title ?? project.title,
        summary: input.summary ?? project.summary,
        beneficiaryCountryCodes: input.beneficiaryCountryCodes ?? project.beneficiaryCountryCodes,
        beneficiaryRegions: input.beneficiaryRegions ?? project.beneficiaryRegions,
        pillars: input.pillars ?? project.pillars,
        // Omitted fields stay; null clears the ones that may be empty.
        workingGroupId: input.workingGroupId === undefined ? project.workingGroupId : input.workingGroupId,
        status: input.status ?? project.status,
        startDate: input.startDate ?? project.startDate,
        endDate: input.endDate === undefined ? project.endDate : input.endDate,
        budgetUsd: input.budgetUsd === undefined ? project.budgetUsd : input.budgetUsd,
      });
      Object.assign(project, values);
      const saved = await manager.save(project);
      const events: RealtimeEvent[] = [];
      if (input.partners) {
        const partners = dedupeBy(input.partners, (partner) => partner.organizationId);
        const ids = partners.map((partner) => partner.organizationId);
        if (ids.includes(project.leadEntityId)) throw badInput('partners', 'The lead entity cannot also be a partner.');
        await this.requirePartners(manager, ids, 'partners');
        const before = new Set(
          (await manager.findBy(ProjectPartner, { projectId: project.id })).map((row) => row.organizationId),
        );
        await manager.delete(ProjectPartner, { projectId: project.id });
        if (partners.length > 0) {
          await manager.insert(
            ProjectPartner,
            partners.map((partner) => ({
              projectId: project.id,
              organizationId: partner.organizationId,
              role: partner.role,
            })),
          );
        }
        const added = ids.filter((id) => !before.has(id));
        if (project.workspaceId) events.push(await this.readers.partiesChanged(project.workspaceId));
        events.push(...(await this.notifyPartners(manager, actor, saved, added)));
      }
      await this.audit.record(manager, actor, 'project.updated', 'Project', project.id, {
        fields: Object.keys(input).filter((key) => key !== 'id'),
      });
      return { project: saved, events };
    });
    this.realtime.publish(events);
    return project;
  }

  async setMilestone(actor: Actor, input: SetProjectMilestoneInput): Promise<ProjectMilestone> {
    return this.projects.manager.transaction(async (manager) => {
      const project = await this.requireEditable(manager, actor, input.projectId);
      const title = input.title.trim();
      if (!title) throw badInput('title', 'Enter a title.');
      const existing = input.id
        ? await manager.findOneBy(ProjectMilestone, { id: input.id, projectId: project.id })
        : null;
      if (input.id && !existing) throw notFound('Milestone');
      return manager.save(
        Object.assign(existing ?? manager.create(ProjectMilestone, { projectId: project.id }), {
          title,
          dueDate: input.dueDate,
          status: input.status,
        }),
      );
    });
  }

  async deleteMilestone(actor: Actor, id: string): Promise<boolean> {
    return this.projects.manager.transaction(async (manager) => {
      const milestone = await manager.findOneBy(ProjectMilestone, { id });
      if (!milestone) throw notFound('Milestone');
      await this.requireEditable(manager, actor, milestone.projectId, 'Milestone');
      await manager.delete(ProjectMilestone, { id });
      return true;
    });
  }

  // ---- for field resolvers (the parent project was authorized by the query that returned it) ----

  /**
   * Pending milestones due by `dueBy` (late ones first) of the projects the actor reads, or of those
   * `involvingOrganizationId` leads or partners in.
   */
  async milestonesDue(
    actor: Actor,
    { dueBy, involvingOrganizationId }: { dueBy: string; involvingOrganizationId?: string },
    page: Page,
  ) {
    const projects = this.readable(await this.viewer(actor)).select('p.id');
    if (involvingOrganizationId) {
      projects.andWhere(INVOLVING_SQL, { involved: involvingOrganizationId });
    }
    const query = this.projects.manager
      .createQueryBuilder(ProjectMilestone, 'm')
      .where(`m.project_id IN (${projects.getQuery()})`)
      .andWhere(`m.status = 'PENDING' AND m.due_date <= :dueBy`, { dueBy })
      .setParameters({ ...projects.getParameters(), dueBy })
      .orderBy('m.due_date', 'ASC')
      .addOrderBy('m.id', 'ASC');
    return findPage(query, page);
  }

  async partnersByProjectIds(ids: readonly string[]): Promise<ProjectPartner[][]> {
    const rows = await this.projects.manager.find(ProjectPartner, { where: { projectId: In([...ids]) } });
    return ids.map((id) => rows.filter((row) => row.projectId === id));
  }

  async milestonesByProjectIds(ids: readonly string[]): Promise<ProjectMilestone[][]> {
    const rows = await this.projects.manager.find(ProjectMilestone, {
      where: { projectId: In([...ids]) },
      order: { dueDate: 'ASC', title: 'ASC' },
    });
    return ids.map((id) => rows.filter((row) => row.projectId === id));
  }

  /** Projects by id, null where missing or the actor may not read them (links from other records show only those). */
  async findReadableByIds(actor: Actor, ids: readonly string[]): Promise<(Project | null)[]> {
    const [viewer, projects] = await Promise.all([this.viewer(actor), this.findByIds(ids)]);
    const found = projects.filter((project) => project !== undefined);
    const readable = new Set(
      (await this.factsOf(found)).filter((facts) => mayReadProject(viewer, facts)).map((facts) => facts.id),
    );
    return projects.map((project) => (project && readable.has(project.id) ? project : null));
  }

  /** Of these projects, the ids the actor may read. */
  async readableIds(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set((await this.findReadableByIds(actor, ids)).flatMap((project) => (project ? [project.id] : [])));
  }

  /** The facts of each of these projects that exist, by id. */
  async factsByIds(ids: readonly string[]): Promise<Map<string, Project & ProjectFacts>> {
    const projects = (await this.findByIds(ids)).filter((project) => project !== undefined);
    return new Map((await this.factsOf(projects)).map((facts) => [facts.id, facts]));
  }

  async findByIds(ids: readonly string[]): Promise<(Project | undefined)[]> {
    return inOrderOf(ids, await rowsWhereIn(this.projects.manager, Project, 'id', ids));
  }

  // ---- internals ----

  /**
   * The project, locked for the change, once the actor may read and edit it. A project the actor may not
   * read is NOT_FOUND as `what` (the record asked for), like a missing one, and is never locked.
   */
  private async requireEditable(manager: EntityManager, actor: Actor, id: string, what = 'Project'): Promise<Project> {
    const project = await this.requireReadable(manager, actor, id, what);
    assertAllowed(mayEditProject(actor, project), 'Only coordinators and the lead entity edit a project.');
    return project;
  }

  /** The project, locked for the change, once the actor reads it as a party; else NOT_FOUND as `what`, never locked. */
  async requireReadable(manager: EntityManager, actor: Actor, id: string, what = 'Project'): Promise<Project> {
    if (!(await this.findReadable(actor, id, manager))) throw notFound(what);
    return lockForChange(manager, Project, id, what);
  }

  private requirePartners(manager: EntityManager, ids: readonly string[], field = 'partnerEntityIds') {
    return this.organizations.requireKinds(
      manager,
      ids,
      ['COMPACT_ENTITY', 'REGIONAL_ORGANIZATION', 'OTHER'],
      field,
      'Partners are Compact entities or other international organizations.',
    );
  }

  private async checkedValues(
    manager: EntityManager,
    values: Pick<
      Project,
      | 'title'
      | 'summary'
      | 'beneficiaryCountryCodes'
      | 'beneficiaryRegions'
      | 'pillars'
      | 'workingGroupId'
      | 'status'
      | 'startDate'
      | 'endDate'
      | 'budgetUsd'
    >,
  ) {
    const title = values.title.trim();
    if (!title) throw badInput('title', 'Enter a title.');
    if (values.endDate && values.endDate < values.startDate)
      throw badInput('endDate', 'The end comes after the start.');
    const beneficiaryCountryCodes = [...new Set(values.beneficiaryCountryCodes)];
    await this.organizations.requireCountryCodes(manager, beneficiaryCountryCodes, 'beneficiaryCountryCodes');
    if (values.workingGroupId) await this.workingGroups.requireExists(manager, values.workingGroupId);
    return {
      ...values,
      title,
      summary: values.summary.trim(),
      beneficiaryCountryCodes,
      beneficiaryRegions: [...new Set(values.beneficiaryRegions.map((region) => region.trim()).filter(Boolean))],
      pillars: [...new Set(values.pillars)],
    };
  }

  /**
   * Tells the members of newly joined organizations that they are in the project: those who read it, and
   * without its title when it is marked.
   */
  private async notifyPartners(manager: EntityManager, actor: Actor, project: Project, organizationIds: string[]) {
    if (organizationIds.length === 0) return [];
    const [facts] = await this.factsOf([project], manager);
    const people = await this.users.enabledMembersOf([{ role: 'ENTITY_MEMBER', organizationIds }], actor.userId);
    const organizations = await this.organizations.mapByIds(organizationIds);
    return this.notifications.create(
      manager,
      people.flatMap((person) => {
        const organization = organizations.get(person.organizationId)!;
        const reader = { ...personActor({ ...person, organizationKind: organization.kind }), countryCode: null };
        if (!mayReadProject(reader, facts)) return [];
        const language = person.preferredLanguage;
        return [
          {
            userId: person.id,
            type: 'PROJECT_ADDED' as const,
            title:
              project.classification === 'UNCLASSIFIED'
                ? notificationTitle(language, 'PROJECT_ADDED', {
                    organization: organization.acronym ?? organization.names[language],
                    project: project.title,
                  })
                : markedProjectTitle(language),
            link: `/projects/${project.id}`,
          },
        ];
      }),
    );
  }

  private readable(viewer: Viewer): SelectQueryBuilder<Project> {
    const readable = readableProjectsWhere(viewer);
    return this.projects.createQueryBuilder('p').where(readable.sql, readable.params);
  }
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) seen.set(key(item), item);
  return [...seen.values()];
}
