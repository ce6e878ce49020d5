import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  type Classification,
  DESCRIPTION_MAX_LENGTH,
  PILLARS,
  type Pillar,
  PROJECT_STATUSES,
  type ProjectStatus,
  THREAD_TITLE_MAX_LENGTH,
} from '@ctcp/shared';
import { CountryMultiSelect } from '../../components/CountrySelect';
import { DayField } from '../../components/DateFields';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import type { ProjectFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { type OrganizationOption, organizationLabel, OrganizationSelect } from '../../components/OrganizationSelect';
import { MarkingField } from '../discussions';
import { CreateProjectDocument, ProjectFormOptionsDocument, UpdateProjectDocument } from './operations';
import { PartnersField, type PartnerValue } from './PartnersField';

export interface ProjectFormValues {
  title: string;
  summary: string;
  lead: OrganizationOption | null;
  partners: PartnerValue[];
  beneficiaryCountryCodes: string[];
  beneficiaryRegions: string[];
  pillars: Pillar[];
  workingGroupId: string | null;
  status: ProjectStatus;
  startDate: string;
  endDate: string;
  budgetUsd: number | null;
  /** Chosen for a new project only: afterwards it changes through its own dialog, with a reason. */
  classification: Classification;
}

export const EMPTY_PROJECT: ProjectFormValues = {
  title: '',
  summary: '',
  lead: null,
  partners: [],
  beneficiaryCountryCodes: [],
  beneficiaryRegions: [],
  pillars: [],
  workingGroupId: null,
  status: 'PLANNED',
  startDate: '',
  endDate: '',
  budgetUsd: null,
  classification: 'UNCLASSIFIED',
};

/** The form's values for a project being edited. */
export function projectFormValues(project: ProjectFieldsFragment): ProjectFormValues {
  return {
    title: project.title,
    summary: project.summary,
    lead: project.leadEntity,
    partners: project.partners.map((partner) => ({ organization: partner.organization, role: partner.role })),
    beneficiaryCountryCodes: project.beneficiaryCountryCodes,
    beneficiaryRegions: project.beneficiaryRegions,
    pillars: project.pillars,
    workingGroupId: project.workingGroup?.id ?? null,
    status: project.status,
    startDate: project.startDate,
    endDate: project.endDate ?? '',
    budgetUsd: project.budgetUsd ?? null,
    classification: project.classification,
  };
}

/** The fields shown with an error next to them: an api error about one of them is shown there. */
const FIELDS = [
  'title',
  'summary',
  'lead',
  'beneficiaryCountryCodes',
  'beneficiaryRegions',
  'pillars',
  'workingGroupId',
  'status',
  'budgetUsd',
  'startDate',
  'endDate',
  'classification',
] as const satisfies readonly (keyof ProjectFormValues)[];

/** The api's names of fields that the form shows under another name. */
const FIELD_OF_INPUT = { leadEntityId: 'lead' } as const;

/** A new joint project (coordinators), or changes to one (its editors). */
export function ProjectForm({
  initial = EMPTY_PROJECT,
  projectId,
}: {
  initial?: ProjectFormValues;
  projectId?: string;
}) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const navigate = useNavigate();
  const errorTitle = useErrorTitle();
  const form = useForm<ProjectFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      title: (value) => (value.trim() ? null : t('projects.form.titleRequired')),
      lead: (value) => (value ? null : t('projects.form.leadRequired')),
      startDate: (value) => (value ? null : t('projects.form.startRequired')),
      endDate: (value, values) =>
        value && values.startDate && value < values.startDate ? t('projects.form.endBeforeStart') : null,
    },
  });
  const fieldErrors = useFieldErrors(form);
  // An api error about none of the fields: shown above the buttons.
  const [error, setError] = useState<unknown>(null);
  const { data: options } = useQuery(ProjectFormOptionsDocument, { variables: { language } });
  const [createProject] = useMutation(CreateProjectDocument);
  const [updateProject] = useMutation(UpdateProjectDocument);

  const save = async (values: ProjectFormValues) => {
    const common = {
      title: values.title.trim(),
      summary: values.summary.trim(),
      beneficiaryCountryCodes: values.beneficiaryCountryCodes,
      beneficiaryRegions: values.beneficiaryRegions,
      pillars: values.pillars,
      status: values.status,
      startDate: values.startDate,
    };
    const partners = values.partners.map((partner) => ({
      organizationId: partner.organization.id,
      role: partner.role,
    }));
    if (projectId) {
      await updateProject({
        variables: {
          language,
          input: {
            id: projectId,
            ...common,
            partners,
            // null clears what the form emptied.
            endDate: values.endDate || null,
            budgetUsd: values.budgetUsd ?? null,
            workingGroupId: values.workingGroupId ?? null,
          },
        },
      });
      return projectId;
    }
    const { data } = await createProject({
      variables: {
        input: {
          ...common,
          leadEntityId: values.lead!.id,
          partners,
          endDate: values.endDate || null,
          budgetUsd: values.budgetUsd,
          workingGroupId: values.workingGroupId,
          classification: values.classification,
        },
      },
    });
    return data?.createProject.id;
  };

  const submit = async (values: ProjectFormValues) => {
    try {
      const id = await save(values);
      if (id) navigate(`/projects/${id}`);
    } catch (caught) {
      if (!fieldErrors.showApiError(caught, FIELDS, FIELD_OF_INPUT)) setError(caught);
    }
  };
  const submitForm = fieldErrors.onSubmit(submit);

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
          <TextInput
            label={t('projects.titleLabel')}
            required
            maxLength={THREAD_TITLE_MAX_LENGTH}
            {...form.getInputProps('title')}
            dir="auto"
            autoFocus
          />
          <Textarea
            label={t('projects.summary')}
            autosize
            minRows={4}
            maxRows={14}
            maxLength={DESCRIPTION_MAX_LENGTH}
            {...form.getInputProps('summary')}
            dir="auto"
          />
          {projectId ? (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t('projects.leadEntity')}
              </Text>
              <Text>
                <bdi>{form.values.lead && organizationLabel(form.values.lead)}</bdi>
              </Text>
            </Stack>
          ) : (
            <OrganizationSelect
              label={t('projects.leadEntity')}
              placeholder={t('invitations.organizationPlaceholder')}
              kind="COMPACT_ENTITY"
              required
              {...form.getInputProps('lead')}
              value={form.values.lead}
            />
          )}
          <PartnersField
            {...form.getInputProps('partners', { withError: false })}
            value={form.values.partners}
            leadEntityId={form.values.lead?.id ?? null}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <CountryMultiSelect
              label={t('projects.beneficiaryCountries')}
              {...form.getInputProps('beneficiaryCountryCodes')}
              value={form.values.beneficiaryCountryCodes}
            />
            <TagsInput
              label={t('projects.beneficiaryRegions')}
              description={t('projects.form.regionsHelp')}
              {...form.getInputProps('beneficiaryRegions')}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
            />
            <MultiSelect
              label={t('projects.pillars')}
              data={PILLARS.map((pillar) => ({ value: pillar, label: t(`enums.pillar.${pillar}`) }))}
              {...form.getInputProps('pillars')}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('projects.workingGroup')}
              data={(options?.workingGroups ?? []).map((group) => ({ value: group.id, label: group.name }))}
              {...form.getInputProps('workingGroupId')}
              searchable
              clearable={!projectId}
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('projects.status')}
              data={PROJECT_STATUSES.map((value) => ({ value, label: t(`enums.projectStatus.${value}`) }))}
              {...form.getInputProps('status')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <NumberInput
              label={t('projects.budgetUsd')}
              min={0}
              thousandSeparator=","
              allowNegative={false}
              decimalScale={2}
              {...form.getInputProps('budgetUsd')}
              value={form.values.budgetUsd ?? ''}
              onChange={(value) => form.setFieldValue('budgetUsd', typeof value === 'number' ? value : null)}
            />
            <DayField label={t('projects.startDate')} required {...form.getInputProps('startDate')} />
            <DayField label={t('projects.endDate')} {...form.getInputProps('endDate')} />
          </SimpleGrid>
          {!projectId && <MarkingField record="project" input={form.getInputProps('classification')} />}
          {error !== null && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={form.submitting}>
              {projectId ? t('projects.form.save') : t('projects.form.create')}
            </Button>
            <Button component={Link} to={projectId ? `/projects/${projectId}` : '/projects'} variant="subtle">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
