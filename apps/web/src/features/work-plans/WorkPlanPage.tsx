import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PILLARS, WORK_PLAN_ITEM_STATUSES, type Pillar, type WorkPlanItemStatus } from '@ctcp/shared';
import { BackLink } from '../../components/BackLink';
import { DayField } from '../../components/DateFields';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { useErrorTitle } from '../../components/QueryStates';
import type { WorkPlanItemFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { ItemStatusBadge } from './badges';
import { ActivityLinksSelect, LeadsSelect, ProjectLinksSelect, unitLabel, UnitSelect } from './LinkFields';
import {
  AddWorkPlanItemDocument,
  OrganizationChoicesDocument,
  UpdateWorkPlanItemDocument,
  WorkPlanDetailDocument,
} from './operations';

type Item = WorkPlanItemFieldsFragment;

/** A work plan: its items on a board by status, or on a timeline by due date, with the board's filters. */
export function WorkPlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [owner, setOwner] = useState<string | null>(null);
  const [pillar, setPillar] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { data, loading, error, refetch } = useQuery(WorkPlanDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    return <LoadingOrErrorPage title={t('workPlans.title')} loading={loading} error={error} onRetry={refetch} />;
  }
  const plan = data.workPlan;
  const owners = [...new Map(plan.items.map((item) => [item.ownerOrganization.id, item.ownerOrganization])).values()];
  const items = plan.items.filter(
    (item) => (!owner || item.ownerOrganization.id === owner) && (!pillar || item.pillar === pillar),
  );

  return (
    <Page
      title={plan.title}
      isolateTitle
      breadcrumb={<BackLink to="/work-plans" label={t('nav.workPlans')} />}
      actions={plan.viewerMayEdit && <Button onClick={() => setAdding(true)}>{t('workPlans.addItem')}</Button>}
    >
      <Text size="sm" c="dimmed">
        {plan.workingGroup ? (
          <bdi>{plan.workingGroup.name}</bdi>
        ) : (
          <>
            <bdi>{plan.unit ? unitLabel(plan.unit) : ''}</bdi>
            {plan.organization && (
              <>
                {' · '}
                <Anchor component={Link} to={`/organizations/${plan.organization.id}`} inherit>
                  <bdi>{plan.organization.acronym ?? plan.organization.name}</bdi>
                </Anchor>
              </>
            )}
          </>
        )}{' '}
        · {t('workPlans.halfYear', { year: plan.year, half: plan.half })}
      </Text>
      <Group gap="sm">
        <Select
          label={t('workPlans.filterOwner')}
          placeholder={t('workPlans.all')}
          clearable
          value={owner}
          onChange={setOwner}
          data={owners.map((organization) => ({ value: organization.id, label: organization.acronym ?? '' }))}
        />
        <Select
          label={t('workPlans.filterPillar')}
          placeholder={t('workPlans.all')}
          clearable
          value={pillar}
          onChange={setPillar}
          data={PILLARS.map((value) => ({ value, label: t('workPlans.pillar', { pillar: value }) }))}
        />
      </Group>
      <Tabs defaultValue="board" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="board">{t('workPlans.board')}</Tabs.Tab>
          <Tabs.Tab value="timeline">{t('workPlans.timeline')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board" pt="md">
          <Board items={items} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <PlanTimeline items={items} from={plan.period.from} to={plan.period.to} />
        </Tabs.Panel>
      </Tabs>
      {adding && (
        <AddItemDialog
          planId={plan.id}
          defaultDue={plan.period.to}
          period={plan.period}
          planOrganization={plan.organization ?? null}
          planUnitId={plan.unit?.id ?? null}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            void refetch();
          }}
        />
      )}
    </Page>
  );
}

