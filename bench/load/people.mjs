// The simulated people, in a process of their own (forked by bench/load/run.mjs, which measures from
// another event loop). Each person signs in once, keeps one Socket.IO connection, and acts on timers,
// open loop: a timer schedules the next action whatever the previous one is still doing. Every request is
// one of the web app's GraphQL documents (documents.mjs) except sign-in and renewal, which a client
// holding its own token asks for the tokens in the answer.
//
// What is recorded, per bucket ("<step>:<phase>", the phase at the time a request was sent):
//   ops[name] = { ms: [latency of each answer], graphql: { code: n }, transport: { kind: n } }
//   deliveries: Histogram of (receipt of post.created on a socket) - (send of that post's createPost),
//     keyed by the postId the event carries; the event may come before the mutation's answer, and the
//     post may come from a person in the other process (run.mjs relays the send times).
// Nothing is logged per event; the orchestrator collects a bucket once it is over.
//
// Messages from the parent:
//   { type: 'init', urls, documents, options }         { type: 'clock', t0 } -> { type: 'clock', t0, t1 }
//   { type: 'add', people: [{ n, email, role }], rampMs }   { type: 'bucket', bucket }
//   { type: 'sent', postId, at, bucket }                { type: 'collect', bucket } -> { type: 'collected', ... }
//   { type: 'status' } -> { type: 'status', ... }       { type: 'close' } -> { type: 'closed' }, then exits
// To the parent: { type: 'sent', postId, at, bucket } for each post this process made.
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { Histogram } from './histogram.mjs';

const now = () => performance.timeOrigin + performance.now();

let urls; // the api instances; person n talks to urls[n % urls.length], as a balancer would spread them
let documents;
let options;
let agent;
let bucket = 'start';
let closing = false;
const people = [];
const stats = new Map(); // bucket -> stats

// ---- recording ----

function statsOf(name) {
  let entry = stats.get(name);
  if (!entry) {
    entry = {
      ops: {},
      deliveries: new Histogram(),
      socket: { connected: 0, connectErrors: {}, disconnects: {}, serverEvents: {} },
      unmatchedReceipts: 0,
      // Exceptions in this process's own code (a bug here, not the api's): expected to stay empty.
      clientFailures: {},
      loop: undefined,
    };
    stats.set(name, entry);
  }
  return entry;
}
function opOf(name, op) {
  const ops = statsOf(name).ops;
  return (ops[op] ??= { ms: [], graphql: {}, transport: {} });
}
const count = (map, key) => (map[key] = (map[key] ?? 0) + 1);

// The clients' own event loop: when it lags, what we measure includes our own delay.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
function closeLoopWindow(name) {
  statsOf(name).loop = {
    p50: loopDelay.percentile(50) / 1e6,
    p99: loopDelay.percentile(99) / 1e6,
    max: loopDelay.max / 1e6,
  };
  loopDelay.reset();
}

// ---- post.created deliveries, matched by postId ----

const sends = new Map(); // postId -> { at, bucket }
const early = new Map(); // postId -> [receipt times] of events that came before we knew the send
function registerSend(postId, at, sendBucket) {
  sends.set(postId, { at, bucket: sendBucket });
  const waiting = early.get(postId);
  if (waiting) {
    early.delete(postId);
    const histogram = statsOf(sendBucket).deliveries;
    for (const receivedAt of waiting) histogram.add(receivedAt - at);
  }
}
function onPostCreated(payload) {
  const at = now();
  const postId = payload?.postId;
  if (typeof postId !== 'string') return;
  const send = sends.get(postId);
  if (send) statsOf(send.bucket).deliveries.add(at - send.at);
  else {
    let list = early.get(postId);
    if (!list) early.set(postId, (list = []));
    list.push(at);
  }
}
// Forget sends after two minutes; receipts of a send never learned (its mutation failed) are counted.
setInterval(() => {
  const old = now() - 120_000;
  for (const [postId, send] of sends) if (send.at < old) sends.delete(postId);
  for (const [postId, list] of early)
    if (list[0] < old) {
      early.delete(postId);
      statsOf(bucket).unmatchedReceipts += list.length;
    }
}, 10_000).unref();

// ---- HTTP and GraphQL ----

function postJson(target, body, headers, timeoutMs) {
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString() }));
        response.on('error', (error) => resolve({ error: error.code ?? error.message }));
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error('timeout')));
    request.on('error', (error) =>
      resolve({ error: error.message === 'timeout' ? 'timeout' : (error.code ?? error.message) }),
    );
    request.end(body);
  });
}

