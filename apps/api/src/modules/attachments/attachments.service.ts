import { randomUUID } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_POST_MAX } from '@ctcp/shared';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { badInput, notFound } from '../../common/errors.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import { Attachment } from './attachment.entity.js';
import { cleanFileName, detectContentType } from './content-type.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';

export interface UploadedFileData {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * Files travel in two steps: an upload into a workspace the actor may post in, then a post that uses
 * it. Until then only the uploader may fetch it; afterwards whoever may read the workspace.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
    private readonly workspaces: WorkspacesService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

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

    const storageKey = randomUUID();
    await this.storage.put(storageKey, file.buffer);
    try {
      return await this.attachments.save(
        this.attachments.create({
          postId: null,
          workspaceId,
          uploaderId: actor.userId,
          storageKey,
          fileName,
          contentType,
          size: file.size,
        }),
      );
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
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
        WHERE id = ANY($2) AND uploader_id = $3 AND workspace_id = $4 AND post_id IS NULL RETURNING id`,
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

  async byPostIds(postIds: readonly string[]): Promise<Attachment[][]> {
    const rows = await this.attachments.find({ where: { postId: In([...postIds]) }, order: { createdAt: 'ASC' } });
    return postIds.map((id) => rows.filter((row) => row.postId === id));
  }

  /** The file if the actor may read it; NOT_FOUND otherwise, as for one that does not exist. */
  async openForDownload(actor: Actor, id: string): Promise<{ attachment: Attachment; stream: ReadStream }> {
    const attachment = await this.attachments.findOneBy({ id });
    if (!attachment) throw notFound('Attachment');
    if (attachment.postId === null) {
      if (attachment.uploaderId !== actor.userId) throw notFound('Attachment');
    } else {
      const found = await this.workspaces.accessOf(actor, attachment.workspaceId);
      if (!found?.access.read) throw notFound('Attachment');
    }
    return { attachment, stream: this.storage.read(attachment.storageKey) };
  }
}
