import { useState } from 'react';
import { Alert, Anchor, Button, FileButton, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_CONTENT_TYPES, type AttachmentContentType } from '@ctcp/shared';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorDetail } from '../../components/errors';
import { PlusIcon } from '../../components/icons';
import { EmptyState, ErrorState, LoadingState, useErrorTitle } from '../../components/QueryStates';
import { ScrollTable } from '../../components/ScrollTable';
import { SearchInput } from '../../components/SearchInput';
import type { WorkspaceFileFieldsFragment, WorkspaceFileOrder, WorkspaceFilesQuery } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { AddWorkspaceFilesDocument, RemoveWorkspaceFileDocument, WorkspaceFilesDocument } from './operations';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES, formatFileSize, uploadAttachment } from './upload';
import { useUploadErrorReason } from './useUploadErrorReason';

const PAGE_SIZE = 20;
const ORDERS = ['NEWEST', 'OLDEST', 'NAME', 'LARGEST'] as const satisfies readonly WorkspaceFileOrder[];

/** The translation of each accepted kind of file; anything else (older uploads) reads as "other". */
const TYPE_KEYS = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'text/plain': 'txt',
  'text/csv': 'csv',
} as const satisfies Record<AttachmentContentType, string>;

type TypeKey = (typeof TYPE_KEYS)[AttachmentContentType] | 'other';

function typeKey(contentType: string): TypeKey {
  return (TYPE_KEYS as Record<string, TypeKey>)[contentType] ?? 'other';
}

function isOrder(value: string | null): value is WorkspaceFileOrder {
  return (ORDERS as readonly string[]).includes(value ?? '');
}

/** `updateQuery` for "Show more": the next page's files after the ones shown. */
function appendFilesPage(
  previous: WorkspaceFilesQuery,
  { fetchMoreResult }: { fetchMoreResult: WorkspaceFilesQuery },
): WorkspaceFilesQuery {
  return {
    ...fetchMoreResult,
    workspace: {
      ...fetchMoreResult.workspace,
      files: {
        ...fetchMoreResult.workspace.files,
        edges: [...previous.workspace.files.edges, ...fetchMoreResult.workspace.files.edges],
      },
    },
  };
}

interface WorkspaceFilesProps {
  workspaceId: string;
  /** Names the table of files. */
  label: string;
  /** Listed on a record read by break glass: nothing to add or remove, whatever the workspace allows. */
  readOnly?: boolean;
}

/**
 * A workspace's files, from its posts and added to it directly: searchable (by name and by the words
 * inside), filtered by type, sorted; those who may post add files, and remove what they may.
 */
