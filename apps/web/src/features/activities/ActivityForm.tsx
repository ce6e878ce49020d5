import { useState } from 'react';
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
import { useForm } from '@mantine/form';
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
import { DayField } from '../../components/DateFields';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import type { ActivityFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { OrganizationListField } from '../../components/OrganizationListField';
import type { OrganizationOption } from '../../components/OrganizationSelect';
import { ProjectSelect } from '../../components/ProjectSelect';
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

const count = (value: string | number) => (typeof value === 'number' ? value : null);

/** The fields shown with an error next to them: an api error about one of them is shown there. */
const FIELDS = [
  'type',
  'title',
  'description',
  'startDate',
  'endDate',
  'online',
  'countryCode',
  'city',
  'organizers',
  'projectId',
  'workingGroupId',
  'pillars',
  'participants',
  'participantsWomen',
  'individualsTrained',
  'featured',
] as const satisfies readonly (keyof ActivityFormValues)[];

/** The api's names of fields that the form shows under another name. */
const FIELD_OF_INPUT = { organizerIds: 'organizers' } as const;

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
  const form = useForm<ActivityFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      title: (value) => (value.trim() ? null : t('activities.form.titleRequired')),
      startDate: (value) => (value ? null : t('activities.form.startRequired')),
      endDate: (value, values) => (value && value < values.startDate ? t('activities.form.endBeforeStart') : null),
      countryCode: (value, values) => (!values.online && !value ? t('activities.form.countryRequired') : null),
      participantsWomen: (value, values) =>
        values.participants !== null && value !== null && value > values.participants
          ? t('activities.form.womenTooMany')
          : null,
    },
  });
  const fieldErrors = useFieldErrors(form);
  // An api error about none of the fields: shown above the buttons.
  const [error, setError] = useState<unknown>(null);
  const { data: options } = useQuery(ActivityFormOptionsDocument, { variables: { language } });
  const [recordActivity] = useMutation(RecordActivityDocument);
  const [updateActivity] = useMutation(UpdateActivityDocument);

  const submit = async (values: ActivityFormValues) => {
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
      if (!fieldErrors.showApiError(caught, FIELDS, FIELD_OF_INPUT)) setError(caught);
    }
  };
  const submitForm = fieldErrors.onSubmit(submit);

  const numberProps = { min: 0, allowNegative: false, allowDecimal: false, thousandSeparator: ',' } as const;

  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <form
        onSubmit={(event) => {
          setError(null);
          submitForm(event);
        }}
        noValidate
      >
        <Stack gap="md" maw={860}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('activities.type')}
              required
              data={ACTIVITY_TYPES.map((value) => ({ value, label: t(`enums.activityType.${value}`) }))}
              {...form.getInputProps('type')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <Switch
              label={t('activities.form.featured')}
              description={t('activities.form.featuredHelp')}
              {...form.getInputProps('featured', { type: 'checkbox' })}
              mt={{ sm: 'lg' }}
            />
          </SimpleGrid>
          <TextInput
            label={t('activities.titleLabel')}
            required
            maxLength={THREAD_TITLE_MAX_LENGTH}
            {...form.getInputProps('title')}
            dir="auto"
            autoFocus
          />
          <Textarea
            label={t('activities.description')}
            autosize
            minRows={3}
            maxRows={12}
            maxLength={DESCRIPTION_MAX_LENGTH}
            {...form.getInputProps('description')}
            dir="auto"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <DayField label={t('activities.startDate')} required {...form.getInputProps('startDate')} />
            <DayField
              label={t('activities.endDate')}
              description={t('activities.form.endHelp')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              {...form.getInputProps('endDate')}
              minDate={form.values.startDate || undefined}
            />
          </SimpleGrid>
          <Checkbox label={t('activities.form.online')} {...form.getInputProps('online', { type: 'checkbox' })} />
          {!form.values.online && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <CountrySelect
                label={t('activities.country')}
                required
                {...form.getInputProps('countryCode')}
                value={form.values.countryCode}
              />
              <TextInput
                label={t('activities.city')}
                maxLength={NAME_MAX_LENGTH}
                {...form.getInputProps('city')}
                dir="auto"
              />
            </SimpleGrid>
          )}
          <OrganizationListField
            label={t('activities.organizers')}
            description={t('activities.form.organizersHelp')}
            {...form.getInputProps('organizers')}
            value={form.values.organizers}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <ProjectSelect
              label={t('activities.project')}
              {...form.getInputProps('projectId')}
              value={form.values.projectId}
            />
            <Select
              label={t('activities.workingGroup')}
              description={t('activities.form.workingGroupHelp')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data={(options?.workingGroups ?? []).map((group) => ({ value: group.id, label: group.name }))}
              {...form.getInputProps('workingGroupId')}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('activities.pillars')}
            data={PILLARS.map((pillar) => ({ value: pillar, label: t(`enums.pillar.${pillar}`) }))}
            {...form.getInputProps('pillars')}
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
            <NumberInput
              {...numberProps}
              label={t('activities.participants')}
              {...form.getInputProps('participants')}
              value={form.values.participants ?? ''}
              onChange={(value) => form.setFieldValue('participants', count(value))}
            />
            <NumberInput
              {...numberProps}
              label={t('activities.participantsWomen')}
              {...form.getInputProps('participantsWomen')}
              value={form.values.participantsWomen ?? ''}
              onChange={(value) => form.setFieldValue('participantsWomen', count(value))}
            />
            <NumberInput
              {...numberProps}
              label={t('activities.individualsTrained')}
              {...form.getInputProps('individualsTrained')}
              onChange={(value) => form.setFieldValue('individualsTrained', count(value) ?? 0)}
            />
          </SimpleGrid>
          {error !== null && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={form.submitting}>
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
