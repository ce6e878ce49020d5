import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACKNOWLEDGE,
  FEEDBACK,
  GET,
  LIST,
  makeRequest,
  MATCH,
  OFFER,
  ok,
  organizationIds,
  SUBMIT,
  TRANSITION,
  type Tokens,
  UPDATE,
  WIDEN_SHARING,
  WITHDRAW_OFFER,
} from './assistance-requests.fixtures.js';
import { errorCode, signInDemoUsers, type TestApp, startTestApp } from './harness.js';
import { collect, connectSocket, drained, nextEvent, until } from './sockets.js';

let api: TestApp;
let tokens: Tokens;
let organizations: Record<string, string>;

const NEW_REQUEST = {
  title: 'Countering terrorist financing: FIU analysts',
  description: 'Our financial intelligence unit asks for **analyst training**.',
  pillars: ['II'],
  priority: 'HIGH',
  desiredTimeframe: 'Second half of 2027',
  beneficiaryInstitutions: 'Anti-Money Laundering Council',
};

async function notificationsOf(email: string) {
  return api.sql(
    `SELECT n.type, n.title, n.link FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1 ORDER BY n.seq`,
    [email],
  );
}

beforeAll(async () => {
  api = await startTestApp();
  tokens = await signInDemoUsers(api);
  organizations = await organizationIds(api);
});
afterAll(() => api.close());

describe('every assistance request operation is UNAUTHENTICATED when signed out', () => {
  const id = '00000000-0000-4000-8000-000000000000';
  it.each([
    ['assistanceRequests', LIST, {}],
    ['assistanceRequest', GET, { id }],
    ['submitAssistanceRequest', SUBMIT, { input: NEW_REQUEST }],
    ['updateAssistanceRequest', UPDATE, { input: { id, title: 'x' } }],
    ['transitionAssistanceRequest', TRANSITION, { input: { id, to: 'SUBMITTED' } }],
    ['matchAssistanceRequest', MATCH, { input: { requestId: id, leadEntityId: id } }],
    ['offerAssistance', OFFER, { input: { requestId: id, note: 'x' } }],
    ['withdrawAssistanceOffer', WITHDRAW_OFFER, { requestId: id }],
    ['acknowledgeAssistanceRequest', ACKNOWLEDGE, { id }],
    ['widenAssistanceRequestSharing', WIDEN_SHARING, { input: { id, sharingScope: 'ALL_ENTITIES' } }],
    ['giveAssistanceFeedback', FEEDBACK, { input: { id, rating: 5 } }],
  ])('%s', async (_name, query, variables) => {
    expect(errorCode(await api.gql(query, variables))).toBe('UNAUTHENTICATED');
  });
});