/**
 * One GraphQL operation of `person` (as `op` in the figures): its data, or undefined after recording the
 * error. GraphQL errors are counted by extensions.code, transport failures (no answer, not JSON) by kind.
 */
async function call(
  person,
  op,
  document,
  variables,
  { authenticated = true, timeoutMs = options.requestTimeoutMs } = {},
) {
  const sentIn = bucket;
  const started = now();
  const headers = { 'x-forwarded-for': person.address };
  if (authenticated) headers.authorization = `Bearer ${person.token}`;
  const answer = await postJson(
    person.api,
    JSON.stringify({ operationName: op, query: document, variables }),
    headers,
    timeoutMs,
  );
  const ms = now() - started;
  const record = opOf(sentIn, op);
  if (answer.error) {
    count(record.transport, answer.error);
    return undefined;
  }
  let body;
  try {
    body = JSON.parse(answer.text);
  } catch {
    count(record.transport, `HTTP ${answer.status}, not JSON`);
    return undefined;
  }
  record.ms.push(Math.round(ms * 10) / 10);
  if (body.errors?.length) {
    count(record.graphql, body.errors[0]?.extensions?.code ?? 'NO_CODE');
    return undefined;
  }
  if (answer.status !== 200) {
    count(record.transport, `HTTP ${answer.status}`);
    return undefined;
  }
  return body.data;
}

