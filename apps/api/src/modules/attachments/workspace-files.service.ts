import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { assertAllowed, badInput, notFound } from '../../common/errors.js';
import { type Connection, type Page, toConnection } from '../../common/pagination.js';
import { likePattern } from '../../common/sql.js';
import { mayReadConfidentialIn, readableFileMarkingSql } from '../policy/classification.js';
import { mayRemoveWorkspaceFile } from '../policy/discussions.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import { Attachment } from './attachment.entity.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';
import type {
  AddWorkspaceFilesInput,
  WorkspaceFile,
  WorkspaceFileOrder,
  WorkspaceFilesArgs,
} from './workspace-files.types.js';

const ORDER_BY: Record<WorkspaceFileOrder, string> = {
  NEWEST: 'f.created_at DESC, f.id',
  OLDEST: 'f.created_at ASC, f.id',
  NAME: 'lower(f.file_name) ASC, f.id',
  LARGEST: 'f.size DESC, f.id',
};

/**
 * The files of workspace $1 (of its posts, or added directly: a deleted post's files are deleted with it), matching the words $2 or the
 * name pattern $3 when $2 is given, of the content types $4 when given, at a marking the viewer $5 reads
 * (who reads CONFIDENTIAL records in the workspace when $6).
 */
const FILES_OF_WORKSPACE = `
  FROM attachments f
 WHERE f.workspace_id = $1 AND (f.added_to_workspace_at IS NOT NULL OR f.post_id IS NOT NULL)
   AND ($2::text IS NULL OR f.search_vector @@ ctcp_search_query($2) OR f.file_name ILIKE $3)
   AND ($4::text[] IS NULL OR f.content_type = ANY($4))
   AND ${readableFileMarkingSql({ userId: '$5', confidential: '$6' })}`;

interface FileRow {
  id: string;
  file_name: string;
  content_type: string;
  size: number;
  created_at: Date;
  uploader_id: string;
  post_id: string | null;
  total: number;
}

/**
 * A workspace's document library: the files of its posts that are still there, and files added to the
 * workspace directly (an upload that `addWorkspaceFiles` keeps instead of a post). Whoever reads the
 * workspace reads its files; whoever may post adds them.
 */
@Injectable()
export class WorkspaceFilesService {
  constructor(
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
    private readonly workspaces: WorkspacesService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async list(
    actor: Actor,
    workspaceId: string,
    args: WorkspaceFilesArgs,
    page: Page,
  ): Promise<Connection<WorkspaceFile>> {
    const { workspace, access } = await this.workspaces.require(actor, workspaceId, 'read');
    const query = args.query?.trim() || null;
    const contentTypes = args.contentTypes?.length ? args.contentTypes : null;
    const confidential = mayReadConfidentialIn(actor, access);
    const params = [workspace.id, query, likePattern(query ?? ''), contentTypes, actor.userId, confidential];
    const rows: FileRow[] = await this.attachments.query(
      `SELECT f.id, f.file_name, f.content_type, f.size, f.created_at, f.uploader_id, f.post_id,
              count(*) OVER ()::int AS total
         ${FILES_OF_WORKSPACE}
        ORDER BY ${ORDER_BY[args.orderBy ?? 'NEWEST']}
        LIMIT $7 OFFSET $8`,
      [...params, page.limit, page.offset],
    );
    // An empty page (past the end, or `first: 0`) still says how many there are.
    const total =
      rows[0]?.total ??
      (await this.attachments.query(`SELECT count(*)::int AS total ${FILES_OF_WORKSPACE}`, params))[0].total;
    return toConnection(
      rows.map((row) => toFile(row, workspace.id, workspace.visibility)),
      total,
      page,
    );
  }

  /** Keeps the actor's unused uploads into the workspace as its files. */
  async add(actor: Actor, input: AddWorkspaceFilesInput): Promise<WorkspaceFile[]> {
    const { workspace } = await this.workspaces.require(actor, input.workspaceId, 'post');
    const ids = [...new Set(input.attachmentIds)];
    // All or none: one that cannot be kept rolls the others back.
    const rows = await this.attachments.manager.transaction(async (manager) => {
      const [kept]: [FileRow[], number] = await manager.query(
        `UPDATE attachments SET added_to_workspace_at = now()
          WHERE id = ANY($1) AND uploader_id = $2 AND workspace_id = $3
            AND post_id IS NULL AND added_to_workspace_at IS NULL
          RETURNING id, file_name, content_type, size, created_at, uploader_id, post_id`,
        [ids, actor.userId, workspace.id],
      );
      if (kept.length !== ids.length) throw badInput('attachmentIds', 'A file is missing, already used, or not yours.');
      return kept;
    });
    return rows.map((row) => toFile(row, workspace.id, workspace.visibility));
  }

  /** Removes a file added to the workspace directly (a post's files go with the post). */
  async remove(actor: Actor, id: string): Promise<string> {
    const file = await this.attachments.findOneBy({ id });
    if (!file || file.addedToWorkspaceAt === null) throw notFound('File');
    const { access } = await this.workspaces.require(actor, file.workspaceId, 'read');
    assertAllowed(mayRemoveWorkspaceFile(actor, file, access));
    // Whoever removes it first removes it; the others find it gone.
    const [removed]: [{ storage_key: string }[], number] = await this.attachments.query(
      `DELETE FROM attachments WHERE id = $1 AND added_to_workspace_at IS NOT NULL RETURNING storage_key`,
      [id],
    );
    if (removed.length === 0) throw notFound('File');
    // The row first: a file whose row is gone is never served, and a missing file is no error.
    await this.storage.remove(removed[0].storage_key);
    return id;
  }
}

function toFile(
  row: FileRow,
  workspaceId: string,
  workspaceVisibility: WorkspaceFile['workspaceVisibility'],
): WorkspaceFile {
  return {
    id: row.id,
    fileName: row.file_name,
    contentType: row.content_type,
    size: row.size,
    createdAt: row.created_at,
    url: `/attachments/${row.id}`,
    postId: row.post_id,
    uploaderId: row.uploader_id,
    workspaceId,
    workspaceVisibility,
  };
}
