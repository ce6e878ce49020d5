import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { OrganizationKind } from '@ctcp/shared';
import { In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { UsersService } from '../users/users.service.js';
import { Post, PostMention, PostRevision } from './post.entity.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

export interface MentionedPerson {
  userId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
}

export interface ReactionSummary {
  emoji: string;
  count: number;
  viewerReacted: boolean;
}

/**
 * What is shown with posts, per post, in batches for DataLoaders: earlier versions, reactions and the
 * people mentioned. The parent posts were authorized by the query that returned them.
 */
@Injectable()
export class PostDetails {
  constructor(
    @InjectRepository(Post) private readonly posts: Repository<Post>,
    @InjectRepository(PostRevision) private readonly revisions: Repository<PostRevision>,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
  ) {}

  async findByIds(ids: readonly string[]): Promise<(Post | undefined)[]> {
    return inOrderOf(ids, await rowsWhereIn(this.posts.manager, Post, 'id', ids));
  }

  async revisionsByPostIds(postIds: readonly string[]): Promise<PostRevision[][]> {
    const rows = await this.revisions.find({ where: { postId: In([...postIds]) }, order: { replacedAt: 'DESC' } });
    return postIds.map((id) => rows.filter((row) => row.postId === id));
  }

  async reactionsByPostIds(actor: Actor, postIds: readonly string[]): Promise<ReactionSummary[][]> {
    const rows: { postId: string; emoji: string; count: number; viewerReacted: boolean }[] = await this.revisions.query(
      `SELECT post_id AS "postId", emoji, count(*)::int AS count, bool_or(user_id = $2) AS "viewerReacted"
           FROM post_reactions WHERE post_id = ANY($1) GROUP BY post_id, emoji ORDER BY min(created_at)`,
      [postIds, actor.userId],
    );
    return postIds.map((id) =>
      rows
        .filter((row) => row.postId === id)
        .map(({ emoji, count, viewerReacted }) => ({ emoji, count, viewerReacted })),
    );
  }

  /** Mentioned people of each post by email, with their organization, for rendering mention links. */
  async mentionsByPostIds(postIds: readonly string[]): Promise<Map<string, MentionedPerson>[]> {
    const mentions = await rowsWhereIn(this.revisions.manager, PostMention, 'postId', postIds);
    const people = (await this.users.findByIds([...new Set(mentions.map((mention) => mention.userId))])).filter(
      (person) => person !== undefined,
    );
    const organizations = await this.organizations.mapByIds(people.map((person) => person.organizationId));
    const byId = new Map(people.map((person) => [person.id, person]));
    return postIds.map((id) => {
      const mentioned = new Map<string, MentionedPerson>();
      for (const mention of mentions.filter((row) => row.postId === id)) {
        const person = byId.get(mention.userId);
        const organization = person && organizations.get(person.organizationId);
        if (!organization) continue;
        mentioned.set(person.email, {
          userId: person.id,
          organizationId: organization.id,
          organizationKind: organization.kind,
        });
      }
      return mentioned;
    });
  }
}
