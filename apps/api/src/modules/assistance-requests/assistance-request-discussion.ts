import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { PostsService } from '../discussions/posts.service.js';
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
  ) {}

  /**
   * Creates the workspace and its thread, opened by the submitter, inside the caller's transaction, and
   * sets them on the request (which the caller saves); returns the events to publish after commit.
   */
  async open(manager: EntityManager, actor: Actor, request: AssistanceRequest): Promise<RealtimeEvent[]> {
    const workspace = await this.workspaces.createDerived(manager, {
      name: `${reference(request)} ${request.title}`,
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
      classification: 'UNCLASSIFIED',
      workingGroupId: request.workingGroupId,
      attachmentIds: [],
    });
    request.workspaceId = workspace.id;
    request.threadId = thread.id;
    return events;
  }

  /** Moves open sockets in or out of the discussion's room after a change of who takes part. */
  async partiesChanged(request: AssistanceRequest): Promise<RealtimeEvent[]> {
    return request.workspaceId ? [await this.readers.partiesChanged(request.workspaceId)] : [];
  }
}

/** The text as markdown shows it literally (no emphasis, links or HTML). */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (character) => `\\${character}`);