describe('a request from submission to delivery', () => {
  let id: string;
  let coordinatorSocket: Socket;
  let philippinesSocket: Socket;
  let unodcSocket: Socket;

  beforeAll(async () => {
    [coordinatorSocket, philippinesSocket, unodcSocket] = await Promise.all(
      [tokens.coordinator, tokens.philippines, tokens.unodc].map((token) => connectSocket(api.url, { token })),
    );
  });
  afterAll(() => [coordinatorSocket, philippinesSocket, unodcSocket].forEach((socket) => socket.close()));

  it('is submitted by the focal point: timeline, review deadline, discussion, coordinators told live', async () => {
    const live = nextEvent(coordinatorSocket, 'assistanceRequest.updated');
    const notified = nextEvent(coordinatorSocket, 'notification', (payload) => payload.type === 'REQUEST_SUBMITTED');
    const request = ok(
      await api.gql(SUBMIT, { input: { ...NEW_REQUEST, pillars: ['II', 'II'] } }, tokens.philippines),
      'submitAssistanceRequest',
    );
    id = request.id;
    expect(request).toMatchObject({
      status: 'SUBMITTED',
      reference: expect.stringMatching(/^AR-\d{4}$/),
      sharingScope: 'ALL_ENTITIES',
      pillars: ['II'],
      requestingState: { key: 'STATE:PH' },
      leadEntity: null,
      discussion: { title: NEW_REQUEST.title },
      viewerTransitions: ['WITHDRAWN'],
      viewerCanEdit: false,
    });
    expect(request.timeline.map((step: any) => [step.fromStatus, step.toStatus])).toEqual([
      [null, 'DRAFT'],
      ['DRAFT', 'SUBMITTED'],
    ]);
    const workingDaysLater = (Date.parse(request.slaDueAt) - Date.parse(request.submittedAt)) / 86_400_000;
    // 10 working days span two weekends: 12 to 14 calendar days, whatever the day of submission.
    expect(workingDaysLater).toBeGreaterThanOrEqual(12);
    expect(workingDaysLater).toBeLessThanOrEqual(14);
    expect(await live).toEqual({ id, status: 'SUBMITTED' });
    expect(await notified).toMatchObject({
      title: `Philippines requests assistance: “${NEW_REQUEST.title}”`,
      link: `/requests/${id}`,
    });
  });

  it('is hidden from other States and, until opened for offers, from entities', async () => {
    expect(errorCode(await api.gql(GET, { id }, tokens.maldives))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(GET, { id }, tokens.unodc))).toBe('NOT_FOUND');
    const maldivesList = await api.gql(LIST, { filter: { search: 'terrorist financing' } }, tokens.maldives);
    expect(maldivesList.data!.assistanceRequests.totalCount).toBe(0);
    const coordinatorView = ok(await api.gql(GET, { id }, tokens.coordinator), 'assistanceRequest');
    expect(coordinatorView.viewerTransitions.sort()).toEqual(['DECLINED', 'UNDER_REVIEW']);
    expect(coordinatorView.discussion).toMatchObject({ title: NEW_REQUEST.title });
    const opening = await api.gql(
      `query($id: ID!) { assistanceRequest(id: $id) { discussion { posts(first: 1) { edges { node { bodyHtml } } } } } }`,
      { id },
      tokens.coordinator,
    );
    expect(opening.data!.assistanceRequest.discussion.posts.edges[0].node.bodyHtml).toBe(
      `<p><strong>${coordinatorView.reference}</strong> · <a rel="noopener noreferrer nofollow" href="/requests/${id}">${NEW_REQUEST.title}</a></p>\n`,
    );
  });

  it('refuses moves that are not the mover’s, and moves that do not exist, changing nothing', async () => {
    const byState = await api.gql(TRANSITION, { input: { id, to: 'UNDER_REVIEW' } }, tokens.philippines);
    expect(errorCode(byState)).toBe('FORBIDDEN');
    const skipping = await api.gql(TRANSITION, { input: { id, to: 'DELIVERED' } }, tokens.coordinator);
    expect(errorCode(skipping)).toBe('CONFLICT');
    expect(skipping.errors![0].message).toBe('A request that is submitted cannot become delivered.');
    const declineWithoutReason = await api.gql(TRANSITION, { input: { id, to: 'DECLINED' } }, tokens.coordinator);
    expect(declineWithoutReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const [row] = await api.sql(
      `SELECT status, (SELECT count(*)::int FROM assistance_request_transitions WHERE request_id = $1) AS steps
                                   FROM assistance_requests WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'SUBMITTED', steps: 2 });
  });

  it('is opened for offers by the coordinator: entities in scope are told and can read it', async () => {
    const live = nextEvent(unodcSocket, 'assistanceRequest.updated', (payload) => payload.id === id);
    const opened = ok(
      await api.gql(TRANSITION, { input: { id, to: 'UNDER_REVIEW', note: '' } }, tokens.coordinator),
      'transitionAssistanceRequest',
    );
    expect(opened.status).toBe('UNDER_REVIEW');
    expect(await live).toEqual({ id, status: 'UNDER_REVIEW' });
    expect((await notificationsOf('member@unodc.example')).at(-1)).toMatchObject({ type: 'REQUEST_OPENED' });
    expect((await notificationsOf('focal.point@ph.example')).at(-1)).toMatchObject({
      type: 'REQUEST_STATUS',
      title: `“${NEW_REQUEST.title}” is now: Under review`,
    });
    // INTERPOL's member prefers French.
    expect((await notificationsOf('member@interpol.example')).at(-1)?.title).toBe(
      `Ouverte aux offres : « ${NEW_REQUEST.title} » (Philippines)`,
    );
    const unodcView = ok(await api.gql(GET, { id }, tokens.unodc), 'assistanceRequest');
    expect(unodcView).toMatchObject({ viewerCanOffer: true, viewerTransitions: [], discussion: null });
    const open = await api.gql(LIST, { filter: { openForViewerOffer: true } }, tokens.unodc);
    expect(open.data!.assistanceRequests.edges.map((edge: any) => edge.node.id)).toContain(id);
    // An observer of a Compact entity reads it, but does not offer.
    const observerView = ok(await api.gql(GET, { id }, tokens.observer), 'assistanceRequest');
    expect(observerView.viewerCanOffer).toBe(false);
    expect(errorCode(await api.gql(OFFER, { input: { requestId: id, note: 'We help' } }, tokens.observer))).toBe(
      'FORBIDDEN',
    );
  });

  it('takes one offer per organization, editable and withdrawable; entities see only their own', async () => {
    const first = ok(
      await api.gql(OFFER, { input: { requestId: id, note: 'A five-day course for FIU analysts' } }, tokens.unodc),
      'offerAssistance',
    );
    const edited = ok(
      await api.gql(OFFER, { input: { requestId: id, note: 'A ten-day course with mentoring' } }, tokens.unodc),
      'offerAssistance',
    );
    expect(edited).toMatchObject({ id: first.id, note: 'A ten-day course with mentoring', status: 'ACTIVE' });
    ok(await api.gql(OFFER, { input: { requestId: id, note: 'Database access' } }, tokens.interpol), 'offerAssistance');
    const withdrawn = ok(await api.gql(WITHDRAW_OFFER, { requestId: id }, tokens.interpol), 'withdrawAssistanceOffer');
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(errorCode(await api.gql(WITHDRAW_OFFER, { requestId: id }, tokens.interpol))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(OFFER, { input: { requestId: id, note: '   ' } }, tokens.unodc))).toBe(
      'BAD_USER_INPUT',
    );

    const stateView = ok(await api.gql(GET, { id }, tokens.philippines), 'assistanceRequest');
    expect(stateView.offers.map((offer: any) => [offer.organization.key, offer.status])).toEqual([
      ['UNODC', 'ACTIVE'],
      ['INTERPOL', 'WITHDRAWN'],
    ]);
    const unodcView = ok(await api.gql(GET, { id }, tokens.unodc), 'assistanceRequest');
    expect(unodcView.offers.map((offer: any) => offer.organization.key)).toEqual(['UNODC']);
    expect(unodcView.viewerOffer).toMatchObject({ note: 'A ten-day course with mentoring' });
    expect(unodcView.discussion).toMatchObject({ title: NEW_REQUEST.title });

    const offersToState = (await notificationsOf('focal.point@ph.example')).filter((n) => n.type === 'REQUEST_OFFER');
    expect(offersToState.map((n) => n.title)).toEqual([
      `UNODC offered assistance on “${NEW_REQUEST.title}”`,
      `INTERPOL offered assistance on “${NEW_REQUEST.title}”`,
    ]);
    expect(errorCode(await api.gql(OFFER, { input: { requestId: id, note: 'x' } }, tokens.maldives))).toBe('NOT_FOUND');
  });

  it('is matched by the coordinator to a lead and partners, checked, and the State sees it live', async () => {
    const sameTwice = await api.gql(
      MATCH,
      { input: { requestId: id, leadEntityId: organizations.UNODC, partnerEntityIds: [organizations.UNODC] } },
      tokens.coordinator,
    );
    expect(sameTwice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerEntityIds' });
    const stateAsLead = await api.gql(
      MATCH,
      { input: { requestId: id, leadEntityId: organizations['STATE:MV'] } },
      tokens.coordinator,
    );
    expect(stateAsLead.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadEntityId' });
    expect(
      errorCode(await api.gql(MATCH, { input: { requestId: id, leadEntityId: organizations.UNODC } }, tokens.unodc)),
    ).toBe('FORBIDDEN');

    const live = nextEvent(philippinesSocket, 'assistanceRequest.updated', (payload) => payload.status === 'MATCHED');
    const matched = ok(
      await api.gql(
        MATCH,
        {
          input: {
            requestId: id,
            leadEntityId: organizations.UNODC,
            partnerEntityIds: [organizations.INTERPOL, organizations.INTERPOL],
          },
        },
        tokens.coordinator,
      ),
      'matchAssistanceRequest',
    );
    expect(matched).toMatchObject({
      status: 'MATCHED',
      leadEntity: { key: 'UNODC' },
      partnerEntities: [{ key: 'INTERPOL' }],
      slaDueAt: null,
    });
    expect(await live).toEqual({ id, status: 'MATCHED' });
    expect((await notificationsOf('focal.point@ph.example')).at(-1)?.title).toBe(
      `“${NEW_REQUEST.title}” is now: Matched`,
    );
  });

  it('is delivered by the matched entities, then closed by the State with its feedback', async () => {
    expect(errorCode(await api.gql(TRANSITION, { input: { id, to: 'IN_PROGRESS' } }, tokens.philippines))).toBe(
      'FORBIDDEN',
    );
    const started = ok(
      await api.gql(TRANSITION, { input: { id, to: 'IN_PROGRESS', note: 'Course dates agreed' } }, tokens.unodc),
      'transitionAssistanceRequest',
    );
    expect(started.status).toBe('IN_PROGRESS');
    expect(errorCode(await api.gql(FEEDBACK, { input: { id, rating: 4, comment: 'early' } }, tokens.philippines))).toBe(
      'CONFLICT',
    );
    const delivered = ok(
      await api.gql(TRANSITION, { input: { id, to: 'DELIVERED', note: '24 analysts trained' } }, tokens.interpol),
      'transitionAssistanceRequest',
    );
    expect(delivered).toMatchObject({ status: 'DELIVERED', viewerCanGiveFeedback: false });

    const outOfRange = await api.gql(FEEDBACK, { input: { id, rating: 6 } }, tokens.philippines);
    expect(outOfRange.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rating' });
    expect(errorCode(await api.gql(FEEDBACK, { input: { id, rating: 5 } }, tokens.coordinator))).toBe('FORBIDDEN');
    const closed = ok(
      await api.gql(
        FEEDBACK,
        { input: { id, rating: 5, comment: 'Excellent, practical course.', close: true } },
        tokens.philippines,
      ),
      'giveAssistanceFeedback',
    );
    expect(closed).toMatchObject({
      status: 'CLOSED',
      feedbackRating: 5,
      feedbackComment: 'Excellent, practical course.',
      viewerTransitions: [],
      viewerCanGiveFeedback: true,
    });
    expect(closed.timeline.map((step: any) => `${step.toStatus} by ${step.actor.email}`)).toEqual([
      'DRAFT by focal.point@ph.example',
      'SUBMITTED by focal.point@ph.example',
      'UNDER_REVIEW by coordinator@unoct.example',
      'MATCHED by coordinator@unoct.example',
      'IN_PROGRESS by member@unodc.example',
      'DELIVERED by member@interpol.example',
      'CLOSED by focal.point@ph.example',
    ]);
    expect(closed.timeInStatus.map((entry: any) => entry.status)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'UNDER_REVIEW',
      'MATCHED',
      'IN_PROGRESS',
      'DELIVERED',
      'CLOSED',
    ]);
    expect(closed.timeInStatus.filter((entry: any) => entry.current)).toEqual([
      { status: 'CLOSED', seconds: expect.any(Number), current: true },
    ]);
    expect(
      errorCode(await api.gql(TRANSITION, { input: { id, to: 'DELIVERED', note: 'x' } }, tokens.coordinator)),
    ).toBe('CONFLICT');
  });
});

describe('drafts and edits', () => {
  it('keeps a draft to the State, lets its focal point edit and submit it', async () => {
    const draft = ok(
      await api.gql(
        SUBMIT,
        { input: { ...NEW_REQUEST, title: 'Draft: prison management', draft: true } },
        tokens.philippines,
      ),
      'submitAssistanceRequest',
    );
    expect(draft).toMatchObject({ status: 'DRAFT', discussion: null, viewerCanEdit: true });
    expect(draft.viewerTransitions.sort()).toEqual(['SUBMITTED', 'WITHDRAWN']);
    expect(errorCode(await api.gql(GET, { id: draft.id }, tokens.coordinator))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(UPDATE, { input: { id: draft.id, title: 'x' } }, tokens.maldives))).toBe(
      'NOT_FOUND',
    );

    const edited = ok(
      await api.gql(
        UPDATE,
        {
          input: {
            id: draft.id,
            title: 'Prison management and violent extremism',
            sharingScope: 'NAMED_ENTITIES',
            sharedEntityIds: [organizations.UNODC],
            workingGroupId: (await api.sql(`SELECT id FROM working_groups WHERE key = 'CC'`))[0].id,
          },
        },
        tokens.philippines,
      ),
      'updateAssistanceRequest',
    );
    expect(edited).toMatchObject({
      title: 'Prison management and violent extremism',
      sharingScope: 'NAMED_ENTITIES',
      sharedEntities: [{ key: 'UNODC' }],
      workingGroup: { key: 'CC' },
    });
    const submitted = ok(
      await api.gql(TRANSITION, { input: { id: draft.id, to: 'SUBMITTED' } }, tokens.philippines),
      'transitionAssistanceRequest',
    );
    expect(submitted).toMatchObject({ status: 'SUBMITTED', viewerCanEdit: false });
    expect(submitted.discussion).not.toBeNull();
    expect(errorCode(await api.gql(UPDATE, { input: { id: draft.id, title: 'Later' } }, tokens.philippines))).toBe(
      'FORBIDDEN',
    );
    // Coordinators correct the wording, but never widen the State's sharing scope.
    const corrected = ok(
      await api.gql(UPDATE, { input: { id: draft.id, priority: 'LOW' } }, tokens.coordinator),
      'updateAssistanceRequest',
    );
    expect(corrected.priority).toBe('LOW');
    const widened = await api.gql(
      UPDATE,
      { input: { id: draft.id, sharingScope: 'ALL_ENTITIES' } },
      tokens.coordinator,
    );
    expect(errorCode(widened)).toBe('FORBIDDEN');
  });

  it('refuses bad input with the field at fault and writes nothing', async () => {
    const count = async () => (await api.sql(`SELECT count(*)::int AS n FROM assistance_requests`))[0].n;
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '  ' }, 'title'],
      [{ description: '' }, 'description'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ sharingScope: 'NAMED_ENTITIES', sharedEntityIds: [] }, 'sharedEntityIds'],
      [{ sharingScope: 'NAMED_ENTITIES', sharedEntityIds: [organizations['STATE:MV']] }, 'sharedEntityIds'],
      [{ workingGroupId: '00000000-0000-4000-8000-000000000000' }, 'workingGroupId'],
    ];
    for (const [change, field] of cases) {
      const response = await api.gql(SUBMIT, { input: { ...NEW_REQUEST, ...change } }, tokens.philippines);
      expect(response.errors?.[0]?.extensions, JSON.stringify(change)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const badEnum = await api.gql(SUBMIT, { input: { ...NEW_REQUEST, priority: 'URGENT' } }, tokens.philippines);
    expect(errorCode(badEnum)).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('is requested only by focal points of a Member State', async () => {
    for (const who of ['coordinator', 'unodc', 'observer'] as const) {
      expect(errorCode(await api.gql(SUBMIT, { input: NEW_REQUEST }, tokens[who])), who).toBe('FORBIDDEN');
    }
  });
});

describe('coordinators’ corrections and declines', () => {
  it('takes a match back to review (needs a note), clearing the lead, and reopens a declined request', async () => {
    const id = await makeRequest(api, tokens, organizations, { status: 'MATCHED', partners: ['INTERPOL'] });
    const noNote = await api.gql(TRANSITION, { input: { id, to: 'UNDER_REVIEW' } }, tokens.coordinator);
    expect(noNote.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const back = ok(
      await api.gql(
        TRANSITION,
        { input: { id, to: 'UNDER_REVIEW', note: 'UNODC cannot deliver in 2027' } },
        tokens.coordinator,
      ),
      'transitionAssistanceRequest',
    );
    expect(back).toMatchObject({ status: 'UNDER_REVIEW', leadEntity: null, partnerEntities: [] });
    expect(back.timeline.at(-1)).toMatchObject({ fromStatus: 'MATCHED', note: 'UNODC cannot deliver in 2027' });

    const declined = await makeRequest(api, tokens, organizations, { status: 'DECLINED' });
    const reopened = ok(
      await api.gql(
        TRANSITION,
        { input: { id: declined, to: 'UNDER_REVIEW', note: 'New information' } },
        tokens.coordinator,
      ),
      'transitionAssistanceRequest',
    );
    expect(reopened.status).toBe('UNDER_REVIEW');
  });

  it('lets the State withdraw before delivery, not after', async () => {
    const inProgress = await makeRequest(api, tokens, organizations, { status: 'IN_PROGRESS' });
    const withdrawn = ok(
      await api.gql(TRANSITION, { input: { id: inProgress, to: 'WITHDRAWN', note: 'Budget cut' } }, tokens.philippines),
      'transitionAssistanceRequest',
    );
    expect(withdrawn.status).toBe('WITHDRAWN');
    const delivered = await makeRequest(api, tokens, organizations, { status: 'DELIVERED' });
    expect(
      errorCode(await api.gql(TRANSITION, { input: { id: delivered, to: 'WITHDRAWN' } }, tokens.philippines)),
    ).toBe('CONFLICT');
  });
});

describe('assistanceRequests filters', () => {
  it('filter by status, pillar, region, State, entity and reference, within what the viewer may read', async () => {
    const id = await makeRequest(api, tokens, organizations, { status: 'MATCHED', lead: 'INTERPOL' });
    const [{ number }] = await api.sql(`SELECT number FROM assistance_requests WHERE id = $1`, [id]);
    const ids = async (filter: Record<string, unknown>, token = tokens.coordinator) =>
      (await api.gql(LIST, { filter, first: 100 }, token)).data!.assistanceRequests.edges.map(
        (edge: any) => edge.node.id,
      );
    expect(await ids({ statuses: ['MATCHED'] })).toContain(id);
    expect(await ids({ statuses: ['SUBMITTED'] })).not.toContain(id);
    expect(await ids({ pillar: 'III' })).toContain(id);
    expect(await ids({ pillar: 'I' })).not.toContain(id);
    expect(await ids({ regionalGroup: 'ASIA_PACIFIC' })).toContain(id);
    expect(await ids({ regionalGroup: 'AFRICAN' })).not.toContain(id);
    expect(await ids({ requestingStateId: organizations['STATE:PH'] })).toContain(id);
    expect(await ids({ entityId: organizations.INTERPOL })).toContain(id);
    expect(await ids({ entityId: organizations.UNODC })).not.toContain(id);
    expect(await ids({ search: `AR-${String(number).padStart(4, '0')}` })).toEqual([id]);
    expect(await ids({ overdue: false })).toContain(id);
    expect(await ids({ assignedToViewerOrganization: true }, tokens.interpol)).toContain(id);
    expect(await ids({ assignedToViewerOrganization: true }, tokens.unodc)).not.toContain(id);
    expect(await ids({}, tokens.maldives)).toEqual([]);
  });
});

describe('live updates reach everyone who may read the request, and no one else', () => {
  it('sends assistanceRequest.updated to the State, coordinators and entities in scope, never to another State', async () => {
    const sockets = Object.fromEntries(
      await Promise.all(
        (['philippines', 'maldives', 'coordinator', 'unodc', 'interpol'] as const).map(
          async (who) => [who, await connectSocket(api.url, { token: tokens[who] })] as const,
        ),
      ),
    );
    const received = Object.fromEntries(
      Object.entries(sockets).map(([who, socket]) => [who, collect(socket, 'assistanceRequest.updated')]),
    );
    const id = await makeRequest(api, tokens, organizations, {
      status: 'UNDER_REVIEW',
      scope: 'NAMED_ENTITIES',
      shared: ['UNODC'],
    });
    const statuses = (who: string) => received[who].filter((event) => event.id === id).map((event) => event.status);
    // The last event reached an entity in scope; by the end of a round trip on each socket, so has
    // everything else that was sent (or wrongly sent) to any of them.
    await until('UNODC hears the review', () => statuses('unodc').includes('UNDER_REVIEW'));
    await Promise.all(Object.values(sockets).map(drained));
    expect(statuses('philippines')).toEqual(['SUBMITTED', 'UNDER_REVIEW']);
    expect(statuses('coordinator')).toEqual(['SUBMITTED', 'UNDER_REVIEW']);
    expect(statuses('unodc')).toEqual(['UNDER_REVIEW']);
    expect(statuses('interpol')).toEqual([]);
    expect(statuses('maldives')).toEqual([]);
    expect(errorCode(await api.gql(GET, { id }, tokens.interpol))).toBe('NOT_FOUND');
    Object.values(sockets).forEach((socket) => socket.close());
  });
});

describe('acknowledging a request', () => {
  const SEEN = `query($id: ID!) {
    assistanceRequest(id: $id) { viewerCanAcknowledge acknowledgements { organization { key } acknowledgedAt } }
  }`;
  const seenBy = async (id: string, token: string) => {
    const request = ok(await api.gql(SEEN, { id }, token), 'assistanceRequest');
    return {
      can: request.viewerCanAcknowledge,
      by: request.acknowledgements.map((seen: any) => seen.organization.key),
    };
  };

  it('is said once per entity; the State and coordinators see which and when, an entity its own', async () => {
    const id = await makeRequest(api, tokens, organizations, { status: 'UNDER_REVIEW' });
    expect(await seenBy(id, tokens.unodc)).toEqual({ can: true, by: [] });

    const first = ok(await api.gql(ACKNOWLEDGE, { id }, tokens.unodc), 'acknowledgeAssistanceRequest');
    expect(first.viewerCanAcknowledge).toBe(false);
    expect(first.acknowledgements).toEqual([{ organization: { key: 'UNODC' }, acknowledgedAt: expect.any(String) }]);
    // Saying it again keeps the first day.
    const again = ok(await api.gql(ACKNOWLEDGE, { id }, tokens.unodc), 'acknowledgeAssistanceRequest');
    expect(again.acknowledgements).toEqual(first.acknowledgements);
    ok(await api.gql(ACKNOWLEDGE, { id }, tokens.interpol), 'acknowledgeAssistanceRequest');

    expect(await seenBy(id, tokens.philippines)).toEqual({ can: false, by: ['UNODC', 'INTERPOL'] });
    expect(await seenBy(id, tokens.coordinator)).toEqual({ can: false, by: ['UNODC', 'INTERPOL'] });
    expect(await seenBy(id, tokens.interpol)).toEqual({ can: false, by: ['INTERPOL'] });
    // UNDP's observer reads the request but does not speak for UNDP.
    expect(await seenBy(id, tokens.observer)).toEqual({ can: false, by: [] });
    const [{ n }] = await api.sql(
      `SELECT count(*)::int AS n FROM assistance_request_acknowledgements WHERE request_id = $1`,
      [id],
    );
    expect(n).toBe(2);
  });

  it('is refused once the assistance is delivered, and for a request the entity may not read', async () => {
    const delivered = await makeRequest(api, tokens, organizations, { status: 'DELIVERED' });
    expect(errorCode(await api.gql(ACKNOWLEDGE, { id: delivered }, tokens.unodc))).toBe('CONFLICT');
    expect(await seenBy(delivered, tokens.unodc)).toEqual({ can: false, by: [] });
    const draft = await makeRequest(api, tokens, organizations, { status: 'DRAFT' });
    expect(errorCode(await api.gql(ACKNOWLEDGE, { id: draft }, tokens.unodc))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(ACKNOWLEDGE, { id: 'not-an-id' }, tokens.unodc))).toBe('NOT_FOUND');
  });
});

describe('sharing a submitted request more widely', () => {
  const widen = (id: string, sharingScope: string, entities: string[] = []) =>
    api.gql(
      WIDEN_SHARING,
      { input: { id, sharingScope, sharedEntityIds: entities.map((key) => organizations[key]) } },
      tokens.philippines,
    );

  it('reaches the entities added, who hear of it once it is open; never fewer', async () => {
    const id = await makeRequest(api, tokens, organizations, {
      status: 'UNDER_REVIEW',
      scope: 'NAMED_ENTITIES',
      shared: ['UNODC'],
    });
    expect(errorCode(await api.gql(GET, { id }, tokens.interpol))).toBe('NOT_FOUND');
    const before = (await notificationsOf('member@interpol.example')).length;

    const widened = ok(await widen(id, 'NAMED_ENTITIES', ['UNODC', 'INTERPOL']), 'widenAssistanceRequestSharing');
    expect(widened).toMatchObject({ sharingScope: 'NAMED_ENTITIES', viewerCanWidenSharing: true });
    ok(await api.gql(GET, { id }, tokens.interpol), 'assistanceRequest');
    const told = (await notificationsOf('member@interpol.example')).slice(before);
    expect(told).toEqual([expect.objectContaining({ type: 'REQUEST_OPENED', link: `/requests/${id}` })]);
    // UNODC saw it already: nothing new for it.
    expect((await notificationsOf('member@unodc.example')).filter((n) => n.link === `/requests/${id}`)).toHaveLength(1);

    const narrowed = await widen(id, 'NAMED_ENTITIES', ['INTERPOL']);
    expect(errorCode(narrowed)).toBe('BAD_USER_INPUT');
    expect(errorCode(await widen(id, 'NAMED_ENTITIES', []))).toBe('BAD_USER_INPUT');
    expect(errorCode(await widen(id, 'NAMED_ENTITIES', ['STATE:MV']))).toBe('BAD_USER_INPUT');
    ok(await widen(id, 'ALL_ENTITIES'), 'widenAssistanceRequestSharing');
    ok(await api.gql(GET, { id }, tokens.observer), 'assistanceRequest');
    const [{ sharing_scope, shared }] = await api.sql(
      `SELECT sharing_scope, (SELECT count(*)::int FROM assistance_request_shared_entities WHERE request_id = $1) AS shared
         FROM assistance_requests WHERE id = $1`,
      [id],
    );
    expect({ sharing_scope, shared }).toEqual({ sharing_scope: 'ALL_ENTITIES', shared: 0 });
    expect(errorCode(await widen(id, 'NAMED_ENTITIES', ['UNODC', 'INTERPOL']))).toBe('BAD_USER_INPUT');
  });

  it('tells nobody before the request is open to entities', async () => {
    const id = await makeRequest(api, tokens, organizations, { status: 'SUBMITTED', scope: 'COORDINATORS_ONLY' });
    const before = (await notificationsOf('member@interpol.example')).length;
    ok(await widen(id, 'ALL_ENTITIES'), 'widenAssistanceRequestSharing');
    expect(await notificationsOf('member@interpol.example')).toHaveLength(before);
    expect(errorCode(await api.gql(GET, { id }, tokens.interpol))).toBe('NOT_FOUND');
  });
});

describe('escalating an overdue request', () => {
  const escalations = async () =>
    api.app.get(
      (await import('../src/modules/assistance-requests/assistance-request-escalations.js'))
        .AssistanceRequestEscalations,
    );
  const overdueNotices = async (email: string, id: string) =>
    (await notificationsOf(email)).filter((n) => n.type === 'REQUEST_OVERDUE' && n.link === `/requests/${id}`);
  const missDeadline = (id: string) =>
    api.sql(`UPDATE assistance_requests SET sla_due_at = now() - interval '1 hour' WHERE id = $1`, [id]);

  it('tells the coordinators and the State once per deadline missed, and again when the next one is missed', async () => {
    const id = await makeRequest(api, tokens, organizations, { status: 'SUBMITTED' });
    const job = await escalations();
    await missDeadline(id);

    const runs = await Promise.all([job.escalateOverdue(new Date()), job.escalateOverdue(new Date())]);
    expect(runs.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1);
    await job.escalateOverdue(new Date());
    const [told] = await overdueNotices('coordinator@unoct.example', id);
    expect(told.title).toMatch(/^Overdue, Submitted: “.+” \(Philippines\)$/);
    expect(await overdueNotices('coordinator@unoct.example', id)).toHaveLength(1);
    expect(await overdueNotices('focal.point@ph.example', id)).toHaveLength(1);
    // Entities are not told: the clocks are the coordinators' and the State's.
    expect(await overdueNotices('member@unodc.example', id)).toHaveLength(0);

    // Taken under review, the request has a new deadline: missing it is a new breach.
    ok(
      await api.gql(TRANSITION, { input: { id, to: 'UNDER_REVIEW', note: '' } }, tokens.coordinator),
      'transitionAssistanceRequest',
    );
    await job.escalateOverdue(new Date());
    expect(await overdueNotices('focal.point@ph.example', id)).toHaveLength(1);
    await missDeadline(id);
    await job.escalateOverdue(new Date());
    expect(await overdueNotices('focal.point@ph.example', id)).toHaveLength(2);
  });

  it('escalates a request in progress past its delivery deadline, and leaves a matched one alone', async () => {
    const inProgress = await makeRequest(api, tokens, organizations, { status: 'IN_PROGRESS', lead: 'UNODC' });
    const matched = await makeRequest(api, tokens, organizations, { status: 'MATCHED', lead: 'UNODC' });
    const [{ due }] = await api.sql(`SELECT sla_due_at AS due FROM assistance_requests WHERE id = $1`, [inProgress]);
    expect(due).toBeInstanceOf(Date);
    // A matched request has no clock running; were a deadline left on it, it would not count.
    await missDeadline(inProgress);
    await missDeadline(matched);
    await (await escalations()).escalateOverdue(new Date());
    expect(await overdueNotices('coordinator@unoct.example', inProgress)).toHaveLength(1);
    expect(await overdueNotices('coordinator@unoct.example', matched)).toHaveLength(0);
  });
});
