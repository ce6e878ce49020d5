import {
  type AssistanceRequestUpdatedEvent,
  CLIENT_EVENTS,
  type DecisionUpdatedEvent,
  NOTIFICATION_SYNC_PAGE_SIZE,
  type NotificationEvent,
  type NotificationsSyncRequest,
  type PostCreatedEvent,
  type PostUpdatedEvent,
  SERVER_EVENTS,
  SOCKET_WINDOW_SECONDS,
  type ThreadCreatedEvent,
  type ThreadUpdatedEvent,
} from '@ctcp/shared';

/** The part of a Socket.IO client this module uses (a fake in tests). */
export interface SocketLike {
  readonly connected: boolean;
  on(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  connect(): unknown;
  close(): unknown;
}

/** The events about records that pages listen to (payloads are ids: they refetch what they show). */
export interface RecordEvents {
  'post.created': PostCreatedEvent;
  'post.updated': PostUpdatedEvent;
  'thread.created': ThreadCreatedEvent;
  'thread.updated': ThreadUpdatedEvent;
  'assistanceRequest.updated': AssistanceRequestUpdatedEvent;
  'decision.updated': DecisionUpdatedEvent;
}
export type RecordEventName = keyof RecordEvents;

export const RECORD_EVENTS: readonly RecordEventName[] = [
  SERVER_EVENTS.postCreated,
  SERVER_EVENTS.postUpdated,
  SERVER_EVENTS.threadCreated,
  SERVER_EVENTS.threadUpdated,
  SERVER_EVENTS.assistanceRequestUpdated,
  SERVER_EVENTS.decisionUpdated,
];

/** Where a new notification came from: pushed live, or fetched by `notifications.sync` after a (re)connect. */
export type NotificationSource = 'live' | 'sync';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

export interface RealtimeClientOptions {
  /** Created with `autoConnect: false`; this client connects it. */
  socket: SocketLike;
  /** The seq of the newest notification the user has (0 if none): the ones after it are new. */
  fetchNewestSeq: () => Promise<number>;
  /** Renews the session cookies; false when the session is over. */
  renewSession: () => Promise<boolean>;
  /** Refetches what is shown, after a (re)connect: events may have been missed while away. */
  refetchActive: () => Promise<unknown>;
  /** Notifications not seen before, oldest first (each one is reported once). */
  onNotifications: (notifications: NotificationEvent[], source: NotificationSource) => void;
  onRecordEvent: <E extends RecordEventName>(event: E, payload: RecordEvents[E]) => void;
  onStatus?: (status: ConnectionStatus) => void;
  /** How long to wait for the server to answer a sync page. */
  ackTimeoutMs?: number;
  /**
   * Whether the person can see the page now (a visible tab): live notifications shown then are reported
   * seen, so they are not mailed. By default `document.visibilityState`.
   */
  isVisible?: () => boolean;
  /** Waits before asking again (rate limit, reconnect back-off); replaced in tests. */
  sleep?: (ms: number) => Promise<void>;
}

export interface RealtimeClient {
  start(): void;
  close(): void;
  /** Every notification up to this seq has been received (live or by sync). */
  lastSeq(): number;
}

type SyncAnswer = NotificationEvent[] | { error: string };

const UNAUTHENTICATED = 'UNAUTHENTICATED';
const SEEN_IDS_KEPT = 1000;
const MAX_RECONNECT_DELAY_MS = 30_000;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const documentIsVisible = () => typeof document !== 'undefined' && document.visibilityState === 'visible';

/** What `notifications.seen` takes: the seqs of notifications shown live (at most a sync page of them). */
interface NotificationsSeenRequest {
  seqs: number[];
}

/**
 * Live delivery that loses nothing (DESIGN.md 1.7 and 4): the server pushes `notification` events while
 * the socket is connected; after every (re)connect the client asks `notifications.sync` for everything
 * after the highest seq it has, page after page, then refetches what is shown, however long it was away.
 * Notifications are deduplicated by id, so one that is both pushed and synced is reported once.
 *
 * A handshake refused as UNAUTHENTICATED (the 15-minute access cookie expired) renews the session once
 * and connects again; if renewal fails the session is over and the app signs out, closing this client.
 */
export function createRealtimeClient(options: RealtimeClientOptions): RealtimeClient {
  const { socket } = options;
  const sleep = options.sleep ?? defaultSleep;
  const ackTimeoutMs = options.ackTimeoutMs ?? 15_000;
  const isVisible = options.isVisible ?? documentIsVisible;

  let closed = false;
  /** Every notification with seq <= watermark has been received. */
  let watermark = 0;
  /** Seqs received live above the watermark (a pushed one may overtake one still to be synced). */
  const aboveWatermark = new Set<number>();
  const seenIds = new Set<string>();
  let seeded: Promise<void> | null = null;
  /**
   * True once the watermark reflects the notifications the user had when this client started: until
   * then a sync (whose seed failed) returns history, which is recorded but not reported as new.
   */
  let baselineKnown = false;
  let connections = 0;
  /** Each connect starts a new sync; an older one still running stops. */
  let syncGeneration = 0;
  let renewedSinceLastConnect = false;
  let reconnectDelayMs = 1000;

  const setStatus = (status: ConnectionStatus) => options.onStatus?.(status);

  const advanceWatermark = (to: number) => {
    if (to > watermark) watermark = to;
    for (const seq of [...aboveWatermark]) if (seq <= watermark) aboveWatermark.delete(seq);
    while (aboveWatermark.delete(watermark + 1)) watermark += 1;
  };

  /**
   * Tells the server these notifications were shown. Nothing waits for the answer: when it is refused (rate
   * limit) or lost, the worst outcome is a mail about something already seen.
   */
  const reportSeen = (seqs: number[]) => {
    for (let start = 0; start < seqs.length; start += NOTIFICATION_SYNC_PAGE_SIZE) {
      const request: NotificationsSeenRequest = { seqs: seqs.slice(start, start + NOTIFICATION_SYNC_PAGE_SIZE) };
      socket.emit(CLIENT_EVENTS.notificationsSeen, request, () => undefined);
    }
  };

  /** Reports the notifications not seen before; `authoritative` when they are all there is up to their seq. */
  const accept = (
    notifications: NotificationEvent[],
    source: NotificationSource,
    authoritative: boolean,
    report = true,
  ) => {
    const fresh: NotificationEvent[] = [];
    for (const notification of notifications) {
      if (authoritative) advanceWatermark(notification.seq);
      else if (notification.seq > watermark) {
        aboveWatermark.add(notification.seq);
        advanceWatermark(watermark);
      }
      if (seenIds.has(notification.id)) continue;
      seenIds.add(notification.id);
      fresh.push(notification);
    }
    while (seenIds.size > SEEN_IDS_KEPT) seenIds.delete(seenIds.values().next().value as string);
    if (fresh.length === 0 || !report || closed) return;
    options.onNotifications(fresh, source);
    // Pushed while the tab is in view: the person saw it come (a toast, the bell), so it is not mailed. Synced
    // ones were missed while away and may still be.
    if (source === 'live' && isVisible()) reportSeen(fresh.map((notification) => notification.seq));
  };

  const seed = (): Promise<void> => {
    seeded ??= options.fetchNewestSeq().then(
      (seq) => {
        advanceWatermark(seq);
        baselineKnown = true;
      },
      () => {
        // Asked again at the next connect; meanwhile the first sync only records history.
        seeded = null;
      },
    );
    return seeded;
  };

  const requestPage = (afterSeq: number): Promise<SyncAnswer> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('sync timed out')), ackTimeoutMs);
      const request: NotificationsSyncRequest = { afterSeq };
      socket.emit(CLIENT_EVENTS.notificationsSync, request, (answer: SyncAnswer) => {
        clearTimeout(timer);
        resolve(answer);
      });
    });

  /** Pages through everything after the watermark; false when it stopped before the end. */
  const syncAll = async (generation: number): Promise<boolean> => {
    for (;;) {
      if (closed || generation !== syncGeneration || !socket.connected) return false;
      const answer = await requestPage(watermark);
      if (closed || generation !== syncGeneration) return false;
      if (!Array.isArray(answer)) {
        if (answer.error !== 'RATE_LIMITED') return false;
        await sleep(SOCKET_WINDOW_SECONDS * 1000);
        continue;
      }
      accept(answer, 'sync', true, baselineKnown);
      if (answer.length < NOTIFICATION_SYNC_PAGE_SIZE) {
        baselineKnown = true;
        return true;
      }
    }
  };

  const onConnect = async () => {
    renewedSinceLastConnect = false;
    reconnectDelayMs = 1000;
    setStatus('connected');
    const firstConnection = connections === 0;
    connections += 1;
    const generation = ++syncGeneration;
    try {
      await seed();
      const complete = await syncAll(generation);
      // The first connection follows the page's own queries: nothing shown can be stale yet.
      if (complete && !firstConnection && !closed && generation === syncGeneration) await options.refetchActive();
    } catch {
      // The socket dropped mid-sync (no answer): the next connect syncs again from the watermark.
    }
  };

  const reconnectLater = async () => {
    const delay = reconnectDelayMs;
    reconnectDelayMs = Math.min(reconnectDelayMs * 2, MAX_RECONNECT_DELAY_MS);
    await sleep(delay);
    if (!closed && !socket.connected) {
      setStatus('connecting');
      socket.connect();
    }
  };

  const onConnectError = async (error: Error) => {
    if (closed) return;
    setStatus('disconnected');
    // Transport errors are retried by Socket.IO itself; a refused handshake is not.
    if (error.message !== UNAUTHENTICATED) return;
    if (renewedSinceLastConnect) return void reconnectLater();
    renewedSinceLastConnect = true;
    const renewed = await options.renewSession();
    if (renewed && !closed) {
      setStatus('connecting');
      socket.connect();
    }
  };

  const listen = () => {
    socket.on('connect', () => void onConnect());
    socket.on('connect_error', (error: Error) => void onConnectError(error));
    socket.on('disconnect', (reason: string) => {
      if (closed) return;
      setStatus('disconnected');
      // The server ended this connection (e.g. the session was renewed elsewhere): Socket.IO does not
      // come back by itself in that case; the handshake decides again.
      if (reason === 'io server disconnect') void reconnectLater();
    });
    socket.on(SERVER_EVENTS.notification, (notification: NotificationEvent) => accept([notification], 'live', false));
    for (const event of RECORD_EVENTS) {
      socket.on(event, (payload: never) => {
        if (!closed) options.onRecordEvent(event, payload);
      });
    }
  };

  return {
    start() {
      listen();
      void seed();
      setStatus('connecting');
      socket.connect();
    },
    close() {
      closed = true;
      syncGeneration += 1;
      socket.close();
      setStatus('disconnected');
    },
    lastSeq: () => watermark,
  };
}
