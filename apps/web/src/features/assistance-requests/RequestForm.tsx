import { type FormEvent, useState } from 'react';
import { Alert, Button, Card, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  type AssistanceRequestStatus,
  type Pillar,
  PILLARS,
  PRIORITIES,
  type Priority,
  REQUEST_NOTE_MAX_LENGTH,
  REQUEST_TEXT_MAX_LENGTH,
  REQUEST_TITLE_MAX_LENGTH,
  type SharingScope,
} from '@ctcp/shared';
import { errorDetail, errorField } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import {
  RequestFormOptionsDocument,
  SubmitAssistanceRequestDocument,
  TransitionAssistanceRequestDocument,
  UpdateAssistanceRequestDocument,
} from './operations';
import { SharingFields } from './SharingFields';

interface RequestFormValues {
  title: string;
  description: string;
  workingGroupId: string | null;
  pillars: Pillar[];
  priority: Priority;
  desiredTimeframe: string;
  beneficiaryInstitutions: string;
  sharingScope: SharingScope;
  sharedEntityIds: string[];
}

const EMPTY_REQUEST: RequestFormValues = {
  title: '',
  description: '',
  workingGroupId: null,
  pillars: [],
  priority: 'MEDIUM',
  desiredTimeframe: '',
  beneficiaryInstitutions: '',
  sharingScope: 'ALL_ENTITIES',
  sharedEntityIds: [],
};

type Problems = Partial<Record<keyof RequestFormValues, string>>;

/** What the api would refuse, said before asking it. */
function requestFormProblems(
  values: RequestFormValues,
  messages: { title: string; description: string; entities: string },
): Problems {
  const problems: Problems = {};
  if (!values.title.trim()) problems.title = messages.title;
  if (!values.description.trim()) problems.description = messages.description;
  if (values.sharingScope === 'NAMED_ENTITIES' && values.sharedEntityIds.length === 0) {
    problems.sharedEntityIds = messages.entities;
  }
  return problems;
}

const isPillar = (value: string): value is Pillar => (PILLARS as readonly string[]).includes(value);
const isPriority = (value: unknown): value is Priority =>
  typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value);

/** The fields the form shows: an api error about one of them is shown next to it. */
const FIELDS = new Set<string>(Object.keys(EMPTY_REQUEST));

interface RequestFormProps {
  initial?: RequestFormValues;
  /** The request being edited; none for a new one. */
  request?: { id: string; status: AssistanceRequestStatus };
}

/**
 * A State's request: new, or a draft being finished (saved as a draft, or submitted), or a submitted
 * request corrected by a coordinator (whose sharing scope only the State sets, before submitting).
 */