// Sign-in and renewal for a client that holds its own tokens (the web app keeps them in cookies instead).
const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken refreshToken expiresAt } }`;
const REFRESH = `mutation RefreshSession($input: RefreshSessionInput) {
  refreshSession(input: $input) { accessToken refreshToken expiresAt } }`;

// ---- randomness and timers ----

const between = (min, max) => min + Math.random() * (max - min);
const exponential = (mean) => -Math.log(1 - Math.random()) * mean;
const pick = (items) => items[Math.floor(Math.random() * items.length)];

const BOARD_STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'MATCHED', 'IN_PROGRESS', 'DELIVERED'];
const REGIONAL_GROUPS = [
  'AFRICAN',
  'ASIA_PACIFIC',
  'EASTERN_EUROPEAN',
  'LATIN_AMERICAN_AND_CARIBBEAN',
  'WESTERN_EUROPEAN_AND_OTHERS',
];
const REACTIONS = ['👍', '❤️', '🎉', '👀', '✅', '🙏'];
const POSTING_ROLES = new Set(['OWNER', 'MODERATOR', 'MEMBER']);
const REPLIES = [
  'Thanks, noted. We will share our input before the next meeting.',
  'Agreed. Our team can contribute to the **assessment** in the second quarter.',
  'Could you circulate the draft terms of reference?',
  'The workshop report is now final; see the summary below.\n\n1. Participants\n2. Recommendations',
  'We support this proposal and can co-organize the training.',
  'Following up on the last call: the donor confirmed the pledge.',
];

// ---- a person ----

class Person {
  constructor({ n, email, role }) {
    this.n = n;
    this.email = email;
    this.role = role;
    this.api = urls[n % urls.length];
    this.address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`; // one client address a person
    this.timers = new Set();
    this.threadsOf = new Map(); // workspaceId -> thread ids, from workspace pages
    this.recentPosts = []; // post ids from thread pages, for reactions
    this.recentRequests = []; // request ids from request lists, for request pages
    this.lastSeq = 0;
    this.state = 'waiting';
  }

  /** Runs `action` after `firstDelay`, then every `nextDelay()`, whatever the previous run is doing. */
  every(firstDelay, nextDelay, action) {
    const fire = () => {
      this.timers.delete(timer);
      if (closing) return;
      timer = setTimeout(fire, nextDelay());
      this.timers.add(timer);
      action().catch((error) => count(statsOf(bucket).clientFailures, String(error?.message)));
    };
    let timer = setTimeout(fire, firstDelay);
    this.timers.add(timer);
  }

  async start() {
    this.state = 'signing in';
    let session;
    for (let attempt = 0; attempt < 3 && !session && !closing; attempt++) {
      // As a person would: try again a little later (the api may still be checking the abandoned attempt).
      if (attempt > 0) await new Promise((done) => setTimeout(done, between(20_000, 40_000)));
      session = (
        await call(
          this,
          'SignIn',
          SIGN_IN,
          {
            input: { email: this.email, password: options.password, returnRefreshToken: true },
          },
          { authenticated: false, timeoutMs: options.signInTimeoutMs },
        )
      )?.signIn;
    }
    if (!session || closing) {
      this.state = 'failed';
      return;
    }
    this.useSession(session);
    const me = await call(this, 'Me', documents.Me, {});
    if (!me) {
      this.state = 'failed';
      return;
    }
    this.me = me.me;
    this.can = me.viewerCan;
    this.language = me.me.preferredLanguage;
    // What the signed-in layout loads: the workspaces (the navigation), the bell, where live notifications start.
    await this.loadWorkspaces();
    await call(this, 'UnreadNotificationCount', documents.UnreadNotificationCount, {});
    const newest = await call(this, 'NewestNotificationSeq', documents.NewestNotificationSeq, {});
    this.lastSeq = newest?.notifications.edges[0]?.node.seq ?? 0;
    this.connect();
    this.state = 'active';

    const { readSeconds, postSeconds, openSeconds, triageSeconds } = options;
    this.every(
      between(0, readSeconds[1]) * 1000,
      () => between(...readSeconds) * 1000,
      () => this.read(),
    );
    this.every(
      exponential(postSeconds) * 1000,
      () => exponential(postSeconds) * 1000,
      () => this.write(),
    );
    this.every(
      exponential(openSeconds) * 1000,
      () => exponential(openSeconds) * 1000,
      () => this.openThread(true),
    );
    if (this.role === 'COORDINATOR')
      this.every(
        between(0, triageSeconds[1]) * 1000,
        () => between(...triageSeconds) * 1000,
        () => this.triage(),
      );
  }

  useSession(session) {
    this.token = session.accessToken;
    this.refreshToken = session.refreshToken;
    // Renew a minute or three before the access token expires, as the web app's session renewer would.
    this.renewIn(new Date(session.expiresAt).getTime() - Date.now() - between(60_000, 180_000));
  }

  renewIn(ms) {
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        if (!closing) this.renew();
      },
      Math.max(5_000, ms),
    );
    this.timers.add(timer);
  }

  async renew() {
    const session = (
      await call(
        this,
        'RefreshSession',
        REFRESH,
        { input: { refreshToken: this.refreshToken } },
        { authenticated: false },
      )
    )?.refreshSession;
    if (session) this.useSession(session);
    // Refused or unanswered (an overloaded api): the web app renews again at its next request, so soon.
    else this.renewIn(between(10_000, 20_000));
  }

  connect() {
    const connectStarted = now();
    let firstConnect = true;
    const socket = io(this.api.origin, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: (send) => send({ token: this.token }), // the current token, also on reconnection
      forceNew: true,
      reconnectionDelay: 1000,
      reconnectionDelayMax: 30_000,
      timeout: 20_000,
    });
    this.socket = socket;
    socket.on('connect', () => {
      const stats = statsOf(bucket);
      if (firstConnect) {
        opOf(bucket, 'socket connect').ms.push(Math.round((now() - connectStarted) * 10) / 10);
        firstConnect = false;
      }
      stats.socket.connected++;
      // As the web app's live client: ask for what was missed since the newest notification it knew.
      const syncStarted = now();
      const syncBucket = bucket;
      socket
        .timeout(options.requestTimeoutMs)
        .emitWithAck('notifications.sync', { afterSeq: this.lastSeq })
        .then((answer) => {
          const record = opOf(syncBucket, 'notifications.sync');
          record.ms.push(Math.round((now() - syncStarted) * 10) / 10);
          if (!Array.isArray(answer)) count(record.graphql, answer?.error ?? 'BAD_ANSWER');
          else for (const notification of answer) this.lastSeq = Math.max(this.lastSeq, notification.seq);
        })
        .catch(() => count(opOf(syncBucket, 'notifications.sync').transport, 'no ack'));
    });
    socket.on('connect_error', (error) => {
      count(statsOf(bucket).socket.connectErrors, error.message);
      // A refusal by the server's middleware is not retried by socket.io-client itself.
      if (!socket.active && !closing) setTimeout(() => !closing && socket.connect(), 5_000);
    });
    socket.on('disconnect', (reason) => {
      if (closing) return;
      count(statsOf(bucket).socket.disconnects, reason);
      if (reason === 'io server disconnect') setTimeout(() => !closing && socket.connect(), 5_000);
    });
    socket.on('post.created', onPostCreated);
    socket.on('notification', (notification) => {
      count(statsOf(bucket).socket.serverEvents, 'notification');
      this.lastSeq = Math.max(this.lastSeq, notification?.seq ?? 0);
      // The web app, in a visible tab: tells the server it was shown (the bell adds it to its count itself).
      socket.emit('notifications.seen', { seqs: [notification.seq] }, () => undefined);
    });
    for (const event of ['post.updated', 'thread.created', 'assistanceRequest.updated'])
      socket.on(event, () => count(statsOf(bucket).socket.serverEvents, event));
  }

  async loadWorkspaces() {
    const data = await call(this, 'Workspaces', documents.Workspaces, { language: this.language });
    if (!data) return;
    this.workspaces = data.workspaces.edges.map((edge) => edge.node);
    this.postable = this.workspaces.filter((w) => POSTING_ROLES.has(w.viewerRole));
    this.taking = this.workspaces.filter((w) => w.viewerRole);
  }

  /** Thread ids of a workspace, from its page (loaded first when not known yet). */
  async threadsIn(workspace) {
    if (!this.threadsOf.has(workspace.id)) {
      const data = await call(this, 'WorkspaceDetail', documents.WorkspaceDetail, {
        id: workspace.id,
        language: this.language,
      });
      if (!data?.workspace) return [];
      this.threadsOf.set(
        workspace.id,
        data.workspace.threads.edges.map((edge) => edge.node.id),
      );
    }
    return this.threadsOf.get(workspace.id);
  }

  /** A workspace to go to: mostly one the person takes part in, sometimes any they may read. */
  chooseWorkspace() {
    if (!this.workspaces?.length) return undefined;
    return Math.random() < 0.8 && this.taking.length ? pick(this.taking) : pick(this.workspaces);
  }

  async read() {
    const roll = Math.random();
    if (roll < 0.2) return this.loadWorkspaces();
    if (roll < 0.5) return this.openThread(false);
    if (roll < 0.7) {
      await call(this, 'Notifications', documents.Notifications, { first: 30, unreadOnly: false });
      return;
    }
    if (roll < 0.85) return this.requests();
    if (this.can?.readReports && Math.random() < 0.5) {
      const today = new Date();
      await call(this, 'Dashboard', documents.Dashboard, {
        year: today.getUTCFullYear(),
        quarter: Math.floor(today.getUTCMonth() / 3) + 1,
        language: this.language,
      });
      return;
    }
    await call(this, 'HomeOverview', documents.HomeOverview, {
      organizationId: this.me.organization.id,
      language: this.language,
    });
  }

  /** The thread page (and, opened from a notification or the list, marking it read). */
  async openThread(markRead) {
    const workspace = this.chooseWorkspace();
    if (!workspace) return;
    const threads = await this.threadsIn(workspace);
    if (threads.length === 0) return;
    const threadId = pick(threads);
    const data = await call(this, 'Thread', documents.Thread, { id: threadId, language: this.language });
    const posts = data?.thread?.posts.edges;
    // Reactions are offered where the person may post (not in an OPEN space they only read, nor as observer).
    if (posts?.length && data.thread.workspace.viewerCanPost) {
      this.recentPosts = [...this.recentPosts, ...posts.slice(-5).map((edge) => edge.node.id)].slice(-20);
    }
    if (markRead && data?.thread) await call(this, 'MarkThreadRead', documents.MarkThreadRead, { threadId });
  }

  async requests(filter = this.requestListFilter()) {
    const data = await call(this, 'AssistanceRequests', documents.AssistanceRequests, {
      language: this.language,
      filter,
    });
    const ids = data?.assistanceRequests.edges.map((edge) => edge.node.id) ?? [];
    if (ids.length) this.recentRequests = ids.slice(0, 30);
    return data?.assistanceRequests.edges.map((edge) => edge.node) ?? [];
  }

  /** The web app's three request lists: all the viewer may read, open for the viewer's offer, assigned. */
  requestListFilter() {
    if (this.role !== 'ENTITY_MEMBER') return {};
    return pick([{}, {}, { openForViewerOffer: true }, { assignedToViewerOrganization: true }]);
  }

  /** A coordinator at the triage board: the board with a filter or none, then one request's page. */
  async triage() {
    if (!this.boardOptions) {
      const formOptions = await call(this, 'RequestFormOptions', documents.RequestFormOptions, {
        language: this.language,
      });
      this.boardOptions = formOptions ?? { workingGroups: [] };
    }
    const filter = { statuses: BOARD_STATUSES };
    const roll = Math.random();
    if (roll < 0.2) filter.regionalGroup = pick(REGIONAL_GROUPS);
    else if (roll < 0.35 && this.boardOptions.workingGroups.length)
      filter.workingGroupId = pick(this.boardOptions.workingGroups).id;
    else if (roll < 0.5) filter.pillar = pick(['I', 'II', 'III', 'IV']);
    else if (roll < 0.6) filter.overdue = true;
    else if (roll < 0.7 && this.lastStateId) filter.requestingStateId = this.lastStateId;
    const shown = await this.requests(filter);
    if (shown.length === 0) return;
    const request = pick(shown);
    this.lastStateId = request.requestingState?.id;
    await call(this, 'AssistanceRequest', documents.AssistanceRequest, { id: request.id, language: this.language });
  }

  /** A reply in a thread of one of the person's workspaces, or a reaction to a post they saw. */
  async write() {
    if (Math.random() < 0.3 && this.recentPosts.length) {
      await call(this, 'ToggleReaction', documents.ToggleReaction, {
        input: { postId: pick(this.recentPosts), emoji: pick(REACTIONS) },
      });
      return;
    }
    if (!this.postable?.length) return;
    const workspace = pick(this.postable);
    const threads = await this.threadsIn(workspace);
    if (threads.length === 0) return;
    const sentIn = bucket;
    const sentAt = now();
    const data = await call(this, 'CreatePost', documents.CreatePost, {
      input: { threadId: pick(threads), body: `${pick(REPLIES)} (${this.n}-${Math.round(sentAt)})`, attachmentIds: [] },
    });
    const postId = data?.createPost?.id;
    if (!postId) return;
    registerSend(postId, sentAt, sentIn);
    process.send({ type: 'sent', postId, at: sentAt, bucket: sentIn });
  }

  close() {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.socket?.close();
  }
}

