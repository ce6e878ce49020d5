import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Thread } from './thread.entity.js';
import { User } from '../users/user.entity.js';
import { SearchVectorColumn } from '../../common/columns.js';

@ObjectType({ description: 'A message in a thread, written in markdown' })
@Entity('posts')
@Index(['threadId', 'createdAt'])
// Search takes the newest matches of a common word first.
@Index(['createdAt'])
// The posts still to be rendered and kept (post-html-backfill.ts), oldest first; few or none once rendered.
@Index('IDX_posts_without_html', ['createdAt', 'id'], { where: 'body_html IS NULL AND deleted_at IS NULL' })
// The posts that quote a post, for its foreign key's ON DELETE; few posts quote.
@Index('IDX_posts_quoted_post', ['quotedPostId'], { where: 'quoted_post_id IS NOT NULL' })
export class Post {
  @SearchVectorColumn('posts', `ctcp_search_vector('', body)`)
  searchVector?: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<Thread>;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;

  /** Markdown source; emptied when the post is deleted. */
  @Column({ type: 'text' })
  body: string;

  /**
   * `body` rendered with every recorded mention linked, written with it (see post-html.ts); null for posts
   * written before it was kept, and once deleted. Not what every viewer gets: the `bodyHtml` field serves it
   * only to viewers who may see everyone the post mentions.
   */
  @Column({ name: 'body_html', type: 'text', nullable: true })
  renderedHtml: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Deleted posts stay in place, shown as deleted' })
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /**
   * The earlier post of the same thread this one replies to, quoting it (`Post.quotedPost`). Deleting a post
   * keeps its row, so the quote stays and shows the post as deleted; the column empties only if the quoted
   * row itself goes.
   */
  @Column({ name: 'quoted_post_id', type: 'uuid', nullable: true })
  quotedPostId: string | null;

  @ManyToOne(() => Post, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'quoted_post_id' })
  quoted?: Relation<Post>;
}

@ObjectType({ description: 'An earlier version of an edited post' })
@Entity('post_revisions')
@Index(['postId', 'replacedAt'])
export class PostRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => Post, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<Post>;

  /** The markdown as it was before the edit. */
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'When this version was replaced by an edit' })
  @CreateDateColumn({ name: 'replaced_at', type: 'timestamptz' })
  replacedAt: Date;
}

@Entity('post_reactions')
export class PostReaction {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  emoji: string;

  @ManyToOne(() => Post, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<Post>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('post_mentions')
export class PostMention {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => Post, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<Post>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;
}
