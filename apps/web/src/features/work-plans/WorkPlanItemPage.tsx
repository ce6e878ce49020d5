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
import { DayField } from '../../components/DateFields';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { ItemStatusBadge } from './badges';
import { ActivityLinksSelect, type Choice, ProjectLinksSelect, unitLabel, UnitSelect } from './LinkFields';
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
        </Text>
        {item.ownerUnit && (
          <Text size="sm">
            {t('workPlans.unit')}: <bdi>{unitLabel(item.ownerUnit)}</bdi>
          </Text>
        )}
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
          {item.projects.length > 0 && (
            <List aria-label={t('workPlans.projects')}>
              {item.projects.map((project) => (
                <List.Item key={project.id}>
                  <Anchor component={Link} to={`/projects/${project.id}`}>
                    <bdi>{project.title}</bdi>
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
          {item.activities.length > 0 && (
            <List aria-label={t('workPlans.activities')}>
              {item.activities.map((activity) => (
                <List.Item key={activity.id}>
                  <Anchor component={Link} to={`/activities/${activity.id}`}>
                    <bdi>{activity.title}</bdi>
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
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

interface EditedItem {
  id: string;
  status: WorkPlanItemStatus;
  title: string;
  description: string;
  pillar: string;
  dueDate: string;
  ownerOrganization: { id: string };
  ownerUnit?: { id: string } | null;
  projects: readonly Choice[];
  activities: readonly Choice[];
  workPlan: { period: { from: string; to: string } };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * Edits the item (title, description, pillar, due date, status, unit, links) and appends a progress note, in one
 * change. The unit and the links are sent only when changed: the item may link records this viewer cannot see,
 * which the api keeps as long as the links are left alone.
 */
function ProgressForm({ item, onDone }: { item: EditedItem; onDone: () => void }) {
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
      ownerUnitId: item.ownerUnit?.id ?? '',
      projectIds: item.projects.map((project) => project.id),
      activityIds: item.activities.map((activity) => activity.id),
    },
    validate: { title: (value: string) => (value.trim() ? null : t('workPlans.titleRequired')) },
  });
  const fieldErrors = useFieldErrors(form);
  const [update, { loading, error }] = useMutation(UpdateWorkPlanItemDocument);

  const submit = async (values: typeof form.values) => {
    const note = values.progressNote.trim();
    const unitBefore = item.ownerUnit?.id ?? '';
    const unit =
      values.ownerUnitId === unitBefore
        ? {}
        : values.ownerUnitId
          ? { ownerUnitId: values.ownerUnitId }
          : { clearOwnerUnit: true };
    const projects = sameIds(
      values.projectIds,
      item.projects.map((project) => project.id),
    )
      ? {}
      : { projectIds: values.projectIds };
    const activities = sameIds(
      values.activityIds,
      item.activities.map((activity) => activity.id),
    )
      ? {}
      : { activityIds: values.activityIds };
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
            ...unit,
            ...projects,
            ...activities,
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
        'ownerUnitId',
        'projectIds',
        'activityIds',
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
          <DayField label={t('workPlans.dueDate')} required {...form.getInputProps('dueDate')} />
          <Select
            label={t('workPlans.statusLabel')}
            data={WORK_PLAN_ITEM_STATUSES.map((value) => ({ value, label: t(`workPlans.status.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
          <UnitSelect
            label={t('workPlans.itemUnit')}
            organizationId={item.ownerOrganization.id}
            value={form.values.ownerUnitId || null}
            error={form.errors.ownerUnitId}
            onChange={(unitId) => form.setFieldValue('ownerUnitId', unitId ?? '')}
          />
          <ProjectLinksSelect
            known={item.projects}
            value={form.values.projectIds}
            error={form.errors.projectIds}
            onChange={(ids) => form.setFieldValue('projectIds', ids)}
          />
          <ActivityLinksSelect
            period={item.workPlan.period}
            known={item.activities}
            value={form.values.activityIds}
            error={form.errors.activityIds}
            onChange={(ids) => form.setFieldValue('activityIds', ids)}
          />
          <Textarea
            label={t('workPlans.addNote')}
            autosize
            minRows={2}
            maxLength={PROGRESS_NOTE_MAX_LENGTH}
            {...form.getInputProps('progressNote')}
          />
          <DayField label={t('workPlans.noteDate')} {...form.getInputProps('progressNoteDate')} />
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