// ---- messages from the orchestrator ----

function collect(name) {
  const entry = stats.get(name) ?? statsOf(name);
  stats.delete(name);
  return {
    type: 'collected',
    bucket: name,
    ops: entry.ops,
    deliveries: entry.deliveries.toJSON(),
    socket: entry.socket,
    unmatchedReceipts: entry.unmatchedReceipts,
    clientFailures: entry.clientFailures,
    loop: entry.loop,
  };
}

function status() {
  const states = {};
  for (const person of people) count(states, person.state);
  return {
    type: 'status',
    people: people.length,
    states,
    socketsConnected: people.filter((p) => p.socket?.connected).length,
    pendingSends: sends.size,
    earlyReceipts: early.size,
  };
}

process.on('message', (message) => {
  try {
    if (message.type === 'init') {
      ({ documents, options } = message);
      urls = message.urls.map((url) => new URL(url));
      // One pool of kept-alive connections for everyone; never a cap, so no request waits here for a socket.
      agent = new http.Agent({ keepAlive: true, maxFreeSockets: 1024 });
    } else if (message.type === 'clock') process.send({ type: 'clock', t0: message.t0, t1: now() });
    else if (message.type === 'add') {
      // Sign-ins spread evenly over the ramp.
      const gap = message.people.length ? message.rampMs / message.people.length : 0;
      message.people.forEach((spec, index) => {
        const person = new Person(spec);
        people.push(person);
        setTimeout(
          () => {
            if (!closing)
              person.start().catch((error) => {
                person.state = 'failed';
                count(statsOf(bucket).clientFailures, `start: ${error?.message}`);
              });
          },
          index * gap + Math.random() * gap,
        );
      });
    } else if (message.type === 'bucket') {
      closeLoopWindow(bucket);
      bucket = message.bucket;
    } else if (message.type === 'sent') registerSend(message.postId, message.at, message.bucket);
    else if (message.type === 'collect') process.send(collect(message.bucket));
    // What came in after its bucket was collected (answers slower than the drain): counted as late.
    else if (message.type === 'collectAll')
      process.send({ type: 'collectedAll', buckets: [...stats.keys()].map(collect) });
    else if (message.type === 'status') process.send(status());
    else if (message.type === 'close') {
      closing = true;
      for (const person of people) person.close();
      agent?.destroy();
      process.send({ type: 'closed' }, () => process.exit(0));
    }
  } catch (error) {
    process.send({ type: 'error', message: String(error?.stack ?? error) });
  }
});

// Never outlive the orchestrator.
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(3), Number(process.env.LOAD_CHILD_MAX_MS ?? 4 * 60 * 60_000)).unref();
