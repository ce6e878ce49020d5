import { Controller, Get, Param, Res } from '@nestjs/common';
import { createEvent } from 'ics';
import type { Response } from 'express';
import type { Actor } from '../../common/actor.js';
import { CurrentActor } from '../../common/request-context.js';
import { GovernanceService } from './governance.service.js';
import { meetingName } from './meeting-texts.js';
import { MeetingsService } from './meetings.service.js';

/**
 * A meeting as an iCalendar file (RFC 5545), for the reader's calendar: the same UID for every version,
 * with SEQUENCE raised at each move or cancellation, so that a calendar replaces the entry it has. Times
 * are written in UTC; calendars show them in the reader's zone.
 */
@Controller('exports/meetings')
export class MeetingCalendarController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly governance: GovernanceService,
  ) {}

  @Get(':id/calendar.ics')
  async calendar(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response) {
    const meeting = await this.meetings.get(actor, id); // NOT_FOUND unless the reader may read it
    const body = await this.governance.get(actor, meeting.bodyId);
    const name = meetingName(actor.language, body.names[actor.language] ?? body.names.en, meeting.number);
    const { error, value } = createEvent({
      productId: 'ctcp/meetings',
      method: 'PUBLISH',
      uid: `meeting-${meeting.id}@ctcp`,
      sequence: meeting.revision,
      title: name,
      description: meeting.agenda.map((item, index) => `${index + 1}. ${item}`).join('\n'),
      location: meeting.place ?? meeting.onlineUrl ?? undefined,
      url: meeting.onlineUrl ?? undefined,
      start: meeting.startsAt.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: meeting.endsAt.getTime(),
      endInputType: 'utc',
      endOutputType: 'utc',
      status: meeting.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
      lastModified: meeting.updatedAt.getTime(),
    });
    if (error || !value) throw error ?? new Error('The calendar file could not be written.');
    res.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="meeting-${meeting.number}.ics"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(value);
  }
}
