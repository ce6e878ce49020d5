import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { PostsService } from '../discussions/posts.service.js';
import { ThreadMarkingsService } from '../discussions/thread-markings.service.js';
import type { RealtimeEvent } from '../realtime/realtime.service.js';
import { WorkspaceReaders } from '../workspaces/workspace-readers.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import type { AssistanceRequest } from './assistance-request.entity.js';
import { reference } from './labels.js';

/**
 * A request's private discussion: a workspace with one thread, opened on first submission. Who takes
 * part follows the request (policy/workspaces.ts): the State, coordinators, then offering and matched entities.
 */
@Injectable()
export class AssistanceRequestDiscussion {
  constructor(
    private readonly workspaces: WorkspacesService,
    private readonly readers: WorkspaceReaders,
    private readonly posts: PostsService,
    private readonly markings: ThreadMarkingsService,
  ) {}

  /**
   * Creates the workspace and its thread, opened by the submitter, inside the caller's transaction, and
   * sets them on the request (which the caller saves); returns the events to publish after commit.
   */
  async open(
    manager: EntityManager,
    actor: Actor,
    request: AssistanceRequest,
    named: readonly { userId: string }[],
  ): Promise<RealtimeEvent[]> {
    const workspace = await this.workspaces.createDerived(manager, {
      name: discussionName(request),
      description: '',
      kind: 'ASSISTANCE_REQUEST',
      workingGroupId: null,
      createdById: actor.userId,
    });
    const { thread, events } = await this.posts.openThread(manager, actor, {
      workspaceId: workspace.id,
      title: request.title,
      // The request page shows the description; the thread opens with a link to it, in no language.
      body: `**${reference(request)}** · [${escapeMarkdown(request.title)}](/requests/${request.id})`,
      pillars: request.pillars,
      classification: request.classification,
      workingGroupId: request.workingGroupId,
      attachmentIds: [],
    });
    request.workspaceId = workspace.id;
    request.threadId = thread.id;
    if (request.classification === 'STRICTLY_CONFIDENTIAL') {
      await this.markingChanged(
        manager,
        request,
        named.map((person) => person.userId),
      );
    }
    return events;
  }

  /**
   * The discussion follows the request's marking: its thread carries it and names the request's people (those
   * of them who take part in the discussion), and its workspace's name drops the title while it is marked.
   */
  async markingChanged(manager: EntityManager, request: AssistanceRequest, named: readonly string[]): Promise<void> {
    if (!request.workspaceId || !request.threadId) return;
    await this.workspaces.renameDerived(manager, request.workspaceId, discussionName(request));
    await this.markings.follow(manager, request.threadId, request.classification, [request.createdById, ...named]);
  }

  /** Moves open sockets in or out of the discussion's room after a change of who takes part. */
  async partiesChanged(request: AssistanceRequest): Promise<RealtimeEvent[]> {
    return request.workspaceId ? [await this.readers.partiesChanged(request.workspaceId)] : [];
  }
}

/** A marked request's title is not shown to those who see only that its discussion exists. */
const discussionName = (request: AssistanceRequest) =>
  request.classification === 'UNCLASSIFIED' ? `${reference(request)} ${request.title}` : reference(request);

/** The text as markdown shows it literally (no emphasis, links or HTML). */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (character) => `\\${character}`);
