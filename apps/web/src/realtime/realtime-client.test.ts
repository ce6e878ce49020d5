import { describe, expect, it, vi } from 'vitest';
import { NOTIFICATION_SYNC_PAGE_SIZE, type NotificationEvent } from '@ctcp/shared';
import { createRealtimeClient, type NotificationSource, type SocketLike } from './realtime-client';

function notification(seq: number): NotificationEvent {
  return {
    id: `n${seq}`,
    seq,
    type: 'MENTION',
    title: `Notification ${seq}`,
    link: `/threads/t#post-${seq}`,
    createdAt: '2026-01-01T00:00:00Z',
  };
}

type Handler = (...args: never[]) => void;

/** Answers of the fake servers not delivered yet. */
let pendingAnswers = 0;

/** A Socket.IO client and, behind it, a server holding the user's notifications. */
class FakeSocket implements SocketLike {
  connected = false;
  connectCalls = 0;
  closed = false;
  /** The `afterSeq` of each notifications.sync asked. */
  syncRequests: number[] = [];
  /** The seqs of each notifications.seen told. */
  seenReports: number[][] = [];
  stored: NotificationEvent[] = [];
  private handlers = new Map<string, Handler[]>();

  on(event: string, listener: Handler) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), listener]);
  }

  emit(event: string, payload: { afterSeq: number } | { seqs: number[] }, ack: (answer: unknown) => void) {
    if (event === 'notifications.seen' && 'seqs' in payload) {
      this.seenReports.push(payload.seqs);
      ack(true);
      return;
    }
    if (event !== 'notifications.sync' || !('afterSeq' in payload)) return;
    this.syncRequests.push(payload.afterSeq);
    const page = this.stored.filter((n) => n.seq > payload.afterSeq).slice(0, NOTIFICATION_SYNC_PAGE_SIZE);
    pendingAnswers += 1;
    setTimeout(() => {
      pendingAnswers -= 1;
      ack(page);
    }, 0);
  }

  connect() {
    this.connectCalls += 1;
  }

  close() {
    this.closed = true;
    this.connected = false;
  }

  fire(event: string, ...args: unknown[]) {
    for (const handler of this.handlers.get(event) ?? []) (handler as (...values: unknown[]) => void)(...args);
  }

  /** The handshake succeeds. */
  open() {
    this.connected = true;
    this.fire('connect');
  }

  drop() {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }

  /** The server writes notifications (not pushed: the socket is down, or the test pushes them itself). */
  add(...seqs: number[]) {
    this.stored.push(...seqs.map(notification));
  }

  push(seq: number) {
    this.add(seq);
    this.fire('notification', notification(seq));
  }
}

/**
 * Lets the client finish reacting (also for asserting that something did not happen): the fake server
 * answers in a macrotask and everything else is promise chains, which run before the next macrotask. So
 * once a macrotask finds no answer pending, there is nothing left to run, however slow the machine.
 */
async function settle() {
  do await new Promise((resolve) => setTimeout(resolve, 0));
  while (pendingAnswers > 0);
}

