import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MEETING_MAX_HOURS, type NotificationType } from '@ctcp/shared';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { assertAllowed, badInput, conflict, notFound } from '../../common/errors.js';
import { findPage, type Page } from '../../common/pagination.js';
import { lockForChange } from '../../database/lock-for-change.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import type { Attachment } from '../attachments/attachment.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { notificationTitle } from '../notifications/notification-texts.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { mayChangeMeeting, mayManageMeetings, mayReadMeetings, readableMeetingsWhere } from '../policy/governance.js';
import { type RealtimeEvent, RealtimeService } from '../realtime/realtime.service.js';
import { UsersService } from '../users/users.service.js';
import { WorkspaceReaders } from '../workspaces/workspace-readers.js';
import type { GovernanceBody } from './governance-body.entity.js';
import { type BodyWithAccess, GovernanceService } from './governance.service.js';
import type {
  MeetingFilter,
  RecordMeetingOutcomeInput,
  ScheduleMeetingInput,
  UpdateMeetingInput,
} from './governance.inputs.js';
import { Meeting, MeetingAttendee, MeetingDocument } from './meeting.entity.js';
import { isKnownTimeZone, meetingName, meetingWhen } from './meeting-texts.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

const MANAGE_MESSAGE =
  'The body’s chair and secretariat, its workspace’s moderators, and coordinators keep its meetings.';

/** When and where a meeting is held: what its calendar entry and its people's plans depend on. */
type Arrangements = Pick<Meeting, 'startsAt' | 'endsAt' | 'timeZone' | 'place' | 'onlineUrl'>;

