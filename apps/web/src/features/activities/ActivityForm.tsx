import { type FormEvent, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_TYPES,
  type ActivityType,
  DESCRIPTION_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PILLARS,
  type Pillar,
  THREAD_TITLE_MAX_LENGTH,
} from '@ctcp/shared';
import { CountrySelect } from '../../components/CountrySelect';
import { errorDetail, errorField } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import type { ActivityFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { OrganizationListField } from '../organizations/OrganizationListField';
import type { OrganizationOption } from '../organizations/OrganizationSelect';
import { isActivityType } from './ActivityFilters';
import { ActivityFormOptionsDocument, RecordActivityDocument, UpdateActivityDocument } from './operations';

export interface ActivityFormValues {
  type: ActivityType;
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  online: boolean;
  countryCode: string | null;
  city: string;
  organizers: OrganizationOption[];
  projectId: string | null;
  workingGroupId: string | null;
  pillars: Pillar[];
  participants: number | null;
  participantsWomen: number | null;
  individualsTrained: number;
  featured: boolean;
}

export const EMPTY_ACTIVITY: ActivityFormValues = {
  type: 'WORKSHOP',
  title: '',
  description: '',
  startDate: '',
  endDate: '',
  online: false,
  countryCode: null,
  city: '',
  organizers: [],
  projectId: null,
  workingGroupId: null,
  pillars: [],
  participants: null,
  participantsWomen: null,
  individualsTrained: 0,
  featured: false,
};

export function activityFormValues(activity: ActivityFieldsFragment): ActivityFormValues {
  return {
    type: activity.type,
    title: activity.title,
    description: activity.description,
    startDate: activity.startDate,
    endDate: activity.endDate === activity.startDate ? '' : activity.endDate,
    online: activity.online,
    countryCode: activity.countryCode ?? null,
    city: activity.city ?? '',
    organizers: activity.organizers,
    projectId: activity.project?.id ?? null,
    workingGroupId: activity.workingGroup?.id ?? null,
    pillars: activity.pillars,
    participants: activity.participants ?? null,
    participantsWomen: activity.participantsWomen ?? null,
    individualsTrained: activity.individualsTrained,
    featured: activity.featured,
  };
}

type Problems = Partial<Record<keyof ActivityFormValues, string>>;

const isPillar = (value: string): value is Pillar => (PILLARS as readonly string[]).includes(value);
const count = (value: string | number) => (typeof value === 'number' ? value : null);

/** The api's names of fields that the form shows under another name. */
const FIELD_OF_INPUT: Record<string, keyof ActivityFormValues> = { organizerIds: 'organizers' };

/** Records an activity, or changes one. */
export function ActivityForm({
  initial = EMPTY_ACTIVITY,
  activityId,
}: {
  initial?: ActivityFormValues;
  activityId?: string;
}) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const navigate = useNavigate();
  const errorTitle = useErrorTitle();
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { data: options } = useQuery(ActivityFormOptionsDocument, { variables: { language } });
  const [recordActivity] = useMutation(RecordActivityDocument);
  const [updateActivity] = useMutation(UpdateActivityDocument);

  const problems: Problems = {};
  if (!values.title.trim()) problems.title = t('activities.form.titleRequired');
  if (!values.startDate) problems.startDate = t('activities.form.startRequired');
  if (values.endDate && values.endDate < values.startDate) problems.endDate = t('activities.form.endBeforeStart');
  if (!values.online && !values.countryCode) problems.countryCode = t('activities.form.countryRequired');
  if (
    values.participants !== null &&
    values.participantsWomen !== null &&
    values.participantsWomen > values.participants
  ) {
    problems.participantsWomen = t('activities.form.womenTooMany');
  }
  const serverField = errorField(error);
  const shownField = serverField ? (FIELD_OF_INPUT[serverField] ?? serverField) : undefined;
  const fieldError = (field: keyof ActivityFormValues) =>
    (attempted && problems[field]) || (shownField === field ? errorDetail(error) : undefined);
  const set = <K extends keyof ActivityFormValues>(field: K, value: ActivityFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    setError(null);
    if (Object.keys(problems).length > 0 || saving) return;
    setSaving(true);
    const input = {
      type: values.type,
      title: values.title.trim(),
      description: values.description.trim(),
      startDate: values.startDate,
      endDate: values.endDate || null,
      online: values.online,
      countryCode: values.online ? null : values.countryCode,
      city: values.online ? null : values.city.trim() || null,
      organizerIds: values.organizers.map((organizer) => organizer.id),
      projectId: values.projectId,
      workingGroupId: values.workingGroupId,
      pillars: values.pillars,
      participants: values.participants,
      participantsWomen: values.participantsWomen,
      individualsTrained: values.individualsTrained,
      featured: values.featured,
    };
    try {
      let id = activityId;
      if (id) await updateActivity({ variables: { language, input: { id, ...input } } });
      else id = (await recordActivity({ variables: { input } })).data?.recordActivity.id;
      if (id) navigate(`/activities/${id}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  const numberProps = { min: 0, allowNegative: false, allowDecimal: false, thousandSeparator: ',' } as const;

  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md" maw={860}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('activities.type')}
              required
              data={ACTIVITY_TYPES.map((value) => ({ value, label: t(`enums.activityType.${value}`) }))}
              value={values.type}
              onChange={(value) => isActivityType(value) && set('type', value)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <Switch
              label={t('activities.form.featured')}
              description={t('activities.form.featuredHelp')}
              checked={values.featured}
              onChange={(event) => set('featured', event.currentTarget.checked)}
              mt={{ sm: 'lg' }}
            />
          </SimpleGrid>
          <TextInput
            label={t('activities.titleLabel')}
            required
            maxLength={THREAD_TITLE_MAX_LENGTH}
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={fieldError('title')}
            dir="auto"
            autoFocus
          />
          <Textarea
            label={t('activities.description')}
            autosize
            minRows={3}
            maxRows={12}
            maxLength={DESCRIPTION_MAX_LENGTH}
            value={values.description}
            onChange={(event) => set('description', event.currentTarget.value)}
            error={fieldError('description')}
            dir="auto"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              type="date"
              label={t('activities.startDate')}
              required
              value={values.startDate}
              onChange={(event) => set('startDate', event.currentTarget.value)}
              error={fieldError('startDate')}
            />
            <TextInput
              type="date"
              label={t('activities.endDate')}
              description={t('activities.form.endHelp')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              value={values.endDate}
              min={values.startDate || undefined}
              onChange={(event) => set('endDate', event.currentTarget.value)}
              error={fieldError('endDate')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('activities.form.online')}
            checked={values.online}
            onChange={(event) => set('online', event.currentTarget.checked)}
          />
          {!values.online && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <CountrySelect
                label={t('activities.country')}
                required
                value={values.countryCode}
                onChange={(code) => set('countryCode', code)}
                error={fieldError('countryCode') || undefined}
              />
              <TextInput
                label={t('activities.city')}
                maxLength={NAME_MAX_LENGTH}
                value={values.city}
                onChange={(event) => set('city', event.currentTarget.value)}
                error={fieldError('city')}
                dir="auto"
              />
            </SimpleGrid>
          )}
          <OrganizationListField
            label={t('activities.organizers')}
            description={t('activities.form.organizersHelp')}
            value={values.organizers}
            onChange={(organizers) => set('organizers', organizers)}
            error={fieldError('organizers') || undefined}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('activities.project')}
              data={(options?.projects.edges ?? []).map((edge) => ({ value: edge.node.id, label: edge.node.title }))}
              value={values.projectId}
              onChange={(value) => set('projectId', value)}
              error={fieldError('projectId')}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              comboboxProps={{ withinPortal: true }}
              nothingFoundMessage={t('organizations.noMatch')}
            />
            <Select
              label={t('activities.workingGroup')}
              description={t('activities.form.workingGroupHelp')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data={(options?.workingGroups ?? []).map((group) => ({ value: group.id, label: group.name }))}
              value={values.workingGroupId}
              onChange={(value) => set('workingGroupId', value)}
              error={fieldError('workingGroupId')}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('activities.pillars')}
            data={PILLARS.map((pillar) => ({ value: pillar, label: t(`enums.pillar.${pillar}`) }))}
            value={values.pillars}
            onChange={(chosen) => set('pillars', chosen.filter(isPillar))}
            error={fieldError('pillars')}
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
            <NumberInput
              {...numberProps}
              label={t('activities.participants')}
              value={values.participants ?? ''}
              onChange={(value) => set('participants', count(value))}
              error={fieldError('participants')}
            />
            <NumberInput
              {...numberProps}
              label={t('activities.participantsWomen')}
              value={values.participantsWomen ?? ''}
              onChange={(value) => set('participantsWomen', count(value))}
              error={fieldError('participantsWomen')}
            />
            <NumberInput
              {...numberProps}
              label={t('activities.individualsTrained')}
              value={values.individualsTrained}
              onChange={(value) => set('individualsTrained', count(value) ?? 0)}
              error={fieldError('individualsTrained')}
            />
          </SimpleGrid>
          {error !== null && !shownField && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={saving}>
              {activityId ? t('common.save') : t('activities.record')}
            </Button>
            <Button component={Link} to={activityId ? `/activities/${activityId}` : '/activities'} variant="subtle">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
