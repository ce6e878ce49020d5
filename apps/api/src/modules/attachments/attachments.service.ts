import { randomUUID } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import { buffer } from 'node:stream/consumers';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_POST_MAX, type Classification } from '@ctcp/shared';
import type { Logger } from 'pino';
import { type EntityManager, In, IsNull, Not, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { inOrderOf } from '../../common/batch.js';
import { AppError, badInput, notFound } from '../../common/errors.js';
import { LOGGER, RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { AuditService } from '../audit/audit.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { FILE_MARKING_SQL, mayBreakGlass, mayReadConfidentialIn } from '../policy/classification.js';
import { UsersService } from '../users/users.service.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import { Attachment } from './attachment.entity.js';
import { cleanFileName, detectContentType } from './content-type.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';
import { stampPdf } from './pdf-stamp.js';
import { extractText } from './text-extraction.js';
import { UNATTACHED_UPLOAD_TTL_HOURS } from './upload-limits.js';
import { rowsWhereIn } from '../../database/rows-where-in.js';

export const DELETE_UNATTACHED_UPLOADS = 'delete_unattached_uploads';
/** Hourly, so an unused upload outlives its 24 hours by at most one more. */
export const DELETE_UNATTACHED_UPLOADS_CRON = '0 * * * *';
/** Uploads deleted per statement, so a large backlog never holds many row locks at once. */
const DELETE_BATCH = 500;

export interface UploadedFileData {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * Files travel in two steps: an upload into a workspace the actor may post in, then a post that uses
 * it, or the workspace's files directly (workspace-files.service.ts). Until then only the uploader may
 * fetch it; afterwards whoever may read the workspace. An upload taken by neither within
 * UNATTACHED_UPLOAD_TTL_HOURS is deleted, and each person's uploads of any
 * 24 hours are limited (config `uploads`).
 */
@Injectable()
export class AttachmentsService implements OnModuleInit {
  constructor(
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
    private readonly workspaces: WorkspacesService,
    private readonly jobs: JobsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(DELETE_UNATTACHED_UPLOADS, async () => {
      const olderThan = new Date(Date.now() - UNATTACHED_UPLOAD_TTL_HOURS * 3600_000);
      const removed = await this.deleteUnattachedUploads(olderThan);
      if (removed > 0) this.logger.info({ removed }, 'deleted uploads never attached to a post');
    });
    this.jobs.schedule(DELETE_UNATTACHED_UPLOADS, DELETE_UNATTACHED_UPLOADS_CRON);
  }

  async upload(actor: Actor, workspaceId: unknown, file: UploadedFileData | undefined): Promise<Attachment> {
    if (typeof workspaceId !== 'string' || !/^[0-9a-f-]{36}$/i.test(workspaceId))
      throw badInput('workspaceId', 'Give the workspace.');
    await this.workspaces.require(actor, workspaceId, 'post');
    if (!file || file.size === 0) throw badInput('file', 'Choose a file to upload.');
    if (file.size > ATTACHMENT_MAX_BYTES)
      throw badInput('file', `Files can be at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MiB.`);
    const fileName = cleanFileName(Buffer.from(file.originalname, 'latin1').toString('utf8'));
    const contentType = detectContentType(file.buffer, fileName);
    if (!contentType)
      throw badInput('file', 'This kind of file is not accepted: PDF, images, Office documents, text or CSV only.');

    // The row first, within the quota, then the bytes: a refused upload never reaches the disk, and a
    // row left without its file (a crash in between) is deleted with the other unused uploads.
    const attachment = await this.attachments.manager.transaction(async (manager) => {
      await this.reserveQuota(manager, actor.userId, file.size);
      return manager.save(
        manager.create(Attachment, {
          postId: null,
          workspaceId,
          uploaderId: actor.userId,
          storageKey: randomUUID(),
          fileName,
          contentType,
          size: file.size,
        }),
      );
    });
    try {
      await this.storage.put(attachment.storageKey, file.buffer);
    } catch (error) {
      // The file first: should that fail too, the row stays for the hourly cleanup to finish.
      await this.storage.remove(attachment.storageKey);
      await this.attachments.delete({ id: attachment.id });
      throw error;
    }
    await this.storeText(attachment, file.buffer);
    return attachment;
  }

  /**
   * The file's text for search, read once the upload is within the quota and stored; the upload succeeds
   * whatever the reading gives. Read here rather than in a background job: the bytes are already in
   * memory, and the file is searchable as soon as a post uses it (text-extraction.ts bounds the wait).
   */
  private async storeText(attachment: Attachment, bytes: Buffer): Promise<void> {
    const extraction = await extractText(bytes, attachment.contentType);
    if (extraction.skipped && extraction.skipped !== 'not-text')
      this.logger.info(
        { attachmentId: attachment.id, skipped: extraction.skipped, err: extraction.error },
        'text of an upload not read',
      );
    // A tsvector holds at most 1 MiB: text of too many different words is shortened until it fits.
    let text = extraction.text;
    while (text !== '') {
      try {
        await this.attachments.update({ id: attachment.id }, { textContent: text });
        return;
      } catch (error) {
        this.logger.warn({ attachmentId: attachment.id, err: error, length: text.length }, 'upload text not stored');
      }
      text = text.length > 1000 ? text.slice(0, text.length >> 1) : '';
    }
  }

  /**
   * RATE_LIMITED when `size` more bytes would take the person beyond their uploads of any 24 hours, counted
   * from the uploads stored (attached or not; deleted ones no longer count). Serialized per person until
   * the transaction ends, so that uploads in parallel cannot all pass the same count.
   */
  private async reserveQuota(manager: EntityManager, userId: string, size: number): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('uploads ' || $1, 0))`, [userId]);
    const [used]: { files: number; bytes: string; free_in: number | null }[] = await manager.query(
      `SELECT count(*)::int AS files, coalesce(sum(size), 0)::bigint AS bytes,
              ceil(extract(epoch FROM min(created_at) + interval '24 hours' - now()))::int AS free_in
         FROM attachments WHERE uploader_id = $1 AND created_at > now() - interval '24 hours'`,
      [userId],
    );
    const { bytesPerPersonPerDay, filesPerPersonPerDay } = this.config.uploads;
    if (used.files >= filesPerPersonPerDay || Number(used.bytes) + size > bytesPerPersonPerDay) {
      // When the oldest upload of the window leaves it: the earliest moment another may fit.
      throw new AppError('RATE_LIMITED', 'You have reached your upload limit for today. Try again later.', {
        retryAfterSeconds: Math.max(used.free_in ?? 24 * 3600, 1),
      });
    }
  }

  /** Links the actor's own unused uploads of this workspace to a new post, inside its transaction. */
  async attachToPost(
    manager: EntityManager,
    actor: Actor,
    workspaceId: string,
    postId: string,
    ids: readonly string[],
  ): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    if (unique.length > ATTACHMENTS_PER_POST_MAX)
      throw badInput('attachmentIds', `At most ${ATTACHMENTS_PER_POST_MAX} files per post.`);
    const linked: unknown[] = await manager.query(
      `UPDATE attachments SET post_id = $1
        WHERE id = ANY($2) AND uploader_id = $3 AND workspace_id = $4 AND post_id IS NULL
          AND added_to_workspace_at IS NULL RETURNING id`,
      [postId, unique, actor.userId, workspaceId],
    );
    // TypeORM returns [rows, count] for UPDATE ... RETURNING on PostgreSQL.
    const rows = Array.isArray(linked[0]) ? (linked[0] as unknown[]) : linked;
    if (rows.length !== unique.length)
      throw badInput('attachmentIds', 'An attachment is missing, already used, or not yours.');
  }

  /** Forgets a deleted post's files: the rows now, the bytes once the transaction has committed. */
  async detachFromPost(manager: EntityManager, postId: string): Promise<() => Promise<void>> {
    const rows = await manager.find(Attachment, { where: { postId } });
    await manager.delete(Attachment, { postId });
    return async () => {
      await Promise.all(rows.map((row) => this.storage.remove(row.storageKey)));
    };
  }

  /**
   * Deletes the uploads neither a post nor the workspace took that were made before `olderThan`: the rows in batches, each batch
   * committed before its files are removed. A row that a post is taking at the same moment is locked by
   * that post's transaction and skipped, and the condition is checked again on the row being deleted, so
   * a file in use is never deleted. Returns how many were deleted.
   */
  async deleteUnattachedUploads(olderThan: Date): Promise<number> {
    let removed = 0;
    for (;;) {
      // One statement, so one transaction of its own: the files go once it has committed.
      const [rows]: [{ storage_key: string }[], number] = await this.attachments.query(
        `DELETE FROM attachments
          WHERE id IN (SELECT id FROM attachments
                        WHERE post_id IS NULL AND added_to_workspace_at IS NULL AND created_at < $1
                        ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
            AND post_id IS NULL AND added_to_workspace_at IS NULL
          RETURNING storage_key`,
        [olderThan, DELETE_BATCH],
      );
      // A file already missing is no error.
      await Promise.all(rows.map((row) => this.storage.remove(row.storage_key)));
      removed += rows.length;
      if (rows.length < DELETE_BATCH) return removed;
    }
  }

  async byPostIds(postIds: readonly string[]): Promise<Attachment[][]> {
    const rows = await rowsWhereIn(this.attachments.manager, Attachment, 'postId', postIds, ['createdAt', 'ASC']);
    return postIds.map((id) => rows.filter((row) => row.postId === id));
  }

  /** Files by id, in the order asked (for per-request DataLoaders; the caller checked access). */
  async findByIds(ids: readonly string[]): Promise<(Attachment | undefined)[]> {
    return inOrderOf(ids, await rowsWhereIn(this.attachments.manager, Attachment, 'id', ids));
  }

  /**
   * BAD_USER_INPUT on `field` unless every id names a file of the workspace's library: attached to a post
   * or added to the workspace (an upload not yet used is its uploader's alone). Inside the caller's transaction.
   */
  async requireWorkspaceFiles(
    manager: EntityManager,
    workspaceId: string,
    ids: readonly string[],
    field: string,
  ): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await manager.count(Attachment, {
      where: [
        { id: In(unique), workspaceId, postId: Not(IsNull()) },
        { id: In(unique), workspaceId, addedToWorkspaceAt: Not(IsNull()) },
      ],
    });
    if (found !== unique.length) throw badInput(field, 'A file is missing or not one of this workspace’s files.');
  }

  /**
   * The file if the actor may read it (its workspace, and its thread's marking); NOT_FOUND otherwise, as
   * for one that does not exist. A PDF from a classified thread comes stamped with its marking, the
   * reader's name and the time (the stored file is unchanged).
   */
  async openForDownload(actor: Actor, id: string): Promise<Download> {
    const attachment = await this.attachments.findOneBy({ id });
    if (!attachment) throw notFound('Attachment');
    let classification: Classification | null = null;
    if (attachment.postId === null && attachment.addedToWorkspaceAt === null) {
      if (attachment.uploaderId !== actor.userId) throw notFound('Attachment');
    } else {
      const found = await this.workspaces.accessOf(actor, attachment.workspaceId);
      const [marking]: { classification: Classification | null; thread_id: string | null; readable: boolean }[] =
        await this.attachments.query(FILE_MARKING_SQL, [
          attachment.id,
          actor.userId,
          found ? mayReadConfidentialIn(actor, found.access) : false,
        ]);
      // Break glass opens a thread's records only; a project's workspace admits its readers alone.
      const breakGlass =
        marking.thread_id !== null && marking.classification === 'STRICTLY_CONFIDENTIAL' && mayBreakGlass(actor);
      if (!found || !marking.readable || !(found.access.read || breakGlass)) throw notFound('Attachment');
      classification = marking.classification;
    }
    await this.attachments.manager.transaction((manager) =>
      this.audit.record(manager, actor, 'attachment.downloaded', 'Attachment', attachment.id, {
        workspaceId: attachment.workspaceId,
        fileName: attachment.fileName,
        ...(classification && classification !== 'UNCLASSIFIED' ? { classification } : {}),
      }),
    );
    if (classification && classification !== 'UNCLASSIFIED' && attachment.contentType === 'application/pdf') {
      const reader = await this.users.me(actor);
      const stamped = await stampPdf(
        await buffer(this.storage.read(attachment.storageKey)),
        classification,
        `${reader.name} <${reader.email}>`,
        new Date(),
      );
      if (stamped) return { attachment, size: stamped.length, body: stamped };
    }
    return { attachment, size: attachment.size, body: this.storage.read(attachment.storageKey) };
  }
}

export interface Download {
  attachment: Attachment;
  size: number;
  body: ReadStream | Buffer;
}