/**
 * Meetings of governance bodies: scheduled, changed or cancelled, then their outcome recorded. They are
 * read with the body's workspace (policy/governance.ts); its people are notified of each step.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectRepository(Meeting) private readonly meetings: Repository<Meeting>,
    private readonly governance: GovernanceService,
    private readonly attachments: AttachmentsService,
    private readonly organizations: OrganizationsService,
    private readonly readers: WorkspaceReaders,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  /** Upcoming: scheduled and not over, soonest first. Otherwise every meeting, the latest first. */
  list(actor: Actor, filter: MeetingFilter, page: Page) {
    const readable = readableMeetingsWhere(actor);
    const query = this.meetings.createQueryBuilder('m').where(readable.sql, readable.params);
    if (filter.bodyId) query.andWhere('m.body_id = :bodyId', { bodyId: filter.bodyId });
    if (filter.upcoming) {
      query.andWhere(`m.status = 'SCHEDULED' AND m.ends_at > now()`).orderBy('m.starts_at', 'ASC');
    } else {
      query.orderBy('m.starts_at', 'DESC');
    }
    return findPage(query.addOrderBy('m.id', 'ASC'), page);
  }

  async get(actor: Actor, id: string): Promise<Meeting> {
    return (await this.requireReadable(actor, id)).meeting;
  }

  async schedule(actor: Actor, input: ScheduleMeetingInput): Promise<Meeting> {
    const { meeting, events } = await this.meetings.manager.transaction(async (manager) => {
      const { body, access, organizationRole } = await this.governance.withAccess(actor, input.bodyId, manager);
      if (!mayReadMeetings(access)) throw notFound('Governance body');
      assertAllowed(mayManageMeetings(actor, access, organizationRole), MANAGE_MESSAGE);
      const arrangements = checkArrangements({
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timeZone: input.timeZone,
        place: blankToNull(input.place),
        onlineUrl: blankToNull(input.onlineUrl),
      });
      if (arrangements.startsAt <= new Date()) throw badInput('startsAt', 'A meeting is scheduled in the future.');
      const agenda = checkAgenda(input.agenda);
      const documentIds = [...new Set(input.documentIds ?? [])];
      await this.attachments.requireWorkspaceFiles(manager, body.workspaceId, documentIds, 'documentIds');
      // One number each: meetings scheduled at once for a body are numbered one after the other.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('meetings of ' || $1, 0))`, [body.id]);
      const number = input.number ?? (await this.nextNumber(manager, body.id));
      if (await manager.existsBy(Meeting, { bodyId: body.id, number })) {
        throw conflict('This body already has a meeting with this number.', 'number');
      }
      const meeting = await manager.save(
        manager.create(Meeting, {
          ...arrangements,
          bodyId: body.id,
          number,
          agenda,
          status: 'SCHEDULED',
          outcome: null,
          outcomeRecordedAt: null,
          revision: 0,
          createdById: actor.userId,
        }),
      );
      await this.putDocuments(manager, meeting.id, documentIds);
      await this.audit.record(manager, actor, 'meeting.scheduled', 'Meeting', meeting.id, { bodyId: body.id, number });
      return { meeting, events: await this.notify(manager, actor, body, meeting, 'MEETING_SCHEDULED') };
    });
    this.realtime.publish(events);
    return meeting;
  }

  async update(actor: Actor, input: UpdateMeetingInput): Promise<Meeting> {
    const { meeting, events } = await this.meetings.manager.transaction(async (manager) => {
      const { body } = await this.requireManageable(actor, input.id, manager);
      const meeting = await lockForChange(manager, Meeting, input.id, 'Meeting');
      if (!mayChangeMeeting(meeting.status)) throw conflict('A cancelled meeting is kept as it was.');
      if (input.cancelled) {
        if (meeting.status !== 'SCHEDULED') throw conflict('Only a meeting not yet held may be cancelled.');
        meeting.status = 'CANCELLED';
      }
      const before: Arrangements = { ...meeting };
      const arrangements = checkArrangements({
        startsAt: input.startsAt ?? meeting.startsAt,
        endsAt: input.endsAt ?? meeting.endsAt,
        timeZone: input.timeZone ?? meeting.timeZone,
        place: input.place === undefined || input.place === null ? meeting.place : blankToNull(input.place),
        onlineUrl:
          input.onlineUrl === undefined || input.onlineUrl === null ? meeting.onlineUrl : blankToNull(input.onlineUrl),
      });
      const moved = arrangementsDiffer(before, arrangements);
      if (moved && meeting.status === 'SCHEDULED' && arrangements.startsAt <= new Date()) {
        throw badInput('startsAt', 'A meeting not yet held is moved to the future.');
      }
      const agenda = input.agenda ? checkAgenda(input.agenda) : meeting.agenda;
      const agendaChanged = agendaDiffers(meeting.agenda, agenda);
      if (input.documentIds) {
        const documentIds = [...new Set(input.documentIds)];
        await this.attachments.requireWorkspaceFiles(manager, body.workspaceId, documentIds, 'documentIds');
        await manager.delete(MeetingDocument, { meetingId: meeting.id });
        await this.putDocuments(manager, meeting.id, documentIds);
      }
      Object.assign(meeting, arrangements, { agenda });
      if (moved || input.cancelled) meeting.revision += 1;
      await manager.save(meeting);
      await this.audit.record(
        manager,
        actor,
        input.cancelled ? 'meeting.cancelled' : 'meeting.updated',
        'Meeting',
        meeting.id,
        { moved, agendaChanged, documentsChanged: input.documentIds !== undefined && input.documentIds !== null },
      );
      const type: NotificationType | null = input.cancelled
        ? 'MEETING_CANCELLED'
        : moved || agendaChanged
          ? 'MEETING_CHANGED'
          : null;
      return { meeting, events: type ? await this.notify(manager, actor, body, meeting, type) : [] };
    });
    this.realtime.publish(events);
    return meeting;
  }

  /** Records (or corrects) what a meeting decided and who attended; the first record makes it HELD. */
  async recordOutcome(actor: Actor, input: RecordMeetingOutcomeInput): Promise<Meeting> {
    const { meeting, events } = await this.meetings.manager.transaction(async (manager) => {
      const { body } = await this.requireManageable(actor, input.meetingId, manager);
      const meeting = await lockForChange(manager, Meeting, input.meetingId, 'Meeting');
      if (meeting.status === 'CANCELLED') throw conflict('A cancelled meeting has no outcome.');
      if (meeting.startsAt > new Date()) throw conflict('The meeting has not started yet.');
      const outcome = input.outcome.trim();
      if (!outcome) throw badInput('outcome', 'Write the outcome of the meeting.');
      const attendeeIds = [...new Set(input.attendeeOrganizationIds)];
      await this.organizations.requireExisting(
        manager,
        attendeeIds,
        'attendeeOrganizationIds',
        'An organization does not exist.',
      );
      const first = meeting.status === 'SCHEDULED';
      await manager.update(Meeting, { id: meeting.id }, { status: 'HELD', outcome, outcomeRecordedAt: () => 'now()' });
      await manager.delete(MeetingAttendee, { meetingId: meeting.id });
      if (attendeeIds.length > 0) {
        await manager.insert(
          MeetingAttendee,
          attendeeIds.map((organizationId) => ({ meetingId: meeting.id, organizationId })),
        );
      }
      await this.audit.record(manager, actor, 'meeting.outcome_recorded', 'Meeting', meeting.id, {
        attendees: attendeeIds.length,
        corrected: !first,
      });
      const saved = await manager.findOneByOrFail(Meeting, { id: meeting.id });
      return { meeting: saved, events: first ? await this.notify(manager, actor, body, saved, 'MEETING_OUTCOME') : [] };
    });
    this.realtime.publish(events);
    return meeting;
  }

  // ---- for field resolvers and the calendar file (the meeting was authorized by what returned it) ----

  async findByIds(ids: readonly string[]): Promise<(Meeting | undefined)[]> {
    return inOrderOf(ids, await rowsWhereIn(this.meetings.manager, Meeting, 'id', ids));
  }

  /** Each body's next meeting: scheduled and not over, the soonest. */
  async nextByBodyIds(bodyIds: readonly string[]): Promise<(Meeting | null)[]> {
    const rows = await this.meetings
      .createQueryBuilder('m')
      .distinctOn(['m.body_id'])
      .where(`m.body_id IN (:...bodyIds) AND m.status = 'SCHEDULED' AND m.ends_at > now()`, { bodyIds })
      .orderBy('m.body_id')
      .addOrderBy('m.starts_at', 'ASC')
      .getMany();
    return bodyIds.map((id) => rows.find((row) => row.bodyId === id) ?? null);
  }

  async documentsByMeetingIds(ids: readonly string[]): Promise<Attachment[][]> {
    const links = await this.meetings.manager.find(MeetingDocument, {
      where: { meetingId: In([...ids]) },
      order: { position: 'ASC' },
    });
    const files = await this.attachments.findByIds(links.map((link) => link.attachmentId));
    return ids.map((id) =>
      links.flatMap((link, index) => (link.meetingId === id && files[index] ? [files[index]] : [])),
    );
  }

  async attendeeIdsByMeetingIds(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.meetings.manager.find(MeetingAttendee, { where: { meetingId: In([...ids]) } });
    return ids.map((id) => rows.filter((row) => row.meetingId === id).map((row) => row.organizationId));
  }

  // ---- internals ----

  private async requireReadable(
    actor: Actor,
    id: string,
    manager: EntityManager = this.meetings.manager,
  ): Promise<{ meeting: Meeting } & BodyWithAccess> {
    const meeting = await manager.findOneBy(Meeting, { id });
    if (!meeting) throw notFound('Meeting');
    const found = await this.governance.withAccess(actor, meeting.bodyId, manager);
    if (!mayReadMeetings(found.access)) throw notFound('Meeting');
    return { meeting, ...found };
  }

  private async requireManageable(actor: Actor, id: string, manager: EntityManager) {
    const found = await this.requireReadable(actor, id, manager);
    assertAllowed(mayManageMeetings(actor, found.access, found.organizationRole), MANAGE_MESSAGE);
    return found;
  }

  private async nextNumber(manager: EntityManager, bodyId: string): Promise<number> {
    const [row] = await manager.query('SELECT coalesce(max(number), 0) + 1 AS next FROM meetings WHERE body_id = $1', [
      bodyId,
    ]);
    return Number(row.next);
  }

  private async putDocuments(manager: EntityManager, meetingId: string, documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await manager.insert(
      MeetingDocument,
      documentIds.map((attachmentId, position) => ({ meetingId, attachmentId, position })),
    );
  }

  /** Tells the people of the body's organizations, other than the actor, each in their language. */
  private async notify(
    manager: EntityManager,
    actor: Actor,
    body: GovernanceBody,
    meeting: Meeting,
    type: NotificationType,
  ): Promise<RealtimeEvent[]> {
    const recipients = (await this.readers.parties(body.workspaceId)).filter((id) => id !== actor.userId);
    if (recipients.length === 0) return [];
    const people = (await this.users.findByIds(recipients)).filter((person) => person !== undefined);
    return this.notifications.create(
      manager,
      people.map((person) => {
        const language = person.preferredLanguage;
        return {
          userId: person.id,
          type,
          title: notificationTitle(language, type, {
            meeting: meetingName(language, body.names[language] ?? body.names.en, meeting.number),
            when: meetingWhen(language, meeting.startsAt, meeting.timeZone),
          }),
          link: `/meetings/${meeting.id}`,
        };
      }),
    );
  }
}

