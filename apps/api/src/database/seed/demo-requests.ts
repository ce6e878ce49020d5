import type { AssistanceRequestStatus, Pillar, Priority, SharingScope } from '@ctcp/shared';
import type { DataSource } from 'typeorm';
import type { RuntimeConfig } from '../../config/runtime-config.js';
import type { AssistanceOffersService } from '../../modules/assistance-requests/assistance-offers.service.js';
import type { AssistanceRequestsService } from '../../modules/assistance-requests/assistance-requests.service.js';
import { slaDueAt } from '../../modules/assistance-requests/clocks.js';
import { demoActors, keyedIds } from './demo-actors.js';
import { COUNTERING_TERRORIST_TRAVEL } from './q1-2020.js';

/**
 * Demo assistance requests (invented, and marked so), made through the service so that they hold every
 * rule of the workflow, then dated back so that the timelines and one overdue request look lived-in.
 * Loaded once, on a database with no request yet.
 */

type DemoStep =
  | { as: string; to: AssistanceRequestStatus; note?: string }
  | { as: string; offer: string }
  | { as: string; match: { lead: string; partners: string[] }; note?: string }
  | { as: string; feedback: { rating: number; comment: string; close: boolean } };

interface DemoRequest {
  by: string;
  title: string;
  description: string;
  workingGroup: string;
  pillars: Pillar[];
  priority: Priority;
  desiredTimeframe: string;
  beneficiaryInstitutions: string;
  sharingScope: SharingScope;
  sharedWith?: string[];
  draft?: boolean;
  /** The title of the demo project that delivers it. */
  deliveredBy?: string;
  /** Days ago the request was created; its steps are spread from then to `endedDaysAgo`. */
  startedDaysAgo: number;
  endedDaysAgo: number;
  steps: DemoStep[];
}

const PH = 'focal.point@ph.example';
const MV = 'focal.point@mv.example';
const COORDINATOR = 'coordinator@unoct.example';
const UNODC = 'member@unodc.example';
const INTERPOL = 'member@interpol.example';
const DEMO_NOTE = '\n\n_Demo data: an invented request._';

