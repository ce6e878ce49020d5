import type { DataSource } from 'typeorm';
import type { MeetingsService } from '../../modules/governance/meetings.service.js';
import { demoActors } from './demo-actors.js';

const COORDINATOR = 'coordinator@unoct.example';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A date `days` from now at `hourUtc`:00 UTC, so that the demo's meetings are always ahead. */
function daysAhead(days: number, hourUtc: number): Date {
  const date = new Date(Date.now() + days * DAY_MS);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date;
}

/**
 * The next meetings of the UNCCT Advisory Board and of the Coordination Committee, scheduled by the
 * coordinator (UNOCT is the Board's secretariat), so that each body's page shows what comes next.
 * Loaded once.
 */
export async function seedDemoMeetings(dataSource: DataSource, meetings: MeetingsService): Promise<void> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM meetings');
  if (count > 0) return;
  const bodies = new Map<string, string>(
    (await dataSource.query('SELECT key, id FROM governance_bodies')).map((row: { key: string; id: string }) => [
      row.key,
      row.id,
    ]),
  );
  const coordinator = (await demoActors(dataSource))(COORDINATOR);
  await meetings.schedule(coordinator, {
    bodyId: bodies.get('UNCCT_AB')!,
    startsAt: daysAhead(21, 14),
    endsAt: daysAhead(21, 17),
    timeZone: 'America/New_York',
    place: 'United Nations Headquarters, New York (demo)',
    onlineUrl: null,
    agenda: [
      'Adoption of the agenda',
      'UNCCT programme of work: progress in the quarter',
      'Budget and resources of the UN Counter-Terrorism Trust Fund',
      'Any other business',
    ],
  });
  await meetings.schedule(coordinator, {
    bodyId: bodies.get('CC')!,
    startsAt: daysAhead(35, 13),
    endsAt: daysAhead(35, 15),
    timeZone: 'America/New_York',
    place: null,
    onlineUrl: 'https://meet.example.org/compact-coordination-committee',
    agenda: ['Working groups: reports of the chairs', 'Joint projects pipeline', 'Dates of the next meetings'],
  });
}
