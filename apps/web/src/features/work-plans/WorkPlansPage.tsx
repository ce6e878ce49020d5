import { useState } from 'react';
import { Alert, Anchor, Button, Group, Modal, Radio, Select, Stack, Table, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorDetail } from '../../components/errors';
import { useFieldErrors } from '../../components/form';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { type OrganizationOption, OrganizationSelect } from '../../components/OrganizationSelect';
import { Page } from '../../components/Page';
import { useErrorTitle } from '../../components/QueryStates';
import { useSession } from '../../session';
import { unitLabel, UnitSelect } from './LinkFields';
import { CreateWorkPlanDocument, UnitChoicesDocument, WorkPlanOwnersDocument, WorkPlansDocument } from './operations';
import { type UnitPlanScope, unitPlanScope } from './unit-plans';

/** The work plans the viewer may read, the latest half year first. */
export function WorkPlansPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(WorkPlansDocument, { fetchPolicy: 'cache-and-network' });
  // The groups whose plans the viewer may make: the form is offered only to those who may use it.
  const owners = useQuery(WorkPlanOwnersDocument);
  const creatable = (owners.data?.workingGroups ?? []).filter((group) => group.viewerMayCreateWorkPlan);
  // The units whose plans the viewer may make: an organization's admins, only when it has units.
  const session = useSession();
  const scope = session.can ? unitPlanScope(session.can, session.user) : null;
  const ownUnits = useQuery(UnitChoicesDocument, {
    variables: { organizationId: scope?.kind === 'own' ? scope.organizationId : '' },
    skip: scope?.kind !== 'own',
  });
  const unitScope = scope?.kind === 'own' && (ownUnits.data?.organization.units.length ?? 0) === 0 ? null : scope;
  const mayCreate = creatable.length > 0 || unitScope !== null;
  if (!data) {
    return <LoadingOrErrorPage title={t('workPlans.title')} loading={loading} error={error} onRetry={refetch} />;
  }
  const plans = data.workPlans.edges.map((edge) => edge.node);
  return (
    <Page
      title={t('workPlans.title')}
      description={t('workPlans.intro')}
      actions={mayCreate && <Button onClick={() => setCreating(true)}>{t('workPlans.create')}</Button>}
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
                  {plan.workingGroup ? (
                    <bdi>{plan.workingGroup.name}</bdi>
                  ) : (
                    <Stack gap={0}>
                      <bdi>{plan.unit ? unitLabel(plan.unit) : ''}</bdi>
                      {plan.organization && (
                        <Anchor component={Link} to={`/organizations/${plan.organization.id}`} size="xs">
                          <bdi>{plan.organization.acronym ?? plan.organization.name}</bdi>
                        </Anchor>
                      )}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>{t('workPlans.halfYear', { year: plan.year, half: plan.half })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && <CreateWorkPlanDialog groups={creatable} unitScope={unitScope} onClose={() => setCreating(false)} />}
    </Page>
  );
}

type OwnerKind = 'group' | 'unit';

function CreateWorkPlanDialog({
  groups,
  unitScope,
  onClose,
}: {
  groups: readonly { id: string; name: string }[];
  /** Whose units the viewer may plan for; null: working groups only. */
  unitScope: UnitPlanScope;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorTitle = useErrorTitle();
  const year = new Date().getUTCFullYear();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      ownerKind: (groups.length > 0 ? 'group' : 'unit') as OwnerKind,
      workingGroupId: '',
      organization: null as OrganizationOption | null,
      unitId: '',
      year: String(year),
      half: '1',
      title: '',
    },
    validate: {
      workingGroupId: (value: string, values) =>
        values.ownerKind !== 'group' || value ? null : t('workPlans.groupRequired'),
      organization: (value: OrganizationOption | null, values) =>
        values.ownerKind !== 'unit' || unitScope?.kind !== 'any' || value ? null : t('workPlans.organizationRequired'),
      unitId: (value: string, values) => (values.ownerKind !== 'unit' || value ? null : t('workPlans.unitRequired')),
      title: (value: string) => (value.trim() ? null : t('workPlans.titleRequired')),
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [create, { loading, error }] = useMutation(CreateWorkPlanDocument);
  const { ownerKind } = form.values;
  const unitOrganizationId =
    unitScope?.kind === 'own' ? unitScope.organizationId : (form.values.organization?.id ?? null);

  const submit = async (values: typeof form.values) => {
    try {
      const owner =
        values.ownerKind === 'group' ? { workingGroupId: values.workingGroupId } : { unitId: values.unitId };
      const result = await create({
        variables: {
          input: { ...owner, year: Number(values.year), half: Number(values.half), title: values.title.trim() },
        },
      });
      if (result.data) navigate(`/work-plans/${result.data.createWorkPlan.id}`);
    } catch (caught) {
      fieldErrors.showApiError(caught, ['workingGroupId', 'unitId', 'year', 'half', 'title']);
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
          {groups.length > 0 && unitScope && (
            <Radio.Group label={t('workPlans.ownerKind')} {...form.getInputProps('ownerKind')}>
              <Group gap="lg" mt="xs">
                <Radio value="group" label={t('workPlans.ownerGroup')} />
                <Radio value="unit" label={t('workPlans.ownerUnit')} />
              </Group>
            </Radio.Group>
          )}
          {ownerKind === 'group' ? (
            <Select
              label={t('workPlans.workingGroup')}
              required
              data={groups.map((group) => ({ value: group.id, label: group.name }))}
              {...form.getInputProps('workingGroupId')}
            />
          ) : (
            <>
              {unitScope?.kind === 'any' && (
                <OrganizationSelect
                  label={t('workPlans.organization')}
                  placeholder={t('invitations.organizationPlaceholder')}
                  required
                  value={form.values.organization}
                  error={typeof form.errors.organization === 'string' ? form.errors.organization : undefined}
                  onChange={(organization) => {
                    // Units belong to their organization: another organization starts a new choice.
                    form.setFieldValue('organization', organization);
                    form.setFieldValue('unitId', '');
                  }}
                />
              )}
              <UnitSelect
                label={t('workPlans.unit')}
                required
                organizationId={unitOrganizationId}
                value={form.values.unitId || null}
                error={form.errors.unitId}
                onChange={(unitId) => form.setFieldValue('unitId', unitId ?? '')}
              />
            </>
          )}
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
          {error && !Object.keys(form.errors).length && (
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
