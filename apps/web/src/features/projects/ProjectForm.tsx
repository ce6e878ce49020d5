import { type FormEvent, useState } from 'react';
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
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  DESCRIPTION_MAX_LENGTH,
  PILLARS,
  type Pillar,
  PROJECT_STATUSES,
  type ProjectStatus,
  THREAD_TITLE_MAX_LENGTH,
} from '@ctcp/shared';
import { CountryMultiSelect } from '../../components/CountrySelect';
import { errorDetail, errorField } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import type { ProjectFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { type OrganizationOption, organizationLabel, OrganizationSelect } from '../organizations/OrganizationSelect';
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
  };
}

type Problems = Partial<Record<keyof ProjectFormValues, string>>;

const isPillar = (value: string): value is Pillar => (PILLARS as readonly string[]).includes(value);
const isStatus = (value: unknown): value is ProjectStatus =>
  typeof value === 'string' && (PROJECT_STATUSES as readonly string[]).includes(value);

/** The api's names of fields that the form shows under another name. */
const FIELD_OF_INPUT: Record<string, keyof ProjectFormValues> = {
  leadEntityId: 'lead',
  partnerEntityIds: 'partners',
};

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
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { data: options } = useQuery(ProjectFormOptionsDocument, { variables: { language } });
  const [createProject] = useMutation(CreateProjectDocument);
  const [updateProject] = useMutation(UpdateProjectDocument);

  const problems: Problems = {};
  if (!values.title.trim()) problems.title = t('projects.form.titleRequired');
  if (!values.lead) problems.lead = t('projects.form.leadRequired');
  if (!values.startDate) problems.startDate = t('projects.form.startRequired');
  if (values.endDate && values.startDate && values.endDate < values.startDate) {
    problems.endDate = t('projects.form.endBeforeStart');
  }
  const serverField = errorField(error);
  const shownField = serverField ? (FIELD_OF_INPUT[serverField] ?? serverField) : undefined;
  const fieldError = (field: keyof ProjectFormValues) =>
    (attempted && problems[field]) || (shownField === field ? errorDetail(error) : undefined);
  const set = <K extends keyof ProjectFormValues>(field: K, value: ProjectFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const save = async () => {
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
        },
      },
    });
    return data?.createProject.id;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    setError(null);
    if (Object.keys(problems).length > 0 || saving) return;
    setSaving(true);
    try {
      const id = await save();
      if (id) navigate(`/projects/${id}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md" maw={860}>
          <TextInput
            label={t('projects.titleLabel')}
            required
            maxLength={THREAD_TITLE_MAX_LENGTH}
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={fieldError('title')}
            dir="auto"
            autoFocus
          />
          <Textarea
            label={t('projects.summary')}
            autosize
            minRows={4}
            maxRows={14}
            maxLength={DESCRIPTION_MAX_LENGTH}
            value={values.summary}
            onChange={(event) => set('summary', event.currentTarget.value)}
            error={fieldError('summary')}
            dir="auto"
          />
          {projectId ? (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t('projects.leadEntity')}
              </Text>
              <Text>
                <bdi>{values.lead && organizationLabel(values.lead)}</bdi>
              </Text>
            </Stack>
          ) : (
            <OrganizationSelect
              label={t('projects.leadEntity')}
              placeholder={t('invitations.organizationPlaceholder')}
              kind="COMPACT_ENTITY"
              required
              value={values.lead}
              onChange={(lead) => set('lead', lead)}
              error={fieldError('lead')}
            />
          )}
          <PartnersField
            value={values.partners}
            onChange={(partners) => set('partners', partners)}
            leadEntityId={values.lead?.id ?? null}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <CountryMultiSelect
              label={t('projects.beneficiaryCountries')}
              value={values.beneficiaryCountryCodes}
              onChange={(codes) => set('beneficiaryCountryCodes', codes)}
              error={fieldError('beneficiaryCountryCodes')}
            />
            <TagsInput
              label={t('projects.beneficiaryRegions')}
              description={t('projects.form.regionsHelp')}
              value={values.beneficiaryRegions}
              onChange={(regions) => set('beneficiaryRegions', regions)}
              error={fieldError('beneficiaryRegions')}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
            />
            <MultiSelect
              label={t('projects.pillars')}
              data={PILLARS.map((pillar) => ({ value: pillar, label: t(`enums.pillar.${pillar}`) }))}
              value={values.pillars}
              onChange={(chosen) => set('pillars', chosen.filter(isPillar))}
              error={fieldError('pillars')}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('projects.workingGroup')}
              data={(options?.workingGroups ?? []).map((group) => ({ value: group.id, label: group.name }))}
              value={values.workingGroupId}
              onChange={(value) => set('workingGroupId', value)}
              error={fieldError('workingGroupId')}
              searchable
              clearable={!projectId}
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('projects.status')}
              data={PROJECT_STATUSES.map((value) => ({ value, label: t(`enums.projectStatus.${value}`) }))}
              value={values.status}
              onChange={(value) => isStatus(value) && set('status', value)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <NumberInput
              label={t('projects.budgetUsd')}
              min={0}
              thousandSeparator=","
              allowNegative={false}
              decimalScale={2}
              value={values.budgetUsd ?? ''}
              onChange={(value) => set('budgetUsd', typeof value === 'number' ? value : null)}
              error={fieldError('budgetUsd')}
            />
            <TextInput
              type="date"
              label={t('projects.startDate')}
              required
              value={values.startDate}
              onChange={(event) => set('startDate', event.currentTarget.value)}
              error={fieldError('startDate')}
            />
            <TextInput
              type="date"
              label={t('projects.endDate')}
              value={values.endDate}
              onChange={(event) => set('endDate', event.currentTarget.value)}
              error={fieldError('endDate')}
            />
          </SimpleGrid>
          {error !== null && !shownField && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={saving}>
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