const blankToNull = (text: string | null | undefined): string | null => text?.trim() || null;

/** BAD_USER_INPUT unless the meeting's times, zone, place and link make sense together. */
function checkArrangements(arrangements: Arrangements): Arrangements {
  const { startsAt, endsAt, timeZone, place, onlineUrl } = arrangements;
  if (Number.isNaN(startsAt.getTime())) throw badInput('startsAt', 'Give when the meeting starts.');
  if (Number.isNaN(endsAt.getTime()) || endsAt <= startsAt)
    throw badInput('endsAt', 'The end must be after the start.');
  if (endsAt.getTime() - startsAt.getTime() > MEETING_MAX_HOURS * 3600_000) {
    throw badInput('endsAt', `A meeting lasts at most ${MEETING_MAX_HOURS} hours.`);
  }
  if (!isKnownTimeZone(timeZone)) throw badInput('timeZone', 'Choose a time zone from the list.');
  if (!place && !onlineUrl) throw badInput('place', 'Give a place, an online link, or both.');
  if (onlineUrl && !isHttpsUrl(onlineUrl)) throw badInput('onlineUrl', 'The online link must start with https://.');
  return arrangements;
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

function checkAgenda(items: readonly string[]): string[] {
  const agenda = items.map((item) => item.trim());
  if (agenda.some((item) => item === '')) throw badInput('agenda', 'An agenda item is empty.');
  return agenda;
}

function arrangementsDiffer(a: Arrangements, b: Arrangements): boolean {
  return (
    a.startsAt.getTime() !== b.startsAt.getTime() ||
    a.endsAt.getTime() !== b.endsAt.getTime() ||
    a.timeZone !== b.timeZone ||
    a.place !== b.place ||
    a.onlineUrl !== b.onlineUrl
  );
}

const agendaDiffers = (a: readonly string[], b: readonly string[]) =>
  a.length !== b.length || a.some((item, index) => item !== b[index]);