const DEMO_REQUESTS: DemoRequest[] = [
  {
    by: PH,
    title: 'Advance passenger information and passenger name records (API/PNR)',
    deliveredBy: COUNTERING_TERRORIST_TRAVEL,
    description:
      'The Bureau of Immigration asks for help to set up a passenger information unit able to receive and ' +
      'analyse API and PNR data, in line with Security Council resolution 2396 (2017).' +
      DEMO_NOTE,
    workingGroup: 'BMLE',
    pillars: ['II'],
    priority: 'HIGH',
    desiredTimeframe: 'From the first quarter of 2027',
    beneficiaryInstitutions: 'Bureau of Immigration; National Intelligence Coordinating Agency',
    sharingScope: 'ALL_ENTITIES',
    startedDaysAgo: 48,
    endedDaysAgo: 6,
    steps: [
      { as: COORDINATOR, to: 'UNDER_REVIEW' },
      { as: UNODC, offer: 'Legal drafting support and training of the passenger information unit analysts.' },
      { as: INTERPOL, offer: 'Connection of the unit to INTERPOL databases (I-24/7) and watch-list screening.' },
      { as: COORDINATOR, match: { lead: 'UNODC', partners: ['INTERPOL'] }, note: 'Joint delivery as offered.' },
      { as: UNODC, to: 'IN_PROGRESS', note: 'Inception mission to Manila agreed for January.' },
    ],
  },
  {
    by: MV,
    title: 'Rehabilitation and reintegration of families returning from conflict zones',
    description:
      'Maldives requests advice on screening, prosecution, rehabilitation and reintegration of women and ' +
      'children returning from conflict zones, with a gender-sensitive and child-rights approach.' +
      DEMO_NOTE,
    workingGroup: 'PCVE',
    pillars: ['I', 'IV'],
    priority: 'HIGH',
    desiredTimeframe: 'Within 2027',
    beneficiaryInstitutions: 'Ministry of Home Affairs; National Counter Terrorism Centre',
    sharingScope: 'NAMED_ENTITIES',
    sharedWith: ['UNODC', 'UNDP'],
    startedDaysAgo: 19,
    endedDaysAgo: 9,
    steps: [
      { as: COORDINATOR, to: 'UNDER_REVIEW' },
      { as: UNODC, offer: 'Training of prosecutors and prison staff on the handling of returnees.' },
    ],
  },
  {
    by: PH,
    title: 'Protection of critical infrastructure and soft targets',
    description:
      'Support for a national assessment of the vulnerability of critical infrastructure and soft targets, and ' +
      'for exercises with private operators.' +
      DEMO_NOTE,
    workingGroup: 'ETCIP',
    pillars: ['II'],
    priority: 'MEDIUM',
    desiredTimeframe: 'Second half of 2027',
    beneficiaryInstitutions: 'Anti-Terrorism Council; Office of Civil Defense',
    sharingScope: 'ALL_ENTITIES',
    // Waiting for review for longer than 10 working days: overdue on the triage board.
    startedDaysAgo: 21,
    endedDaysAgo: 21,
    steps: [],
  },
  {
    by: MV,
    title: 'Risk assessment of the non-profit sector for terrorist financing',
    description:
      'A risk assessment of non-profit organizations, as the FATF Recommendation 8 asks, and guidance for the ' +
      'supervisory authority.' +
      DEMO_NOTE,
    workingGroup: 'CJLR',
    pillars: ['II', 'IV'],
    priority: 'MEDIUM',
    desiredTimeframe: '2026',
    beneficiaryInstitutions: 'Financial Intelligence Unit; Ministry of Home Affairs',
    sharingScope: 'COORDINATORS_ONLY',
    startedDaysAgo: 160,
    endedDaysAgo: 12,
    steps: [
      { as: COORDINATOR, to: 'UNDER_REVIEW' },
      { as: COORDINATOR, match: { lead: 'UNODC', partners: [] } },
      { as: UNODC, to: 'IN_PROGRESS', note: 'Assessment team appointed.' },
      { as: UNODC, to: 'DELIVERED', note: 'Assessment report and guidance handed over in Malé.' },
      {
        as: MV,
        feedback: { rating: 5, comment: 'Thorough and practical; the guidance is already in use.', close: true },
      },
    ],
  },
  {
    by: PH,
    title: 'Incident response capacity of the national CERT',
    description: 'Training of the national computer emergency response team on terrorist use of ICT.' + DEMO_NOTE,
    workingGroup: 'ETCIP',
    pillars: ['II'],
    priority: 'LOW',
    desiredTimeframe: '2027',
    beneficiaryInstitutions: 'Department of Information and Communications Technology',
    sharingScope: 'ALL_ENTITIES',
    draft: true,
    startedDaysAgo: 2,
    endedDaysAgo: 2,
    steps: [],
  },
];

