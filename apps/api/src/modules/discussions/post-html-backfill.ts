import { setImmediate } from 'node:timers/promises';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { In, type Repository } from 'typeorm';
import { LOGGER } from '../../config/runtime-config.js';
import { JobsService } from '../jobs/jobs.service.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { linkEveryone, renderPostBody } from './post-html.js';
import { Post, PostMention } from './post.entity.js';

export const RENDER_POST_BODIES = 'render_post_bodies';
/** Posts rendered and written per job (and per statement, so that a large backlog never locks many rows at once). */
export const RENDER_POST_BODIES_BATCH = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Posts rendered between two turns of the event loop, so that requests are answered meanwhile. */
const RENDERED_BETWEEN_YIELDS = 25;

/** A post's place in the walk: its creation time (as PostgreSQL writes it, to the microsecond) and id. */
export interface PostPosition {
  at: string;
  id: string;
}

/** Where a run of the task starts (after the post `after`, oldest first) and how many posts it takes. */
export interface RenderPostBodiesPayload {
  after?: PostPosition;
  batchSize?: number;
}

/**
 * Posts kept without their HTML (written before it was kept, or inserted by SQL: seeds, generated data)
 * get it, so that every post is served from storage. Queued once when the api starts (one job for every
 * instance, by its key), the task walks the posts without HTML oldest first, a batch per job, each job
 * queuing the next after its last post while its batch was full. Oldest first, because a post written
 * again goes to the end of the table: so the table stays in the order posts were written, which search
 * relies on when it walks the newest posts down (in id order, the walk read a page a post after this job). Each post is rendered as it would be
 * written, with the people recorded as mentioned linked, and is written only if still undeleted, without
 * HTML and with the body it was rendered from: an edit or a deletion meanwhile wins.
 *
 * A start while a walk is under way queues its job again from the first post (a pending job of the key is
 * replaced; should two walks overlap, a post is still written once): the walk reads the index of posts
 * without HTML alone (IDX_posts_without_html), so the posts already rendered are not read again.
 */
@Injectable()
export class PostHtmlBackfill implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectRepository(Post) private readonly posts: Repository<Post>,
    private readonly users: UsersService,
    private readonly jobs: JobsService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.jobs.register(RENDER_POST_BODIES, async (payload) => {
      await this.renderBatch(payload as RenderPostBodiesPayload);
    });
  }

  /** After the job queue has started (JobsModule is imported here, so its hook runs first). */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.queue({});
    } catch (error) {
      // Not a reason to stop the api: the posts are rendered when read, and the next start queues it again.
      this.logger.warn({ err: error }, 'rendering of posts kept without HTML not queued');
    }
  }

  /**
   * Renders and writes one batch of posts without HTML, and queues the next while the batch was full.
   * Returns how many it wrote and the last post it took.
   */
  async renderBatch(payload: RenderPostBodiesPayload): Promise<{ rendered: number; last?: PostPosition }> {
    const after = positionOf(payload?.after);
    const size = batchSize(payload?.batchSize);
    const posts: { id: string; body: string; at: string }[] = await this.posts.query(
      `SELECT id, body, created_at::text AS at FROM posts
        WHERE ($1::timestamptz IS NULL OR (created_at, id) > ($1::timestamptz, $2::uuid))
          AND body_html IS NULL AND deleted_at IS NULL
        ORDER BY created_at, id LIMIT $3`,
      [after?.at ?? null, after?.id ?? null, size],
    );
    if (posts.length === 0) return { rendered: 0 };
    const ids = posts.map((post) => post.id);
    const mentions = await this.posts.manager.find(PostMention, { where: { postId: In(ids) } });
    const people = new Map(
      (await this.users.findByIds([...new Set(mentions.map((mention) => mention.userId))]))
        .filter((person) => person !== undefined)
        .map((person) => [person.id, person]),
    );
    const mentioned = new Map<string, User[]>();
    for (const mention of mentions) {
      const person = people.get(mention.userId);
      if (person) mentioned.set(mention.postId, [...(mentioned.get(mention.postId) ?? []), person]);
    }
    const html: string[] = [];
    for (const post of posts) {
      html.push(renderPostBody(post.body, linkEveryone(mentioned.get(post.id) ?? [])));
      if (html.length % RENDERED_BETWEEN_YIELDS === 0) await setImmediate();
    }
    const { id, at } = posts[posts.length - 1];
    const last = { at, id };
    const full = posts.length === size;
    const rendered = await this.posts.manager.transaction(async (manager) => {
      const [, count]: [unknown, number] = await manager.query(
        `UPDATE posts p SET body_html = r.html
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS r(id, body, html)
          WHERE p.id = r.id AND p.body_html IS NULL AND p.deleted_at IS NULL AND p.body = r.body`,
        [ids, posts.map((post) => post.body), html],
      );
      if (full) await this.queue({ after: last, batchSize: payload?.batchSize }, manager);
      return count;
    });
    if (rendered > 0) this.logger.info({ rendered, last }, 'rendered posts kept without HTML');
    return { rendered, last };
  }

  private queue(payload: RenderPostBodiesPayload, manager = this.posts.manager): Promise<void> {
    return this.jobs.add(manager, RENDER_POST_BODIES, [{ payload: { ...payload }, key: RENDER_POST_BODIES }]);
  }
}

/** A payload's position, when it is one (none starts the walk from the oldest post). */
function positionOf(asked: unknown): PostPosition | undefined {
  const { at, id } = (asked ?? {}) as Partial<PostPosition>;
  return typeof at === 'string' && typeof id === 'string' && UUID.test(id) ? { at, id } : undefined;
}

/** The batch size a payload asks for, within 1 and RENDER_POST_BODIES_BATCH. */
function batchSize(asked: unknown): number {
  return Number.isInteger(asked) && (asked as number) > 0
    ? Math.min(asked as number, RENDER_POST_BODIES_BATCH)
    : RENDER_POST_BODIES_BATCH;
}