export function WorkspaceFiles({ workspaceId, label, readOnly = false }: WorkspaceFilesProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorTitle = useErrorTitle();
  const uploadErrorReason = useUploadErrorReason();
  const [text, setText] = useState('');
  const [debouncedText] = useDebouncedValue(text.trim(), 300);
  const [contentType, setContentType] = useState<string | null>(null);
  const [orderBy, setOrderBy] = useState<WorkspaceFileOrder>('NEWEST');
  const [loadingMore, setLoadingMore] = useState(false);
  const [adding, setAdding] = useState(false);
  const [addProblems, setAddProblems] = useState<string[]>([]);
  const [addedCount, setAddedCount] = useState(0);
  const [removing, setRemoving] = useState<WorkspaceFileFieldsFragment | null>(null);

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(WorkspaceFilesDocument, {
    variables: {
      workspaceId,
      query: debouncedText || null,
      contentTypes: contentType ? [contentType] : null,
      orderBy,
      first: PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const [addFiles] = useMutation(AddWorkspaceFilesDocument);

  const shown = data ?? previousData;
  if (!shown) {
    return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  }

  const workspace = shown.workspace;
  const files = workspace.files.edges.map((edge) => edge.node);
  const { totalCount, pageInfo } = workspace.files;
  const filtered = debouncedText !== '' || contentType !== null;
  const canAdd = workspace.viewerCanPost && !readOnly;
  const mayRemove = (file: WorkspaceFileFieldsFragment) => file.viewerCanRemove && !readOnly;
  const withActions = files.some(mayRemove);
  const maxSize = formatFileSize(ATTACHMENT_MAX_BYTES, format.language);

  const loadMore = async () => {
    if (!pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor }, updateQuery: appendFilesPage });
    } finally {
      setLoadingMore(false);
    }
  };

  const add = async (chosen: File[]) => {
    if (chosen.length === 0) return;
    setAddProblems([]);
    setAddedCount(0);
    setAdding(true);
    const problems: string[] = [];
    const ids: string[] = [];
    // Files over the limit are refused here, without sending them.
    const sendable = chosen.filter((file) => {
      if (file.size <= ATTACHMENT_MAX_BYTES) return true;
      problems.push(
        t('attachments.fileFailed', {
          name: isolate(file.name),
          reason: t('discussions.attachments.tooLarge', { max: maxSize }),
        }),
      );
      return false;
    });
    const uploads = await Promise.allSettled(sendable.map((file) => uploadAttachment(workspaceId, file)));
    uploads.forEach((result, index) => {
      if (result.status === 'fulfilled') ids.push(result.value.id);
      else
        problems.push(
          t('attachments.fileFailed', {
            name: isolate(sendable[index].name),
            reason: uploadErrorReason(result.reason),
          }),
        );
    });
    try {
      if (ids.length > 0) {
        await addFiles({ variables: { input: { workspaceId, attachmentIds: ids } } });
        setAddedCount(ids.length);
        await refetch();
      }
    } catch (addError) {
      problems.push(errorDetail(addError) ?? errorTitle(addError));
    } finally {
      setAdding(false);
      setAddProblems(problems);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <SearchInput
            label={t('attachments.searchLabel')}
            placeholder={t('attachments.searchPlaceholder')}
            value={text}
            onChange={setText}
          />
          <Select
            label={t('attachments.typeLabel')}
            placeholder={t('attachments.allTypes')}
            data={ATTACHMENT_CONTENT_TYPES.map((value) => ({
              value,
              label: t(`attachments.types.${typeKey(value)}`),
            }))}
            value={contentType}
            onChange={setContentType}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            w={{ base: '100%', sm: 220 }}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('attachments.sortLabel')}
            data={ORDERS.map((value) => ({ value, label: t(`attachments.sort.${value}`) }))}
            value={orderBy}
            onChange={(value) => isOrder(value) && setOrderBy(value)}
            allowDeselect={false}
            w={{ base: '100%', sm: 200 }}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
        {canAdd && (
          <FileButton onChange={(chosen) => void add(chosen)} accept={ATTACHMENT_ACCEPT} multiple>
            {(props) => (
              <Button {...props} loading={adding} leftSection={<PlusIcon size={18} />}>
                {t('attachments.add')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {canAdd && (
        <Text size="xs" c="dimmed">
          {t('attachments.addHelp', { size: maxSize })}
        </Text>
      )}
      {addedCount > 0 && (
        <Text size="sm" c="var(--mantine-color-green-text)" role="status">
          {t('attachments.added', { number: format.number(addedCount) })}
        </Text>
      )}
      {addProblems.length > 0 && (
        <Alert color="red" role="alert" title={t('attachments.addFailed')}>
          <Stack component="ul" className="plain-list" gap={2}>
            {addProblems.map((problem, index) => (
              <Text component="li" size="sm" key={index}>
                {problem}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {files.length === 0 ? (
        filtered ? (
          <EmptyState title={t('attachments.noResults')}>{t('common.tryOtherSearch')}</EmptyState>
        ) : (
          <EmptyState title={t('attachments.empty')}>{t('attachments.emptyHint')}</EmptyState>
        )
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status" aria-busy={loading}>
            {t('common.showingOf', { shown: format.number(files.length), total: format.number(totalCount) })}
          </Text>
          <ScrollTable label={label} minWidth={withActions ? 860 : 760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('attachments.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('attachments.columns.type')}</Table.Th>
                <Table.Th scope="col">{t('attachments.columns.size')}</Table.Th>
                <Table.Th scope="col">{t('attachments.columns.uploader')}</Table.Th>
                <Table.Th scope="col">{t('attachments.columns.date')}</Table.Th>
                <Table.Th scope="col">{t('attachments.columns.source')}</Table.Th>
                {withActions && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.map((file) => (
                <Table.Tr key={file.id}>
                  <Table.Td maw={280} style={{ overflowWrap: 'anywhere' }}>
                    <Anchor href={file.url} download={file.fileName} size="sm">
                      <bdi>{file.fileName}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`attachments.types.${typeKey(file.contentType)}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatFileSize(file.size, format.language)}</Table.Td>
                  <Table.Td>
                    <bdi>{file.uploader.name}</bdi>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(file.createdAt)}</Table.Td>
                  <Table.Td maw={260} style={{ overflowWrap: 'anywhere' }}>
                    {file.post ? (
                      <Anchor component={Link} to={`/threads/${file.post.thread.id}#post-${file.post.id}`} size="sm">
                        <bdi>{file.post.thread.title}</bdi>
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed" component="span">
                        {t('attachments.addedDirectly')}
                      </Text>
                    )}
                  </Table.Td>
                  {withActions && (
                    <Table.Td>
                      {mayRemove(file) && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setRemoving(file)}
                          aria-label={t('attachments.removeNamed', { name: file.fileName })}
                        >
                          {t('attachments.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
          {pageInfo.hasNextPage && (
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} w="fit-content">
              {t('common.loadMore')}
            </Button>
          )}
        </>
      )}
      {removing && (
        <RemoveFileDialog
          file={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setRemoving(null);
            void refetch().catch(() => undefined);
          }}
        />
      )}
    </Stack>
  );
}

function RemoveFileDialog({
  file,
  onClose,
  onRemoved,
}: {
  file: WorkspaceFileFieldsFragment;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const [removeFile, { loading, error }] = useMutation(RemoveWorkspaceFileDocument);
  const remove = async () => {
    try {
      await removeFile({ variables: { id: file.id } });
      onRemoved();
    } catch {
      // Shown below.
    }
  };
  return (
    <ConfirmDialog
      title={t('attachments.removeTitle', { name: isolate(file.fileName) })}
      explanation={t('attachments.removeExplanation')}
      confirmLabel={t('attachments.remove')}
      loading={loading}
      error={error}
      onConfirm={() => void remove()}
      onClose={onClose}
    />
  );
}
