// The composer uploads through the same helper; workspaces, requests and projects list the files.
export {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_POST_MAX,
  attachmentKind,
  type AttachmentKind,
  attachmentsUploading,
  type ComposerAttachment,
  formatFileSize,
  type SetComposerAttachments,
  uploadAttachment,
  type UploadedAttachment,
  uploadedAttachmentIds,
  UploadError,
} from './upload';
export { useUploadErrorReason } from './useUploadErrorReason';
export { WorkspaceFiles } from './WorkspaceFiles';
