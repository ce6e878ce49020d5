import { useState } from 'react';
import { Alert, Button, Card, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  type AssistanceRequestStatus,
  type Classification,
  type Pillar,
  PILLARS,
  PRIORITIES,
  type Priority,
  REQUEST_NOTE_MAX_LENGTH,
  REQUEST_TEXT_MAX_LENGTH,
  REQUEST_TITLE_MAX_LENGTH,
  type SharingScope,
} from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { MarkingField } from '../discussions';
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
  /** Chosen for a new request only: afterwards it changes through its own dialog, with a reason. */
  classification: Classification;
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
  classification: 'UNCLASSIFIED',
};

/** The fields the form shows: an api error about one of them is shown next to it. */
const FIELDS = Object.keys(EMPTY_REQUEST) as (keyof RequestFormValues)[];

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
  // What the api would refuse, said before asking it.
  const form = useForm<RequestFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      title: (value) => (value.trim() ? null : t('requests.form.titleRequired')),
      description: (value) => (value.trim() ? null : t('requests.form.descriptionRequired')),
      sharedEntityIds: (value, values) =>
        values.sharingScope === 'NAMED_ENTITIES' && value.length === 0 ? t('requests.form.entitiesRequired') : null,
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [pending, setPending] = useState<'draft' | 'submit' | null>(null);
  // An api error about none of the fields: shown above the buttons.
  const [error, setError] = useState<unknown>(null);
  const { data: options } = useQuery(RequestFormOptionsDocument, { variables: { language: format.language } });
  const [submitRequest] = useMutation(SubmitAssistanceRequestDocument);
  const [updateRequest] = useMutation(UpdateAssistanceRequestDocument);
  const [transitionRequest] = useMutation(TransitionAssistanceRequestDocument);

  const isDraft = !request || request.status === 'DRAFT';

  const save = async (values: RequestFormValues, submit: boolean) => {
    if (pending) return;
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
            input: {
              ...fields,
              ...scope,
              workingGroupId: values.workingGroupId,
              classification: values.classification,
              draft: !submit,
            },
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
      if (!fieldErrors.showApiError(caught, FIELDS)) setError(caught);
    } finally {
      setPending(null);
    }
  };

  /** Checks the fields, then saves: submitted (`submit`), or as a draft. */
  const saveForm = (submit: boolean) => {
    setError(null);
    return fieldErrors.onSubmit((values) => save(values, submit));
  };

  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <form onSubmit={(event) => saveForm(isDraft)(event)} noValidate>
        <Stack gap="md" maw={820}>
          <TextInput
            label={t('requests.titleLabel')}
            description={t('requests.form.titleHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
            maxLength={REQUEST_TITLE_MAX_LENGTH}
            {...form.getInputProps('title')}
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
            {...form.getInputProps('description')}
            dir="auto"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('requests.workingGroup')}
              placeholder={t('requests.form.workingGroupPlaceholder')}
              data={(options?.workingGroups ?? []).map((group) => ({ value: group.id, label: group.name }))}
              {...form.getInputProps('workingGroupId')}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              comboboxProps={{ withinPortal: true }}
              nothingFoundMessage={t('requests.form.nothingFound')}
            />
            <Select
              label={t('requests.priority')}
              data={PRIORITIES.map((value) => ({ value, label: t(`enums.priority.${value}`) }))}
              {...form.getInputProps('priority')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <MultiSelect
              label={t('requests.pillars')}
              placeholder={form.values.pillars.length === 0 ? t('discussions.pillarsPlaceholder') : undefined}
              data={PILLARS.map((pillar) => ({ value: pillar, label: t(`enums.pillar.${pillar}`) }))}
              {...form.getInputProps('pillars')}
              comboboxProps={{ withinPortal: true }}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
            />
            <TextInput
              label={t('requests.desiredTimeframe')}
              placeholder={t('requests.form.timeframePlaceholder')}
              maxLength={REQUEST_TITLE_MAX_LENGTH}
              {...form.getInputProps('desiredTimeframe')}
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
            {...form.getInputProps('beneficiaryInstitutions')}
            dir="auto"
          />
          <SharingFields
            scope={form.getInputProps('sharingScope')}
            entityIds={form.getInputProps('sharedEntityIds')}
            entities={options?.organizations.edges.map((edge) => edge.node) ?? []}
            editable={isDraft}
          />
          {!request && <MarkingField record="request" input={form.getInputProps('classification')} />}
          {error !== null && (
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
                  onClick={() => saveForm(false)()}
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
