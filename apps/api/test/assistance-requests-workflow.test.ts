import { ASSISTANCE_REQUEST_STATUSES, type AssistanceRequestStatus } from '@ctcp/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../src/modules/policy/assistance-requests.js';
import {
  FEEDBACK,
  MATCH,
  OFFER,
  ok,
  organizationIds,
  SUBMIT,
  TRANSITION,
  type Tokens,
  UPDATE,
  WITHDRAW_OFFER,
} from './assistance-requests.fixtures.js';
import { DEMO, signInDemoUsers, type TestApp, startTestApp } from './harness.js';

/**
 * Random sequences of moves by random people, through the real api: whatever is accepted or refused,
 * the request never reaches an invalid state, and a refused move changes nothing.
 */

type Who = keyof typeof DEMO;
const PEOPLE = Object.keys(DEMO) as Who[];
const ENTITIES = ['UNODC', 'INTERPOL', 'UNDP'] as const;

type Action =
  /** `to` as a number picks one of the workflow's next statuses from wherever the request is then. */
  | { kind: 'transition'; who: Who; to: AssistanceRequestStatus | number; note: boolean }
  | { kind: 'match'; who: Who; lead: (typeof ENTITIES)[number]; partners: (typeof ENTITIES)[number][] }
  | { kind: 'offer' | 'withdrawOffer' | 'update'; who: Who }
  | { kind: 'feedback'; who: Who; close: boolean }
  /** One of the moves the workflow offers from wherever the request is then, by someone entitled to it. */
  | { kind: 'advance'; pick: number };

// Mostly the people who have moves to make, so that long walks happen; everyone sometimes.
const who = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Who>('coordinator', 'philippines') },
  { weight: 2, arbitrary: fc.constantFrom<Who>('unodc', 'interpol') },
  { weight: 1, arbitrary: fc.constantFrom(...PEOPLE) },
);
const target = fc.oneof(
  { weight: 3, arbitrary: fc.nat(8) },
  { weight: 1, arbitrary: fc.constantFrom(...ASSISTANCE_REQUEST_STATUSES) },
);
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('transition' as const), who, to: target, note: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('match' as const),
      who,
      lead: fc.constantFrom(...ENTITIES),
      partners: fc.subarray([...ENTITIES]),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constantFrom('offer' as const, 'withdrawOffer' as const, 'update' as const), who }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('feedback' as const), who, close: fc.boolean() }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('advance' as const), pick: fc.nat(20) }) },
);

let api: TestApp;
let tokens: Tokens;
let organizations: Record<string, string>;

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  organizations = await organizationIds(api);
});
afterAll(() => api.close());

function perform(
  id: string,
  current: { status: AssistanceRequestStatus; lead_entity_id: string | null },
  step: Action,
) {
  if (step.kind === 'advance') return perform(id, current, advance(current, step.pick));
  const token = tokens[step.who];
  switch (step.kind) {
    case 'transition': {
      const next = Object.keys(TRANSITIONS[current.status]) as AssistanceRequestStatus[];
      const to = typeof step.to === 'number' ? (next[step.to % next.length] ?? 'SUBMITTED') : step.to;
      return api.gql(TRANSITION, { input: { id, to, note: step.note ? 'because' : '' } }, token);
    }
    case 'match':
      return api.gql(
        MATCH,
        {
          input: {
            requestId: id,
            leadEntityId: organizations[step.lead],
            partnerEntityIds: step.partners.map((key) => organizations[key]),
          },
        },
        token,
      );
    case 'offer':
      return api.gql(OFFER, { input: { requestId: id, note: 'We can help' } }, token);
    case 'withdrawOffer':
      return api.gql(WITHDRAW_OFFER, { requestId: id }, token);
    case 'update':
      return api.gql(UPDATE, { input: { id, priority: 'LOW' } }, token);
    case 'feedback':
      return api.gql(FEEDBACK, { input: { id, rating: 3, close: step.close } }, token);
  }
}

const ENDINGS: AssistanceRequestStatus[] = ['WITHDRAWN', 'DECLINED'];

function advance(current: { status: AssistanceRequestStatus; lead_entity_id: string | null }, pick: number): Action {
  const lead = Object.entries(organizations).find(([, id]) => id === current.lead_entity_id)?.[0];
  const deliverer: Who = lead === 'UNODC' ? 'unodc' : lead === 'INTERPOL' ? 'interpol' : 'coordinator';
  const moves: Action[] = Object.entries(TRANSITIONS[current.status]).flatMap(([to, movers]) =>
    movers!.map((mover): Action => ({
      kind: 'transition',
      who: mover === 'STATE' ? 'philippines' : mover === 'COORDINATOR' ? 'coordinator' : deliverer,
      to: to as AssistanceRequestStatus,
      note: true,
    })),
  );
  if (current.status === 'UNDER_REVIEW' || current.status === 'MATCHED') {
    moves.push({ kind: 'match', who: 'coordinator', lead: pick % 2 ? 'UNODC' : 'INTERPOL', partners: ['UNDP'] });
  }
  if (current.status === 'UNDER_REVIEW') moves.push({ kind: 'offer', who: pick % 2 ? 'unodc' : 'interpol' });
  if (current.status === 'DELIVERED') moves.push({ kind: 'feedback', who: 'philippines', close: pick % 2 === 0 });
  // Endings are rare, so that walks go far.
  const going = moves.filter(
    (move) => move.kind !== 'transition' || !ENDINGS.includes(move.to as AssistanceRequestStatus),
  );
  const chosen = pick % 6 === 0 ? moves : going;
  return chosen[pick % chosen.length] ?? { kind: 'update', who: 'coordinator' };
}

