import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Classification } from '@ctcp/shared';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed, conflict, notFound } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { ThreadMarkingsService } from '../discussions/thread-markings.service.js';
import { markedProjectTitle } from '../notifications/notification-texts.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import {
  BREAK_GLASS_MINUTES,
  CLASSIFICATION_RANK,
  declassificationOf,
  markingReason,
  mayBreakGlass,
} from '../policy/classification.js';
import {
  mayBreakGlassOnProject,
  mayLowerProjectMarking,
  mayRaiseProjectMarking,
  mayReadProject,
} from '../policy/projects.js';
import { JobsService } from '../jobs/jobs.service.js';
import { type RealtimeEvent, RealtimeService } from '../realtime/realtime.service.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { WorkspaceReaders } from '../workspaces/workspace-readers.js';
import { Project, ProjectBreakGlassGrant, ProjectParticipant } from './project.entity.js';
import { admissibleOnProject, nameOnProject } from './project-participants.js';
import type { BreakGlassOnProjectInput, ChangeProjectClassificationInput } from './projects.inputs.js';
import { ProjectsService } from './projects.service.js';

const DECLASSIFY_DUE = 'declassify-due-projects';
const EVERY_HOUR = '15 * * * *';

/**
 * A project's marking and the people named on it (policy/projects.ts): raised by coordinators and the
 * people of its lead and partner entities, lowered (now, or on a later day by an hourly job) and re-named
 * only by coordinators, with a reason, audited. Its workspace follows at once: only those who read the
 * project take part in it, and its threads are raised with it.
 */
@Injectable()
export class ProjectMarkings implements OnModuleInit {
  constructor(
    @InjectRepository(ProjectParticipant) private readonly participants: Repository<ProjectParticipant>,
    private readonly projects: ProjectsService,
    private readonly readers: WorkspaceReaders,
    private readonly threadMarkings: ThreadMarkingsService,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(DECLASSIFY_DUE, async () => {
      await this.declassifyDue(new Date());
    });
    this.jobs.schedule(DECLASSIFY_DUE, EVERY_HOUR);
  }

  async change(actor: Actor, input: ChangeProjectClassificationInput): Promise<Project> {
    const reason = markingReason(input.reason);
    const declassification = declassificationOf(input, input.classification);
    const viewer = await this.projects.viewer(actor);
    const { project, events } = await this.participants.manager.transaction(async (manager) => {
      const project = await this.projects.requireReadable(manager, actor, input.projectId);
      const [facts] = await this.projects.factsOf([project], manager);
      const from = project.classification;
      const to = input.classification;
      const renaming = to === 'STRICTLY_CONFIDENTIAL' && from === to && input.participantIds != null;
      if (from === to && !renaming && !declassification) {
        throw conflict(`The project is already ${to}.`, 'classification');
      }
      const raising = CLASSIFICATION_RANK[to] > CLASSIFICATION_RANK[from];
      if (raising) {
        assertAllowed(
          mayRaiseProjectMarking(viewer, facts),
          'Only coordinators and the lead and partner entities raise the marking.',
        );
      } else {
        assertAllowed(
          mayLowerProjectMarking(viewer, facts),
          'Only coordinators lower the marking or change who is named.',
        );
      }
      const before = facts.participantIds;
      await manager.delete(ProjectParticipant, { projectId: project.id });
      const named =
        to === 'STRICTLY_CONFIDENTIAL'
          ? await nameOnProject(manager, facts, [...(input.participantIds ?? before), actor.userId])
          : [];
      if (from === 'UNCLASSIFIED') {
        await this.notifications.redactTitles(manager, `/projects/${project.id}`, markedProjectTitle);
      }
      // A new marking clears the drop set for the old one; naming other people keeps it.
      const drop = declassification ?? (renaming ? { on: project.declassifyOn, to: project.declassifyTo } : null);
      Object.assign(project, { classification: to, declassifyOn: drop?.on ?? null, declassifyTo: drop?.to ?? null });
      await manager.update(
        Project,
        { id: project.id },
        { classification: to, declassifyOn: project.declassifyOn, declassifyTo: project.declassifyTo },
      );
      // Nothing in its workspace is shown below it: threads below are raised with it (lowering leaves them).
      const threadsRaised =
        raising && project.workspaceId
          ? await this.threadMarkings.raiseWorkspace(manager, project.workspaceId, to, named)
          : 0;
      await this.audit.record(manager, actor, 'classification.changed', 'Project', project.id, {
        from,
        to,
        reason,
        direction: raising ? 'up' : from === to ? 'same' : 'down',
        threadsRaised,
        declassifyOn: project.declassifyOn,
        declassifyTo: project.declassifyTo,
        ...(to === 'STRICTLY_CONFIDENTIAL'
          ? {
              added: named.filter((id) => !before.includes(id)),
              removed: before.filter((id) => !named.includes(id)),
            }
          : {}),
      });
      // Who takes part in its workspace follows the marking: sockets join or leave its room after commit.
      return { project, events: project.workspaceId ? [await this.readers.partiesChanged(project.workspaceId)] : [] };
    });
    this.realtime.publish(events);
    return project;
  }