function setUp(stored: number[] = [], { visible = true } = {}) {
  const socket = new FakeSocket();
  socket.add(...stored);
  const reported: { seqs: number[]; source: NotificationSource }[] = [];
  const options = {
    socket,
    fetchNewestSeq: vi.fn(async () => Math.max(0, ...socket.stored.map((n) => n.seq))),
    renewSession: vi.fn(async () => true),
    refetchActive: vi.fn(async () => undefined),
    onNotifications: (notifications: NotificationEvent[], source: NotificationSource) => {
      reported.push({ seqs: notifications.map((n) => n.seq), source });
    },
    onRecordEvent: vi.fn(),
    sleep: async () => undefined,
    isVisible: vi.fn(() => visible),
  };
  const client = createRealtimeClient(options);
  return { socket, client, reported, options };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('createRealtimeClient', () => {
  it('starts after the newest notification: what the user already had is not new', async () => {
    const { socket, client, reported, options } = setUp([1, 2, 3]);

    client.start();
    socket.open();
    await settle();

    expect(socket.connectCalls).toBe(1);
    expect(socket.syncRequests).toEqual([3]);
    expect(reported).toEqual([]);
    expect(client.lastSeq()).toBe(3);
    // The page's own queries just ran.
    expect(options.refetchActive).not.toHaveBeenCalled();
  });

  it('after a drop, however long, gets every missed notification page by page, then refetches what is shown', async () => {
    const { socket, client, reported, options } = setUp([1, 2, 3]);
    client.start();
    socket.open();
    await settle();

    socket.drop();
    socket.add(...range(4, 253)); // 250 missed: two full pages and a half
    socket.open();
    await settle();

    expect(socket.syncRequests).toEqual([3, 3, 103, 203]);
    expect(reported.map((batch) => batch.seqs.length)).toEqual([100, 100, 50]);
    expect(reported.every((batch) => batch.source === 'sync')).toBe(true);
    expect(reported.flatMap((batch) => batch.seqs)).toEqual(range(4, 253));
    expect(client.lastSeq()).toBe(253);
    expect(options.refetchActive).toHaveBeenCalledTimes(1);
  });

  it('reports a notification once, whether it was pushed, synced, or both', async () => {
    const { socket, client, reported } = setUp([1]);
    client.start();
    socket.open();
    await settle();

    socket.push(2);
    socket.drop();
    socket.add(3);
    socket.open();
    await settle();

    expect(reported).toEqual([
      { seqs: [2], source: 'live' },
      { seqs: [3], source: 'sync' },
    ]);
    expect(socket.syncRequests).toEqual([1, 2]);
  });

  it('tells the server which notifications it showed live in a visible tab, never synced ones', async () => {
    const { socket, client, options } = setUp([1]);
    client.start();
    socket.open();
    await settle();

    socket.push(2);
    socket.push(2); // the same one again: already shown
    options.isVisible.mockReturnValue(false);
    socket.push(3); // came while the tab was hidden: it may still be mailed
    options.isVisible.mockReturnValue(true);
    socket.drop();
    socket.add(4);
    socket.open();
    await settle();
    socket.push(5);

    expect(socket.seenReports).toEqual([[2], [5]]);
  });

  it('does not tell the server of notifications pushed while the tab is hidden', async () => {
    const { socket, client, reported } = setUp([1], { visible: false });
    client.start();
    socket.open();
    await settle();

    socket.push(2);

    expect(reported).toEqual([{ seqs: [2], source: 'live' }]);
    expect(socket.seenReports).toEqual([]);
  });

  it('does not skip a notification that a later pushed one overtook', async () => {
    const { socket, client, reported } = setUp([1]);
    client.start();
    socket.open();
    await settle();

    socket.add(2); // written, but its push was lost
    socket.push(3);
    expect(client.lastSeq()).toBe(1);

    socket.drop();
    socket.open();
    await settle();

    expect(socket.syncRequests).toEqual([1, 1]);
    expect(reported).toEqual([
      { seqs: [3], source: 'live' },
      { seqs: [2], source: 'sync' },
    ]);
    expect(client.lastSeq()).toBe(3);
  });

  it('renews the session once when the handshake is refused, then connects again', async () => {
    const { socket, client, options } = setUp();
    client.start();
    expect(socket.connectCalls).toBe(1);

    socket.fire('connect_error', new Error('UNAUTHENTICATED'));
    await settle();
    expect(options.renewSession).toHaveBeenCalledTimes(1);
    expect(socket.connectCalls).toBe(2);

    // Refused again right after renewing: no second renewal (it would not help), a later retry instead.
    socket.fire('connect_error', new Error('UNAUTHENTICATED'));
    await settle();
    expect(options.renewSession).toHaveBeenCalledTimes(1);
    expect(socket.connectCalls).toBe(3);

    // Once connected, a later expiry renews again.
    socket.open();
    await settle();
    socket.drop();
    socket.fire('connect_error', new Error('UNAUTHENTICATED'));
    await settle();
    expect(options.renewSession).toHaveBeenCalledTimes(2);
  });

  it('does not reconnect when the session cannot be renewed', async () => {
    const { socket, client, options } = setUp();
    options.renewSession.mockResolvedValue(false);
    client.start();

    socket.fire('connect_error', new Error('UNAUTHENTICATED'));
    await settle();

    expect(socket.connectCalls).toBe(1);
  });

  it('leaves transport errors to Socket.IO’s own reconnection', async () => {
    const { socket, client, options } = setUp();
    client.start();

    socket.fire('connect_error', new Error('xhr poll error'));
    await settle();

    expect(options.renewSession).not.toHaveBeenCalled();
    expect(socket.connectCalls).toBe(1);
  });

  it('passes post, thread and request events on, and stops everything once closed', async () => {
    const { socket, client, reported, options } = setUp();
    client.start();
    socket.open();
    await settle();

    socket.fire('post.created', { workspaceId: 'w', threadId: 't', postId: 'p' });
    expect(options.onRecordEvent).toHaveBeenCalledWith('post.created', {
      workspaceId: 'w',
      threadId: 't',
      postId: 'p',
    });
    socket.fire('assistanceRequest.updated', { id: 'r', status: 'MATCHED' });
    expect(options.onRecordEvent).toHaveBeenCalledWith('assistanceRequest.updated', { id: 'r', status: 'MATCHED' });

    client.close();
    socket.push(1);
    socket.fire('thread.created', { workspaceId: 'w', threadId: 't2' });

    expect(socket.closed).toBe(true);
    expect(reported).toEqual([]);
    expect(options.onRecordEvent).toHaveBeenCalledTimes(2);
  });
});