/** Everything the invariants look at, read straight from the database. */
interface StateRow extends Record<string, any> {
  status: AssistanceRequestStatus;
  lead_entity_id: string | null;
}

async function state(id: string): Promise<StateRow> {
  const [row] = await api.sql<StateRow>(
    `SELECT r.status, r.lead_entity_id, r.submitted_at, r.opened_at, r.delivered_at, r.sla_due_at, r.workspace_id,
            r.thread_id, r.feedback_rating, r.updated_at, r.priority,
            ARRAY(SELECT organization_id FROM assistance_request_partners p WHERE p.request_id = r.id ORDER BY 1) AS partners,
            ARRAY(SELECT f.organization_id || ':' || f.status FROM assistance_offers f WHERE f.request_id = r.id ORDER BY 1) AS offers,
            COALESCE((SELECT json_agg(json_build_array(t.step, t.from_status, t.to_status) ORDER BY t.step)
                        FROM assistance_request_transitions t WHERE t.request_id = r.id), '[]') AS steps
       FROM assistance_requests r WHERE r.id = $1`,
    [id],
  );
  return row;
}

const MATCHED: AssistanceRequestStatus[] = ['MATCHED', 'IN_PROGRESS', 'DELIVERED', 'CLOSED'];
const UNMATCHED: AssistanceRequestStatus[] = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'DECLINED'];
const CLOCKED: AssistanceRequestStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'IN_PROGRESS'];

function checkInvariants(row: StateRow) {
  const steps: [number, AssistanceRequestStatus | null, AssistanceRequestStatus][] = row.steps;
  // The timeline is a chain from creation to the current status.
  expect(steps.map(([step]) => step)).toEqual(steps.map((_, index) => index + 1));
  expect(steps[0][1]).toBeNull();
  steps.slice(1).forEach(([, from], index) => expect(from).toBe(steps[index][2]));
  expect(steps.at(-1)![2]).toBe(row.status);
  // Every step is a move of the workflow (MATCHED also comes from matchAssistanceRequest).
  for (const [, from, to] of steps.slice(1)) {
    const viaMatch = to === 'MATCHED' && (from === 'UNDER_REVIEW' || from === 'MATCHED');
    expect(viaMatch || TRANSITIONS[from!][to] !== undefined, `${from} -> ${to}`).toBe(true);
  }
  // A lead exactly when matched; never a partner of itself.
  if (MATCHED.includes(row.status)) expect(row.lead_entity_id).not.toBeNull();
  if (UNMATCHED.includes(row.status)) {
    expect(row.lead_entity_id).toBeNull();
    expect(row.partners).toEqual([]);
  }
  expect(row.partners).not.toContain(row.lead_entity_id);
  // Clocks and records follow the status.
  // A clock runs while the request waits for review, a match or delivery.
  expect(row.sla_due_at !== null).toBe(CLOCKED.includes(row.status));
  expect(row.submitted_at !== null).toBe(steps.some(([, , to]) => to === 'SUBMITTED'));
  expect(row.workspace_id !== null && row.thread_id !== null).toBe(row.submitted_at !== null);
  expect(row.opened_at !== null).toBe(steps.some(([, , to]) => to === 'UNDER_REVIEW'));
  if (row.offers.length > 0) expect(row.opened_at).not.toBeNull();
  if (row.status === 'CLOSED' || row.feedback_rating !== null) expect(row.delivered_at).not.toBeNull();
}

/**
 * Starts no new walk once `budgetMs` has passed, so that a slow or busy machine runs fewer walks instead of
 * timing out. The walk under way always finishes: it drives the real api, and one cut short (as fast-check's
 * own `interruptAfterTimeLimit` does) would go on in the background. An interruption after a completed walk
 * is not a failure; a failure found meanwhile is still reported, its shrinking stopped at the budget.
 */
function timeBudget(budgetMs: number): fc.UniversalPlugin {
  return () => {
    const deadline = performance.now() + budgetMs;
    let completed = 0;
    return {
      decorateRun: (nestedRun) => async (value) => {
        if (completed > 0 && performance.now() >= deadline) return new fc.PreconditionFailure(true);
        const outcome = await nestedRun(value);
        completed += 1;
        return outcome;
      },
    };
  };
}

/** Time for starting walks; the test's timeout leaves ample room for the walk under way at the end. */
const WALKS_BUDGET_MS = 20_000;

describe('the assistance request workflow', () => {
  it('never reaches an invalid state under random moves by random people; refusals change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.constantFrom('ALL_ENTITIES' as const, 'NAMED_ENTITIES' as const, 'COORDINATORS_ONLY' as const),
        fc.array(action, { minLength: 4, maxLength: 16 }),
        async (draft, sharingScope, actions) => {
          const created = await api.gql(
            SUBMIT,
            {
              input: {
                title: 'Random walk',
                description: 'Property test',
                draft,
                sharingScope,
                sharedEntityIds: sharingScope === 'NAMED_ENTITIES' ? [organizations.UNODC] : [],
              },
            },
            tokens.philippines,
          );
          const id: string = ok(created, 'submitAssistanceRequest').id;
          checkInvariants(await state(id));
          for (const step of actions) {
            const before = await state(id);
            const response = await perform(id, before, step);
            const after = await state(id);
            checkInvariants(after);
            if (response.errors) {
              expect(response.errors[0].extensions?.code).not.toBe('INTERNAL');
              expect(after).toEqual(before);
            }
          }
        },
      ),
      { numRuns: 50, plugins: [timeBudget(WALKS_BUDGET_MS)] },
    );
  }, 120_000);
});
