import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  PILLARS,
  PROGRESS_NOTE_MAX_LENGTH,
  WORK_PLAN_ITEM_STATUSES,
  type Pillar,
  type WorkPlanItemStatus,
} from '@ctcp/shared';
import { BackLink } from '../../components/BackLink';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { ItemStatusBadge } from './badges';
import { UpdateWorkPlanItemDocument, WorkPlanItemDetailDocument } from './operations';

/** An item of a work plan: its details, links and progress notes, and a form to move it on. */
export function WorkPlanItemPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(WorkPlanItemDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    return <LoadingOrErrorPage title={t('workPlans.itemTitle')} loading={loading} error={error} onRetry={refetch} />;
  }
  const item = data.workPlanItem;
  return (
    <Page
      title={item.title}
      isolateTitle
      breadcrumb={<BackLink to={`/work-plans/${item.workPlan.id}`} label={item.workPlan.title} />}
    >
      <Group gap="sm" wrap="wrap">
        <ItemStatusBadge status={item.status} />
        <Text size="sm">
          {t('workPlans.dueOn')}: <time dateTime={item.dueDate}>{format.date(item.dueDate)}</time>
        </Text>
        <Text size="sm">{t('workPlans.pillar', { pillar: item.pillar })}</Text>
        <Text size="sm">
          {t('workPlans.ownerOrganization')}: <bdi>{item.ownerOrganization.acronym}</bdi>
          {item.ownerUnit && (
            <>
              {' / '}
              <bdi>{item.ownerUnit.acronym}</bdi>
            </>
          )}
        </Text>
      </Group>
      <Text size="sm">
        {t('workPlans.leads')}:{' '}
        {item.leads.length ? item.leads.map((lead) => lead.name).join(', ') : t('workPlans.noLeads')}
      </Text>
      {item.descriptionHtml && (
        <Card withBorder padding="lg">
          {/* Rendered and sanitized by the api as posts are: safe to insert. */}
          <div className="post-body" dir="auto" dangerouslySetInnerHTML={{ __html: item.descriptionHtml }} />
        </Card>
      )}
      {(item.projects.length > 0 || item.activities.length > 0) && (
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('workPlans.links')}
          </Title>
          <List>
            {item.projects.map((project) => (
              <List.Item key={project.id}>
                <Anchor component={Link} to={`/projects/${project.id}`}>
                  <bdi>{project.title}</bdi>
                </Anchor>
              </List.Item>
            ))}
            {item.activities.map((activity) => (
              <List.Item key={activity.id}>
                <Anchor component={Link} to={`/activities/${activity.id}`}>
                  <bdi>{activity.title}</bdi>
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('workPlans.progressNotes')}
        </Title>
        {item.progressNotes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('workPlans.noNotes')}
          </Text>
        ) : (
          item.progressNotes.map((note) => (
            <Card key={note.id} withBorder padding="sm">
              <Text size="xs" c="dimmed">
                <time dateTime={note.date}>{format.date(note.date)}</time> · <bdi>{note.author.name}</bdi>
              </Text>
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {note.text}
              </Text>
            </Card>
          ))
        )}
      </Stack>
      {item.viewerMayEdit && <ProgressForm item={item} onDone={() => void refetch()} />}
    </Page>
  );
}

/** Edits the item (title, description, pillar, due date, status) and appends a progress note, in one change. */
function ProgressForm({
  item,
  onDone,
}: {
  item: { id: string; status: WorkPlanItemStatus; title: string; description: string; pillar: string; dueDate: string };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      title: item.title,
      description: item.description,
      pillar: item.pillar,
      dueDate: item.dueDate,
      status: item.status as string,
      progressNote: '',
      progressNoteDate: '',
    },
    validate: { title: (value: string) => (value.trim() ? null : t('workPlans.titleRequired')) },
  });
  const fieldErrors = useFieldErrors(form);
  const [update, { loading, error }] = useMutation(UpdateWorkPlanItemDocument);

  const submit = async (values: typeof form.values) => {
    const note = values.progressNote.trim();
    try {
      await update({
        variables: {
          input: {
            id: item.id,
            title: values.title.trim(),
            description: values.description,
            pillar: values.pillar as Pillar,
            dueDate: values.dueDate,
            status: values.status as WorkPlanItemStatus,
            progressNote: note || null,
            progressNoteDate: note && values.progressNoteDate ? values.progressNoteDate : null,
          },
        },
      });
      form.setFieldValue('progressNote', '');
      onDone();
    } catch (caught) {
      fieldErrors.showApiError(caught, [
        'title',
        'description',
        'pillar',
        'dueDate',
        'status',
        'progressNote',
        'progressNoteDate',
      ]);
    }
  };

  return (
    <Card withBorder padding="lg">
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {t('workPlans.update')}
          </Title>
          <TextInput label={t('workPlans.itemTitle')} required {...form.getInputProps('title')} />
          <Textarea label={t('workPlans.description')} autosize minRows={2} {...form.getInputProps('description')} />
          <Select
            label={t('workPlans.pillarLabel')}
            data={PILLARS.map((value) => ({ value, label: t('workPlans.pillar', { pillar: value }) }))}
            allowDeselect={false}
            {...form.getInputProps('pillar')}
          />
          <TextInput label={t('workPlans.dueDate')} type="date" required {...form.getInputProps('dueDate')} />
          <Select
            label={t('workPlans.statusLabel')}
            data={WORK_PLAN_ITEM_STATUSES.map((value) => ({ value, label: t(`workPlans.status.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
          <Textarea
            label={t('workPlans.addNote')}
            autosize
            minRows={2}
            maxLength={PROGRESS_NOTE_MAX_LENGTH}
            {...form.getInputProps('progressNote')}
          />
          <TextInput label={t('workPlans.noteDate')} type="date" {...form.getInputProps('progressNoteDate')} />
          {error && !Object.keys(form.errors).length && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Button type="submit" loading={loading}>
            {t('workPlans.save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
