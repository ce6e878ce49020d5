/** Socket.IO event names and payloads (DESIGN.md section 4): small, ids only; clients refetch. */
export const SERVER_EVENTS = {
  notification: 'notification',
  postCreated: 'post.created',
  postUpdated: 'post.updated',
  threadCreated: 'thread.created',
  /** A thread's title, pin or lock changed. */
  threadUpdated: 'thread.updated',
  assistanceRequestUpdated: 'assistanceRequest.updated',
  decisionUpdated: 'decision.updated',
} as const;

export const CLIENT_EVENTS = {
  notificationsSync: 'notifications.sync',
  /** `{ seqs }`: these notifications of the viewer were shown in a visible tab, so they are never mailed. */
  notificationsSeen: 'notifications.seen',
} as const;

export interface NotificationEvent {
  id: string;
  seq: number;
  type: string;
  title: string;
  link: string;
  createdAt: string;
}

export interface PostCreatedEvent {
  workspaceId: string;
  threadId: string;
  postId: string;
}

export type PostUpdatedEvent = PostCreatedEvent;

export interface ThreadCreatedEvent {
  workspaceId: string;
  threadId: string;
}

export type ThreadUpdatedEvent = ThreadCreatedEvent;

export interface AssistanceRequestUpdatedEvent {
  id: string;
  status: string;
}

/** A decision was proposed, objected to, adopted or withdrawn: sent to its workspace's room. */
export interface DecisionUpdatedEvent {
  id: string;
  workspaceId: string;
  status: string;
}

export interface NotificationsSyncRequest {
  afterSeq: number;
}

export const SOCKET_PATH = '/socket.io';
