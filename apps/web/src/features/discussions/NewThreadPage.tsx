import { useState } from 'react';
import { Alert, Button, Card, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { type Classification, CLASSIFICATIONS, type Pillar, PILLARS, THREAD_TITLE_MAX_LENGTH } from '@ctcp/shared';
import { BackLink } from '../../components/BackLink';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { useSignedInUser } from '../../session';
import { WorkspaceDetailDocument, WorkspaceSummaryDocument, workspaceName } from '../workspaces';
import { attachmentsUploading, type ComposerAttachment, uploadedAttachmentIds } from '../attachments';
import { Composer, composerBodyIsValid } from './Composer';
import { isBelowFloor, raisedFloor } from './marking';
import { CreateThreadDocument } from './operations';
import { ParticipantsPicker } from './ParticipantsPicker';

interface ThreadValues {
  title: string;
  pillars: Pillar[];
  classification: Classification;
  /** STRICTLY_CONFIDENTIAL only: the people named on it besides the author. */
  participantIds: string[];
  body: string;
}

/**
 * Opens a thread in a workspace: title, pillars, classification and the first post. A marked project's
 * workspace keeps its threads at least at the project's marking: that is the default, and lower ones are not
 * offered.
 */
export function NewThreadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { data, loading, error, refetch } = useQuery(WorkspaceSummaryDocument, { variables: { id, language } });

  if (!data) {
    return (
      <LoadingOrErrorPage title={t('discussions.newThreadTitle')} loading={loading} error={error} onRetry={refetch} />
    );
  }
  const workspace = data.workspace;
  return (
    <Page
      title={t('discussions.newThreadTitle')}
      breadcrumb={<BackLink to={`/workspaces/${workspace.id}`} label={workspaceName(workspace)} />}
    >
      {workspace.viewerCanPost ? (
        <NewThreadForm workspaceId={workspace.id} floor={workspace.minimumClassification} />
      ) : (
        <Alert color="red" role="alert" title={t('errors.FORBIDDEN')}>
          {t('discussions.cannotPost')}
        </Alert>
      )}
    </Page>
  );
}

interface NewThreadFormProps {
  workspaceId: string;
  /** The lowest marking a thread of the workspace may carry. */
  floor: Classification;
}

function NewThreadForm({ workspaceId, floor }: NewThreadFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorTitle = useErrorTitle();
  const viewer = useSignedInUser();
  const raised = raisedFloor(floor);
  const form = useForm<ThreadValues>({
    mode: 'controlled',
    initialValues: { title: '', pillars: [], classification: floor, participantIds: [], body: '' },
    validate: {
      title: (value) => (value.trim() ? null : t('discussions.titleRequired')),
      body: (value) => (value.trim() ? null : t('discussions.bodyRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [attachments, setAttachments] = useState<ComposerAttachment[]>([]);
  const uploading = attachmentsUploading(attachments);
  const [createThread, { loading, error }] = useMutation(CreateThreadDocument, {
    refetchQueries: [WorkspaceDetailDocument],
  });

  const namesParticipants = form.values.classification === 'STRICTLY_CONFIDENTIAL';

  const submit = async ({ title, pillars, classification, participantIds, body }: ThreadValues) => {
    if (!composerBodyIsValid(body) || loading || uploading) return;
    try {
      const { data } = await createThread({
        variables: {
          input: {
            workspaceId,
            title: title.trim(),
            pillars,
            classification,
            participantIds: classification === 'STRICTLY_CONFIDENTIAL' ? participantIds : [],
            body,
            attachmentIds: uploadedAttachmentIds(attachments),
          },
        },
      });
      setAttachments([]);
      if (data) navigate(`/threads/${data.createThread.id}`);
    } catch (caught) {
      // Next to the field it is about, else below.
      fieldErrors.showApiError(caught, ['title', 'classification', 'participantIds', 'body']);
    }
  };

  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md" maw={820}>
          <TextInput
            label={t('discussions.titleLabel')}
            required
            maxLength={THREAD_TITLE_MAX_LENGTH}
            {...form.getInputProps('title')}
            autoFocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <MultiSelect
              label={t('discussions.pillars')}
              placeholder={form.values.pillars.length === 0 ? t('discussions.pillarsPlaceholder') : undefined}
              data={PILLARS.map((pillar) => ({ value: pillar, label: t(`enums.pillar.${pillar}`) }))}
              {...form.getInputProps('pillars')}
              comboboxProps={{ withinPortal: true }}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
            />
            <Select
              label={t('discussions.classification')}
              description={
                raised
                  ? `${t(`discussions.marking.floor.${raised}`)} ${t('discussions.classificationHelp')}`
                  : t('discussions.classificationHelp')
              }
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data={CLASSIFICATIONS.map((value) => ({
                value,
                label: t(`enums.classification.${value}`),
                disabled: isBelowFloor(value, floor),
              }))}
              {...form.getInputProps('classification')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          {namesParticipants && (
            <ParticipantsPicker
              workspaceId={workspaceId}
              label={t('discussions.marking.participants')}
              description={t('discussions.marking.participantsNewHelp')}
              excludeIds={[viewer.id]}
              {...form.getInputProps('participantIds')}
              value={form.values.participantIds}
            />
          )}
          <Composer
            label={t('discussions.bodyLabel')}
            {...form.getInputProps('body')}
            value={form.values.body}
            required
            minRows={6}
            workspaceId={workspaceId}
            attachments={attachments}
            onAttachmentsChange={setAttachments}
          />
          {error &&
            !form.errors.title &&
            !form.errors.classification &&
            !form.errors.participantIds &&
            !form.errors.body && (
              <Alert color="red" role="alert" title={errorTitle(error)}>
                {errorDetail(error)}
              </Alert>
            )}
          <Group gap="sm">
            <Button type="submit" loading={loading} disabled={uploading}>
              {t('discussions.createThread')}
            </Button>
            <Button component={Link} to={`/workspaces/${workspaceId}`} variant="default">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
