import { useState } from 'react';
import { Alert, Anchor, Button, Modal, Select, Stack, Table, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { useErrorTitle } from '../../components/QueryStates';
import { CreateWorkPlanDocument, WorkPlanOwnersDocument, WorkPlansDocument } from './operations';

/** The work plans the viewer may read, the latest half year first. */
export function WorkPlansPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(WorkPlansDocument, { fetchPolicy: 'cache-and-network' });
  // The groups whose plans the viewer may make: the form is offered only to those who may use it.
  const owners = useQuery(WorkPlanOwnersDocument);
  const creatable = (owners.data?.workingGroups ?? []).filter((group) => group.viewerMayCreateWorkPlan);
  if (!data) {
    return <LoadingOrErrorPage title={t('workPlans.title')} loading={loading} error={error} onRetry={refetch} />;
  }
  const plans = data.workPlans.edges.map((edge) => edge.node);
  return (
    <Page
      title={t('workPlans.title')}
      description={t('workPlans.intro')}
      actions={creatable.length > 0 && <Button onClick={() => setCreating(true)}>{t('workPlans.create')}</Button>}
    >
      {plans.length === 0 ? (
        <Alert variant="light">{t('workPlans.none')}</Alert>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('workPlans.plan')}</Table.Th>
              <Table.Th>{t('workPlans.owner')}</Table.Th>
              <Table.Th>{t('workPlans.period')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.map((plan) => (
              <Table.Tr key={plan.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/work-plans/${plan.id}`}>
                    <bdi>{plan.title}</bdi>
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <bdi>
                    {plan.workingGroup
                      ? plan.workingGroup.name
                      : `${plan.organization?.acronym ?? ''} / ${plan.unit?.acronym ?? ''}`}
                  </bdi>
                </Table.Td>
                <Table.Td>{t('workPlans.halfYear', { year: plan.year, half: plan.half })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && <CreateWorkPlanDialog groups={creatable} onClose={() => setCreating(false)} />}
    </Page>
  );
}

function CreateWorkPlanDialog({
  groups,
  onClose,
}: {
  groups: readonly { id: string; name: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorTitle = useErrorTitle();
  const year = new Date().getUTCFullYear();
  const form = useForm({
    mode: 'controlled',
    initialValues: { workingGroupId: '', year: String(year), half: '1', title: '' },
    validate: {
      workingGroupId: (value: string) => (value ? null : t('workPlans.groupRequired')),
      title: (value: string) => (value.trim() ? null : t('workPlans.titleRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [create, { loading, error }] = useMutation(CreateWorkPlanDocument);

  const submit = async (values: typeof form.values) => {
    try {
      const result = await create({
        variables: {
          input: {
            workingGroupId: values.workingGroupId,
            year: Number(values.year),
            half: Number(values.half),
            title: values.title.trim(),
          },
        },
      });
      if (result.data) navigate(`/work-plans/${result.data.createWorkPlan.id}`);
    } catch (caught) {
      fieldErrors.showApiError(caught, ['workingGroupId', 'year', 'half', 'title']);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('workPlans.create')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack>
          <Select
            label={t('workPlans.workingGroup')}
            required
            data={groups.map((group) => ({ value: group.id, label: group.name }))}
            {...form.getInputProps('workingGroupId')}
          />
          <Select
            label={t('workPlans.year')}
            data={[year - 1, year, year + 1].map(String)}
            allowDeselect={false}
            {...form.getInputProps('year')}
          />
          <Select
            label={t('workPlans.half')}
            data={[
              { value: '1', label: t('workPlans.firstHalf') },
              { value: '2', label: t('workPlans.secondHalf') },
            ]}
            allowDeselect={false}
            {...form.getInputProps('half')}
          />
          <TextInput label={t('workPlans.planTitle')} required {...form.getInputProps('title')} />
          {error && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Button type="submit" loading={loading}>
            {t('workPlans.create')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