/** One column per status; an item the viewer may edit moves with its menu. */
export function Board({ items }: { items: readonly Item[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
      {WORK_PLAN_ITEM_STATUSES.map((status) => {
        const column = items.filter((item) => item.status === status);
        return (
          <Stack key={status} gap="xs" role="region" aria-label={t(`workPlans.status.${status}`)}>
            <Title order={3} size="h5">
              {t(`workPlans.status.${status}`)} ({column.length})
            </Title>
            {column.map((item) => (
              <ItemCard key={item.id} item={item} />
            ))}
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}

function ItemCard({ item }: { item: Item }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [update, { loading }] = useMutation(UpdateWorkPlanItemDocument);
  const move = (status: WorkPlanItemStatus) =>
    update({ variables: { input: { id: item.id, status } } }).catch(() => undefined);
  return (
    <Card withBorder padding="sm">
      <Stack gap={4}>
        <Anchor component={Link} to={`/work-plans/items/${item.id}`} fw={600}>
          <bdi>{item.title}</bdi>
        </Anchor>
        <Text size="xs" c="dimmed">
          <bdi>{item.ownerOrganization.acronym}</bdi>
          {item.ownerUnit && (
            <>
              {' / '}
              <bdi>{item.ownerUnit.acronym ?? item.ownerUnit.name}</bdi>
            </>
          )}{' '}
          · {t('workPlans.pillar', { pillar: item.pillar })} ·{' '}
          <time dateTime={item.dueDate}>{format.date(item.dueDate)}</time>
        </Text>
        {item.viewerMayEdit && (
          <Menu>
            <Menu.Target>
              <Button size="compact-xs" variant="default" loading={loading}>
                {t('workPlans.move')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {WORK_PLAN_ITEM_STATUSES.filter((status) => status !== item.status).map((status) => (
                <Menu.Item key={status} onClick={() => void move(status)}>
                  {t(`workPlans.status.${status}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Stack>
    </Card>
  );
}

/** Items placed by due date across the plan's six months: one grid column per month. */
function PlanTimeline({ items, from, to }: { items: readonly Item[]; from: string; to: string }) {
  const format = useFormatters();
  const start = Date.parse(`${from}T00:00:00Z`);
  const months = Array.from({ length: 6 }, (_, index) => {
    const date = new Date(start);
    date.setUTCMonth(date.getUTCMonth() + index);
    return date.toISOString().slice(0, 10);
  });
  const columnOf = (due: string) => {
    const date = new Date(`${due}T00:00:00Z`);
    const offset =
      (date.getUTCFullYear() - new Date(start).getUTCFullYear()) * 12 +
      date.getUTCMonth() -
      new Date(start).getUTCMonth();
    return Math.min(6, Math.max(1, offset + 1));
  };
  return (
    <div
      className="work-plan-timeline"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(6, minmax(0, 1fr))', gap: 8 }}
    >
      {months.map((month, index) => (
        <Text key={month} size="xs" fw={600} style={{ gridColumn: index + 1, gridRow: 1 }}>
          {new Intl.DateTimeFormat(format.language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
            new Date(`${month}T00:00:00Z`),
          )}
        </Text>
      ))}
      {[...items]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((item, index) => (
          <Card key={item.id} withBorder padding={4} style={{ gridColumn: columnOf(item.dueDate), gridRow: index + 2 }}>
            <Anchor component={Link} to={`/work-plans/items/${item.id}`} size="xs">
              <bdi>{item.title}</bdi>
            </Anchor>
            <Group gap={4}>
              <ItemStatusBadge status={item.status} />
              <Text size="xs" c="dimmed">
                <time dateTime={item.dueDate}>{format.date(item.dueDate)}</time>
              </Text>
            </Group>
          </Card>
        ))}
      <Text size="xs" c="dimmed" style={{ gridColumn: '1 / -1' }}>
        {format.date(from)} – {format.date(to)}
      </Text>
    </div>
  );
}

function AddItemDialog({
  planId,
  defaultDue,
  period,
  planOrganization,
  planUnitId,
  onClose,
  onDone,
}: {
  planId: string;
  defaultDue: string;
  period: { from: string; to: string };
  /** A unit's plan: its organization and unit, the items' owners to begin with. */
  planOrganization: { id: string; acronym?: string | null; name: string } | null;
  planUnitId: string | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const organizations = useQuery(OrganizationChoicesDocument);
  const organizationChoices = (organizations.data?.organizations.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.acronym ?? node.id,
  }));
  // A unit's plan may be a State's: its organization is a choice too.
  if (planOrganization && !organizationChoices.some((choice) => choice.value === planOrganization.id)) {
    organizationChoices.unshift({
      value: planOrganization.id,
      label: planOrganization.acronym ?? planOrganization.name,
    });
  }
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      title: '',
      description: '',
      pillar: 'I',
      ownerOrganizationId: planOrganization?.id ?? '',
      ownerUnitId: planOrganization ? (planUnitId ?? '') : '',
      leadIds: [] as string[],
      dueDate: defaultDue,
      projectIds: [] as string[],
      activityIds: [] as string[],
    },
    validate: {
      title: (value: string) => (value.trim() ? null : t('workPlans.titleRequired')),
      ownerOrganizationId: (value: string) => (value ? null : t('workPlans.ownerRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [add, { loading, error }] = useMutation(AddWorkPlanItemDocument);
  const owner = form.values.ownerOrganizationId;

  const submit = async (values: typeof form.values) => {
    try {
      await add({
        variables: {
          input: {
            workPlanId: planId,
            ...values,
            title: values.title.trim(),
            pillar: values.pillar as Pillar,
            ownerUnitId: values.ownerUnitId || null,
          },
        },
      });
      onDone();
    } catch (caught) {
      fieldErrors.showApiError(caught, [
        'title',
        'description',
        'pillar',
        'ownerOrganizationId',
        'ownerUnitId',
        'leadIds',
        'dueDate',
        'projectIds',
        'activityIds',
      ]);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('workPlans.addItem')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput label={t('workPlans.itemTitle')} required {...form.getInputProps('title')} data-autofocus />
          <Textarea label={t('workPlans.description')} autosize minRows={3} {...form.getInputProps('description')} />
          <Select
            label={t('workPlans.pillarLabel')}
            data={PILLARS.map((value) => ({ value, label: t('workPlans.pillar', { pillar: value }) }))}
            allowDeselect={false}
            {...form.getInputProps('pillar')}
          />
          <Select
            label={t('workPlans.ownerOrganization')}
            required
            searchable
            data={organizationChoices}
            {...form.getInputProps('ownerOrganizationId')}
            onChange={(value) => {
              // Its unit and leads belong to the owner organization: another organization starts a new choice.
              form.setFieldValue('ownerOrganizationId', value ?? '');
              form.setFieldValue('ownerUnitId', '');
              form.setFieldValue('leadIds', []);
            }}
          />
          <UnitSelect
            label={t('workPlans.itemUnit')}
            organizationId={owner || null}
            value={form.values.ownerUnitId || null}
            error={form.errors.ownerUnitId}
            onChange={(unitId) => form.setFieldValue('ownerUnitId', unitId ?? '')}
          />
          <LeadsSelect
            organizationId={owner || null}
            value={form.values.leadIds}
            error={form.errors.leadIds}
            onChange={(ids) => form.setFieldValue('leadIds', ids)}
          />
          <DayField label={t('workPlans.dueDate')} required {...form.getInputProps('dueDate')} />
          <ProjectLinksSelect
            value={form.values.projectIds}
            error={form.errors.projectIds}
            onChange={(ids) => form.setFieldValue('projectIds', ids)}
          />
          <ActivityLinksSelect
            period={period}
            value={form.values.activityIds}
            error={form.errors.activityIds}
            onChange={(ids) => form.setFieldValue('activityIds', ids)}
          />
          {error && !Object.keys(form.errors).length && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Button type="submit" loading={loading}>
            {t('workPlans.addItem')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