export async function seedDemoAssistanceRequests(
  dataSource: DataSource,
  services: { requests: AssistanceRequestsService; offers: AssistanceOffersService },
  config: Pick<RuntimeConfig, 'requestSla'>,
): Promise<void> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM assistance_requests');
  if (count > 0) return;
  const as = await demoActors(dataSource);
  const ids = await keyedIds(dataSource, 'SELECT key, id FROM organizations');
  const groups = await keyedIds(dataSource, 'SELECT key, id FROM working_groups');

  for (const demo of DEMO_REQUESTS) {
    const { id } = await services.requests.submit(as(demo.by), {
      title: demo.title,
      description: demo.description,
      workingGroupId: groups(demo.workingGroup),
      pillars: demo.pillars,
      priority: demo.priority,
      desiredTimeframe: demo.desiredTimeframe,
      beneficiaryInstitutions: demo.beneficiaryInstitutions,
      sharingScope: demo.sharingScope,
      sharedEntityIds: (demo.sharedWith ?? []).map(ids),
      classification: 'UNCLASSIFIED',
      participantIds: [],
      draft: demo.draft ?? false,
    });
    for (const step of demo.steps) {
      const actor = as(step.as);
      if ('to' in step) await services.requests.transition(actor, { id, to: step.to, note: step.note ?? '' });
      else if ('offer' in step) await services.offers.offer(actor, { requestId: id, note: step.offer });
      else if ('match' in step) {
        await services.requests.match(actor, {
          requestId: id,
          leadEntityId: ids(step.match.lead),
          partnerEntityIds: step.match.partners.map(ids),
          note: step.note ?? '',
        });
      } else await services.requests.giveFeedback(actor, { id, ...step.feedback });
    }
    if (demo.deliveredBy) {
      const [project]: { id: string }[] = await dataSource.query('SELECT id FROM projects WHERE title = $1', [
        demo.deliveredBy,
      ]);
      if (project) await services.requests.linkProject(as(COORDINATOR), { requestId: id, projectId: project.id });
    }
    await dateBack(dataSource, id, demo, config);
  }
}

/** Spreads the request's steps evenly between its start and end days, and moves its clocks with them. */
async function dateBack(
  dataSource: DataSource,
  id: string,
  demo: DemoRequest,
  config: Pick<RuntimeConfig, 'requestSla'>,
) {
  const steps: { step: number; to_status: AssistanceRequestStatus }[] = await dataSource.query(
    'SELECT step, to_status FROM assistance_request_transitions WHERE request_id = $1 ORDER BY step',
    [id],
  );
  const day = 86_400_000;
  const span = (demo.startedDaysAgo - demo.endedDaysAgo) * day;
  const start = Date.now() - demo.startedDaysAgo * day;
  // A request submitted at once was a draft for no time: its first two steps share a moment.
  const skip = demo.draft ? 0 : 1;
  const moves = Math.max(1, steps.length - 1 - skip);
  const times = steps.map((_, index) => new Date(start + (span * Math.max(0, index - skip)) / moves));
  const reached = (status: AssistanceRequestStatus) => {
    const index = steps.findLastIndex((step) => step.to_status === status);
    return index >= 0 ? times[index] : null;
  };
  const last = steps.at(-1)!.to_status;
  const changedAt = times.at(-1)!;
  const dueAt = slaDueAt(last, changedAt, config.requestSla);
  await dataSource.transaction(async (manager) => {
    for (const [index, step] of steps.entries()) {
      await manager.query(
        'UPDATE assistance_request_transitions SET created_at = $3 WHERE request_id = $1 AND step = $2',
        [id, step.step, times[index]],
      );
    }
    await manager.query(
      `UPDATE assistance_requests SET created_at = $2, status_changed_at = $3::timestamptz, updated_at = $3::timestamptz, sla_due_at = $4,
              submitted_at = $5, opened_at = $6, delivered_at = $7, feedback_at = CASE WHEN feedback_at IS NULL THEN NULL ELSE $3 END
        WHERE id = $1`,
      [id, times[0], changedAt, dueAt, reached('SUBMITTED'), reached('UNDER_REVIEW'), reached('DELIVERED')],
    );
    await manager.query(`UPDATE assistance_offers SET created_at = $2, updated_at = $2 WHERE request_id = $1`, [
      id,
      reached('UNDER_REVIEW'),
    ]);
    await manager.query(
      `UPDATE posts SET created_at = $2 WHERE thread_id = (SELECT thread_id FROM assistance_requests WHERE id = $1)`,
      [id, reached('SUBMITTED')],
    );
    await manager.query(
      `UPDATE threads SET created_at = $2, last_activity_at = $2 WHERE id = (SELECT thread_id FROM assistance_requests WHERE id = $1)`,
      [id, reached('SUBMITTED')],
    );
  });
}
