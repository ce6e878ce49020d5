import type { Dispatch, SetStateAction } from 'react';
import { ATTACHMENT_CONTENT_TYPES, ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_POST_MAX } from '@ctcp/shared';

/** What `POST /attachments` answers once a file is stored. */
export interface UploadedAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  url: string;
}

/** A file chosen in the composer: being uploaded, uploaded (with its id) or refused. */
export interface ComposerAttachment {
  key: string;
  fileName: string;
  size: number;
  status: 'uploading' | 'done' | 'failed';
  id?: string;
  /** Already translated, or the server's own words. */
  error?: string;
}

export type SetComposerAttachments = Dispatch<SetStateAction<ComposerAttachment[]>>;

/** The `accept` of the file input: the kinds the api accepts (it checks the content again). */
export const ATTACHMENT_ACCEPT = [
  ...ATTACHMENT_CONTENT_TYPES,
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.docx',
  '.xlsx',
  '.pptx',
  '.txt',
  '.csv',
].join(',');

export { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_POST_MAX };

/** The ids to send with the post. */
export function uploadedAttachmentIds(attachments: ComposerAttachment[]): string[] {
  return attachments.flatMap((attachment) => (attachment.status === 'done' && attachment.id ? [attachment.id] : []));
}

export function attachmentsUploading(attachments: ComposerAttachment[]): boolean {
  return attachments.some((attachment) => attachment.status === 'uploading');
}

/** Why an upload failed: an error code of the contract (or `network`), and the server's message if any. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** Sends one file to the workspace's attachments (the session cookie authenticates). */
export async function uploadAttachment(workspaceId: string, file: File): Promise<UploadedAttachment> {
  const body = new FormData();
  body.append('workspaceId', workspaceId);
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch('/attachments', { method: 'POST', body, credentials: 'same-origin' });
  } catch {
    throw new UploadError('network', '');
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // A 413 from a proxy, for instance, is not JSON.
  }
  if (response.ok && isUploaded(json)) return json;
  const problem = (json ?? {}) as { code?: unknown; message?: unknown };
  const code =
    response.status === 413
      ? 'TOO_LARGE'
      : typeof problem.code === 'string'
        ? problem.code
        : statusCode(response.status);
  throw new UploadError(code, typeof problem.message === 'string' ? problem.message : '', response.status);
}

function statusCode(status: number): string {
  if (status === 400) return 'BAD_USER_INPUT';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  return 'INTERNAL';
}

function isUploaded(value: unknown): value is UploadedAttachment {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

export type AttachmentKind = 'image' | 'pdf' | 'document' | 'spreadsheet' | 'presentation' | 'text' | 'other';

export function attachmentKind(contentType: string): AttachmentKind {
  if (contentType.startsWith('image/')) return 'image';
  if (contentType === 'application/pdf') return 'pdf';
  if (contentType.includes('wordprocessingml')) return 'document';
  if (contentType.includes('spreadsheetml') || contentType === 'text/csv') return 'spreadsheet';
  if (contentType.includes('presentationml')) return 'presentation';
  if (contentType.startsWith('text/')) return 'text';
  return 'other';
}

/** "512 B", "1.5 kB", "3.2 MB" in the conventions of `language`. */
export function formatFileSize(bytes: number, language: string): string {
  const [unit, value] =
    bytes < 1024
      ? (['byte', bytes] as const)
      : bytes < 1024 * 1024
        ? (['kilobyte', bytes / 1024] as const)
        : (['megabyte', bytes / (1024 * 1024)] as const);
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'byte' ? 0 : 1,
  }).format(value);
}