export function RequestForm({ initial = EMPTY_REQUEST, request }: RequestFormProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const errorTitle = useErrorTitle();
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [pending, setPending] = useState<'draft' | 'submit' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { data: options } = useQuery(RequestFormOptionsDocument, { variables: { language: format.language } });
  const [submitRequest] = useMutation(SubmitAssistanceRequestDocument);
  const [updateRequest] = useMutation(UpdateAssistanceRequestDocument);
  const [transitionRequest] = useMutation(TransitionAssistanceRequestDocument);

  const isDraft = !request || request.status === 'DRAFT';
  const problems = requestFormProblems(values, {
    title: t('requests.form.titleRequired'),
    description: t('requests.form.descriptionRequired'),
    entities: t('requests.form.entitiesRequired'),
  });
  const serverField = errorField(error);
  const fieldError = (field: keyof RequestFormValues) =>
    (attempted && problems[field]) || (serverField === field ? errorDetail(error) : undefined);

  const set = <K extends keyof RequestFormValues>(field: K, value: RequestFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const save = async (submit: boolean) => {
    setAttempted(true);
    setError(null);
    if (Object.keys(problems).length > 0 || pending) return;
    setPending(submit ? 'submit' : 'draft');
    const fields = {
      title: values.title.trim(),
      description: values.description.trim(),
      pillars: values.pillars,
      priority: values.priority,
      desiredTimeframe: values.desiredTimeframe.trim(),
      beneficiaryInstitutions: values.beneficiaryInstitutions.trim(),
    };
    const scope = {
      sharingScope: values.sharingScope,
      sharedEntityIds: values.sharingScope === 'NAMED_ENTITIES' ? values.sharedEntityIds : [],
    };
    try {
      let id = request?.id;
      if (!id) {
        const { data } = await submitRequest({
          variables: {
            input: { ...fields, ...scope, workingGroupId: values.workingGroupId, draft: !submit },
          },
        });
        id = data?.submitAssistanceRequest.id;
      } else {
        await updateRequest({
          variables: {
            input: { id, ...fields, ...(isDraft ? scope : {}), workingGroupId: values.workingGroupId ?? '' },
          },
        });
        if (submit) await transitionRequest({ variables: { input: { id, to: 'SUBMITTED' } } });
      }
      if (id) navigate(`/requests/${id}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(null);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(isDraft);
  };

  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md" maw={820}>
          <TextInput
            label={t('requests.titleLabel')}
            description={t('requests.form.titleHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
            maxLength={REQUEST_TITLE_MAX_LENGTH}
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={fieldError('title')}
            dir="auto"
            autoFocus
          />
          <Textarea
            label={t('requests.description')}
            description={t('requests.form.descriptionHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
            autosize
            minRows={6}
            maxRows={20}
            maxLength={REQUEST_TEXT_MAX_LENGTH}
            value={values.description}
            onChange={(event) => set('description', event.currentTarget.value)}
            error={fieldError('description')}
            dir="auto"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('requests.workingGroup')}
              placeholder={t('requests.form.workingGroupPlaceholder')}
              data={(options?.workingGroups ?? []).map((group) => ({ value: group.id, label: group.name }))}
              value={values.workingGroupId}
              onChange={(value) => set('workingGroupId', value)}
              error={fieldError('workingGroupId')}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              comboboxProps={{ withinPortal: true }}
              nothingFoundMessage={t('requests.form.nothingFound')}
            />
            <Select
              label={t('requests.priority')}
              data={PRIORITIES.map((value) => ({ value, label: t(`enums.priority.${value}`) }))}
              value={values.priority}
              onChange={(value) => isPriority(value) && set('priority', value)}
              error={fieldError('priority')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <MultiSelect
              label={t('requests.pillars')}
              placeholder={values.pillars.length === 0 ? t('discussions.pillarsPlaceholder') : undefined}
              data={PILLARS.map((pillar) => ({ value: pillar, label: t(`enums.pillar.${pillar}`) }))}
              value={values.pillars}
              onChange={(chosen) => set('pillars', chosen.filter(isPillar))}
              error={fieldError('pillars')}
              comboboxProps={{ withinPortal: true }}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
            />
            <TextInput
              label={t('requests.desiredTimeframe')}
              placeholder={t('requests.form.timeframePlaceholder')}
              maxLength={REQUEST_TITLE_MAX_LENGTH}
              value={values.desiredTimeframe}
              onChange={(event) => set('desiredTimeframe', event.currentTarget.value)}
              error={fieldError('desiredTimeframe')}
              dir="auto"
            />
          </SimpleGrid>
          <Textarea
            label={t('requests.beneficiaryInstitutions')}
            description={t('requests.form.beneficiariesHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={REQUEST_NOTE_MAX_LENGTH}
            value={values.beneficiaryInstitutions}
            onChange={(event) => set('beneficiaryInstitutions', event.currentTarget.value)}
            error={fieldError('beneficiaryInstitutions')}
            dir="auto"
          />
          <SharingFields
            scope={values.sharingScope}
            entityIds={values.sharedEntityIds}
            onScopeChange={(scope) => set('sharingScope', scope)}
            onEntitiesChange={(ids) => set('sharedEntityIds', ids)}
            entities={options?.organizations.edges.map((edge) => edge.node) ?? []}
            editable={isDraft}
            errors={{ scope: fieldError('sharingScope'), entities: fieldError('sharedEntityIds') }}
          />
          {error !== null && !(serverField && FIELDS.has(serverField)) && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group gap="sm">
            {isDraft ? (
              <>
                <Button type="submit" loading={pending === 'submit'} disabled={pending === 'draft'}>
                  {t('requests.form.submit')}
                </Button>
                <Button
                  variant="default"
                  onClick={() => void save(false)}
                  loading={pending === 'draft'}
                  disabled={pending === 'submit'}
                >
                  {t('requests.form.saveDraft')}
                </Button>
              </>
            ) : (
              <Button type="submit" loading={pending !== null}>
                {t('requests.form.saveChanges')}
              </Button>
            )}
            <Button component={Link} to={request ? `/requests/${request.id}` : '/requests'} variant="subtle">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