  /**
   * Lowers every project whose declassification day has come, as the system: the people named are dropped
   * (the new marking is below STRICTLY_CONFIDENTIAL), its workspace admits its new readers, each change is
   * audited. Its threads keep their markings: their owners lower them.
   */
  async declassifyDue(now: Date): Promise<number> {
    const { count, events } = await this.participants.manager.transaction(async (manager) => {
      const rows: { id: string; workspace_id: string | null; from: Classification; to: Classification }[] = (
        await manager.query(
          `UPDATE projects p SET classification = p.declassify_to, declassify_on = NULL, declassify_to = NULL
             FROM projects before
            WHERE before.id = p.id AND p.declassify_on <= ($1::timestamptz AT TIME ZONE 'UTC')::date
        RETURNING p.id, p.workspace_id, before.classification AS "from", p.classification AS "to"`,
          [now],
        )
      )[0];
      const events: RealtimeEvent[] = [];
      for (const row of rows) {
        await manager.delete(ProjectParticipant, { projectId: row.id });
        await this.audit.record(manager, null, 'classification.declassified', 'Project', row.id, {
          from: row.from,
          to: row.to,
        });
        if (row.workspace_id) events.push(await this.readers.partiesChanged(row.workspace_id));
      }
      return { count: rows.length, events };
    });
    this.realtime.publish(events);
    return count;
  }

  /**
   * A platform admin reads a STRICTLY_CONFIDENTIAL project they are not named on for BREAK_GLASS_MINUTES,
   * after saying why. The grant is audited now, and each read under it as it happens.
   */
  async breakGlass(actor: Actor, input: BreakGlassOnProjectInput): Promise<Project> {
    const reason = markingReason(input.reason);
    assertAllowed(mayBreakGlass(actor), 'Only platform administrators can break the glass.');
    const viewer = await this.projects.viewer(actor);
    return this.participants.manager.transaction(async (manager) => {
      const project = await manager.findOneBy(Project, { id: input.projectId });
      if (!project) throw notFound('Project');
      const [facts] = await this.projects.factsOf([project], manager);
      if (mayReadProject(viewer, facts)) throw conflict('You may read this project already.');
      if (!mayBreakGlassOnProject(viewer, facts)) throw notFound('Project');
      const expiresAt = new Date(Date.now() + BREAK_GLASS_MINUTES * 60_000);
      await manager.insert(ProjectBreakGlassGrant, { projectId: project.id, userId: actor.userId, reason, expiresAt });
      await this.audit.record(manager, actor, 'classification.break_glass', 'Project', project.id, {
        reason,
        expiresAt: expiresAt.toISOString(),
      });
      return project;
    });
  }

  /**
   * Whom the project may name (people who would read it were it CONFIDENTIAL), by name, those whose name
   * or email contains `query` when given; the resolver keeps those the actor may see.
   */
  async candidates(project: Project, query: string | null, first: number): Promise<User[]> {
    const manager = this.participants.manager;
    const [facts] = await this.projects.factsOf([project], manager);
    const ids = (await admissibleOnProject(manager, facts, null, query?.trim() || null)).slice(0, first);
    return this.users.findByIdsByName(ids);
  }
}
