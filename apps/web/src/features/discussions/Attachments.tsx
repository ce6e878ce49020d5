import { type ChangeEvent, useId, useRef, useState } from 'react';
import { Anchor, Button, CloseButton, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  AttachIcon,
  DocumentFileIcon,
  FileIcon,
  ImageFileIcon,
  PdfFileIcon,
  PresentationFileIcon,
  SpreadsheetFileIcon,
  TextFileIcon,
} from '../../components/icons';
import { useFormatters } from '../../i18n/format';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_POST_MAX,
  attachmentKind,
  type AttachmentKind,
  type ComposerAttachment,
  formatFileSize,
  type SetComposerAttachments,
  uploadAttachment,
  useUploadErrorReason,
} from '../attachments';

const KIND_ICONS: Record<AttachmentKind, typeof FileIcon> = {
  image: ImageFileIcon,
  pdf: PdfFileIcon,
  document: DocumentFileIcon,
  spreadsheet: SpreadsheetFileIcon,
  presentation: PresentationFileIcon,
  text: TextFileIcon,
  other: FileIcon,
};

function KindIcon({ contentType }: { contentType: string }) {
  const Kind = KIND_ICONS[attachmentKind(contentType)];
  return <Kind size={16} />;
}

interface ComposerAttachmentsProps {
  workspaceId: string;
  attachments: ComposerAttachment[];
  onChange: SetComposerAttachments;
}

/**
 * "Attach files" for the composer: each chosen file is uploaded to the workspace at once and shown as a
 * chip (name, size, state, remove). Files over the size limit, or beyond the number a post may have,
 * are refused here without uploading.
 */
export function ComposerAttachments({ workspaceId, attachments, onChange }: ComposerAttachmentsProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const baseId = useId();
  const inputId = `${baseId}-files`;
  const helpId = `${baseId}-help`;
  const counter = useRef(0);
  const [focused, setFocused] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const maxSize = formatFileSize(ATTACHMENT_MAX_BYTES, language);

  const reason = useUploadErrorReason();

  const upload = (key: string, file: File) => {
    const update = (changes: Partial<ComposerAttachment>) =>
      onChange((current) => current.map((item) => (item.key === key ? { ...item, ...changes } : item)));
    uploadAttachment(workspaceId, file).then(
      (uploaded) => update({ status: 'done', id: uploaded.id }),
      (error: unknown) => update({ status: 'failed', error: reason(error) }),
    );
  };

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.currentTarget.files ?? []);
    // The same file may be chosen again after removing it.
    event.currentTarget.value = '';
    if (files.length === 0) return;
    let room = ATTACHMENTS_PER_POST_MAX - attachments.filter((item) => item.status !== 'failed').length;
    const added: ComposerAttachment[] = [];
    const toUpload: [string, File][] = [];
    let refused = 0;
    for (const file of files) {
      counter.current += 1;
      const key = `${baseId}-${counter.current}`;
      const base = { key, fileName: file.name, size: file.size };
      if (file.size > ATTACHMENT_MAX_BYTES) {
        added.push({
          ...base,
          status: 'failed',
          error: t('discussions.attachments.tooLarge', { max: maxSize }),
        });
      } else if (room <= 0) {
        refused += 1;
      } else {
        room -= 1;
        added.push({ ...base, status: 'uploading' });
        toUpload.push([key, file]);
      }
    }
    setNotice(refused > 0 ? t('discussions.attachments.tooMany', { max: ATTACHMENTS_PER_POST_MAX }) : null);
    onChange((current) => [...current, ...added]);
    for (const [key, file] of toUpload) upload(key, file);
  };

  return (
    <Stack gap={6}>
      <Group gap="xs" align="center">
        <input
          type="file"
          id={inputId}
          className="visually-hidden"
          multiple
          accept={ATTACHMENT_ACCEPT}
          onChange={onFiles}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          aria-describedby={helpId}
        />
        <Button
          component="label"
          htmlFor={inputId}
          variant="default"
          size="xs"
          leftSection={<AttachIcon size={16} />}
          style={focused ? { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: 2 } : undefined}
        >
          {t('discussions.attachments.attach')}
        </Button>
        <Text size="xs" c="dimmed" id={helpId}>
          {t('discussions.attachments.help', { max: ATTACHMENTS_PER_POST_MAX, size: maxSize })}
        </Text>
      </Group>
      {notice && (
        <Text size="sm" c="var(--mantine-color-red-text)" role="alert">
          {notice}
        </Text>
      )}
      {attachments.length > 0 && (
        <Group
          component="ul"
          className="plain-list"
          gap="xs"
          wrap="wrap"
          aria-label={t('discussions.attachments.chosen')}
        >
          {attachments.map((item) => (
            <li key={item.key}>
              <Paper withBorder radius="xl" px="sm" py={4}>
                <Group gap={6} wrap="nowrap">
                  {item.status === 'uploading' && <Loader size={12} aria-hidden />}
                  <Text size="sm" component="span" truncate maw={240}>
                    <bdi>{item.fileName}</bdi>
                  </Text>
                  <Text size="xs" c="dimmed" component="span">
                    {formatFileSize(item.size, language)}
                  </Text>
                  <Text
                    size="xs"
                    component="span"
                    c={item.status === 'failed' ? 'red.7' : item.status === 'done' ? 'green.8' : 'dimmed'}
                    role={item.status === 'failed' ? 'alert' : 'status'}
                  >
                    {item.status === 'uploading'
                      ? t('discussions.attachments.uploading')
                      : item.status === 'done'
                        ? t('discussions.attachments.uploaded')
                        : t('discussions.attachments.failed', { reason: item.error ?? '' })}
                  </Text>
                  <CloseButton
                    size="sm"
                    aria-label={t('discussions.attachments.remove', { name: item.fileName })}
                    onClick={() => onChange((current) => current.filter((other) => other.key !== item.key))}
                  />
                </Group>
              </Paper>
            </li>
          ))}
        </Group>
      )}
    </Stack>
  );
}

interface PostAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  url: string;
}

/** A post's files, as download links. */
export function PostAttachments({ attachments }: { attachments: readonly PostAttachment[] }) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  if (attachments.length === 0) return null;
  return (
    <Stack component="ul" className="plain-list" gap={4} aria-label={t('discussions.attachments.list')}>
      {attachments.map((attachment) => {
        const size = formatFileSize(attachment.size, language);
        return (
          <li key={attachment.id}>
            <Group gap={6} wrap="nowrap">
              <KindIcon contentType={attachment.contentType} />
              <Anchor
                href={attachment.url}
                download={attachment.fileName}
                size="sm"
                aria-label={t('discussions.attachments.download', { name: attachment.fileName, size })}
              >
                <bdi>{attachment.fileName}</bdi>
              </Anchor>
              <Text size="xs" c="dimmed" component="span">
                {size}
              </Text>
            </Group>
          </li>
        );
      })}
    </Stack>
  );
}
