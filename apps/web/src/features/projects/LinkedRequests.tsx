import { type ReactNode, useMemo, useState } from 'react';
import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { AssistanceRequestStatus } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { PICKER_PAGE_SIZE, useMatchCount, useTypedSearch } from '../../components/search-select';
import { PlusIcon } from '../../components/icons';
import { useErrorTitle } from '../../components/QueryStates';
import { Section } from '../../components/Section';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { StatusBadge } from '../assistance-requests';
import { useViewerCan } from '../../session';
import { LinkableRequestsDocument, LinkRequestToProjectDocument, ProjectDetailDocument } from './operations';

interface LinkedRequest {
  id: string;
  reference: string;
  title: string;
  status: AssistanceRequestStatus;
  requestingState: { name: string };
}

interface LinkedRequestsProps {
  projectId: string;
  requests: readonly LinkedRequest[];
  /** Under the list: how much of it is shown, and more of it. */
  more?: ReactNode;
  /** Listed on a project read by break glass: nothing to link or unlink. */
  readOnly?: boolean;
}

/** The assistance requests the project delivers; coordinators link and unlink them. */
export function LinkedRequests({ projectId, requests, more, readOnly = false }: LinkedRequestsProps) {
  const { t } = useTranslation();
  const can = useViewerCan();
  const errorTitle = useErrorTitle();
  const [linking, setLinking] = useState(false);
  const [link, { loading, error }] = useMutation(LinkRequestToProjectDocument, {
    refetchQueries: [ProjectDetailDocument],
  });
  const coordinator = can.triageAssistanceRequests && !readOnly;

  return (
    <Section
      title={t('projects.requests.title')}
      actions={
        coordinator && (
          <Button size="xs" variant="default" leftSection={<PlusIcon size={16} />} onClick={() => setLinking(true)}>
            {t('projects.requests.link')}
          </Button>
        )
      }
    >
      {requests.length === 0 ? (
        <Text c="dimmed">{t('projects.requests.empty')}</Text>
      ) : (
        <Stack component="ul" className="plain-list" gap="xs">
          {requests.map((request) => (
            <Group component="li" key={request.id} justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
              <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                <Anchor component={Link} to={`/requests/${request.id}`} fw={500}>
                  <bdi>{request.title}</bdi>
                </Anchor>
                <Group gap="xs">
                  <bdi className="request-reference">{request.reference}</bdi>
                  <Text size="sm" c="dimmed">
                    <bdi>{request.requestingState.name}</bdi>
                  </Text>
                  <StatusBadge status={request.status} />
                </Group>
              </Stack>
              {coordinator && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  style={{ flexShrink: 0 }}
                  loading={loading}
                  aria-label={t('projects.requests.unlinkNamed', { reference: isolate(request.reference) })}
                  onClick={() =>
                    void link({ variables: { input: { requestId: request.id, projectId: null } } }).catch(
                      () => undefined,
                    )
                  }
                >
                  {t('projects.requests.unlink')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {more}
      {error && !linking && (
        <Alert color="red" role="alert" title={errorTitle(error)}>
          {errorDetail(error)}
        </Alert>
      )}
      {linking && <LinkRequestDialog projectId={projectId} onClose={() => setLinking(false)} />}
    </Section>
  );
}

function requestLabel(request: LinkedRequest): string {
  return `${request.reference} · ${request.title} (${request.requestingState.name})`;
}

function LinkRequestDialog({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const errorTitle = useErrorTitle();
  const withCount = useMatchCount();
  const [chosen, setChosen] = useState<LinkedRequest | null>(null);
  const requestId = chosen?.id ?? null;
  const { searchValue, setSearchValue, search } = useTypedSearch(chosen ? requestLabel(chosen) : null);
  // Typed words search the titles and reference numbers of every request on the api: there may be thousands.
  const { data, loading: loadingOptions } = useQuery(LinkableRequestsDocument, {
    variables: { language, search: search || null, first: PICKER_PAGE_SIZE },
  });
  const [link, { loading, error }] = useMutation(LinkRequestToProjectDocument, {
    refetchQueries: [ProjectDetailDocument],
  });
  const found = useMemo(() => data?.assistanceRequests.edges.map((edge) => edge.node) ?? [], [data]);
  const linkable: LinkedRequest[] = found.filter((request) => request.project?.id !== projectId);
  // The chosen request stays an option while other searches run.
  if (chosen && !linkable.some((request) => request.id === chosen.id)) linkable.unshift(chosen);
  const options = linkable.map((request) => ({ value: request.id, label: requestLabel(request) }));

  const confirm = async () => {
    if (!requestId) return;
    try {
      await link({ variables: { input: { requestId, projectId } } });
      onClose();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('projects.requests.linkTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Select
          label={t('projects.requests.request')}
          description={t('projects.requests.linkHelp')}
          data={withCount(options, found.length, data?.assistanceRequests.totalCount)}
          value={requestId}
          onChange={(id) => setChosen(linkable.find((request) => request.id === id) ?? null)}
          searchable
          searchValue={searchValue}
          onSearchChange={setSearchValue}
          // The api already searched the titles and references.
          filter={({ options: all }) => all}
          nothingFoundMessage={loadingOptions ? t('common.loading') : t('projects.requests.noneToLink')}
          comboboxProps={{ withinPortal: true }}
          maxDropdownHeight={280}
          data-autofocus
        />
        {error && (
          <Alert color="red" role="alert" title={errorTitle(error)}>
            {errorDetail(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={loading} disabled={!requestId}>
            {t('projects.requests.link')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
