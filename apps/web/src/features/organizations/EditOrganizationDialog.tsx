import { Alert, Button, Checkbox, Group, Modal, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, MEMBERSHIP_STATUSES, type MembershipStatus } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { DayField } from '../../components/DateFields';
import { useFieldErrors } from '../../components/form';
import { useErrorTitle } from '../../components/QueryStates';
import type { OrganizationDetailQuery } from '../../gql/graphql';
import { type Names, NamesFields } from './NamesFields';
import { OrganizationDetailDocument, UpdateOrganizationDocument } from './operations';

type Organization = OrganizationDetailQuery['organization'];

interface OrganizationValues {
  names: Names;
  status: MembershipStatus;
  joinedAt: string;
  leftAt: string;
  confirmed: boolean;
}

/** Platform admins correct an organization's reference data. */
export function EditOrganizationDialog({ organization, onClose }: { organization: Organization; onClose: () => void }) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const isState = organization.kind === 'MEMBER_STATE' || organization.kind === 'OBSERVER_STATE';
  const form = useForm<OrganizationValues>({
    mode: 'controlled',
    initialValues: {
      names: {
        en: organization.names,
        fr: organization.nameFr,
        es: organization.nameEs,
        ru: organization.nameRu,
        zh: organization.nameZh,
        ar: organization.nameAr,
      },
      status: organization.status,
      joinedAt: organization.joinedAt ?? '',
      leftAt: organization.leftAt ?? '',
      confirmed: organization.confirmed,
    },
    validate: {
      names: { en: (value) => (value.trim() ? null : t('organizations.nameRequired')) },
      leftAt: (value, values) =>
        value && values.joinedAt && value < values.joinedAt ? t('organizations.leftBeforeJoined') : null,
    },
  });
  const fieldErrors = useFieldErrors(form);
  const [save, { loading, error }] = useMutation(UpdateOrganizationDocument, {
    refetchQueries: [OrganizationDetailDocument],
  });

  const submit = async ({ names, status, joinedAt, leftAt, confirmed }: OrganizationValues) => {
    const english = names.en.trim();
    // Every language is sent: one left blank reads as the English name.
    const given = Object.fromEntries(LANGUAGES.map((language) => [language, names[language].trim() || english]));
    const input = {
      id: organization.id,
      names: { ...given, en: english },
      status,
      joinedAt: joinedAt || null,
      leftAt: leftAt || null,
      confirmed,
    };
    try {
      await save({ variables: { input } });
      onClose();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('organizations.editTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <form onSubmit={fieldErrors.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <NamesFields form={form} />
          <Select
            label={isState ? t('organizations.unStatus') : t('organizations.compactStatus')}
            data={MEMBERSHIP_STATUSES.map((value) => ({
              value,
              label: isState ? t(`enums.stateStatus.${value}`) : t(`enums.compactStatus.${value}`),
            }))}
            {...form.getInputProps('status')}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Group grow>
            <DayField label={t('organizations.joinedAt')} {...form.getInputProps('joinedAt')} />
            <DayField label={t('organizations.leftAt')} {...form.getInputProps('leftAt')} />
          </Group>
          <Checkbox
            label={t('organizations.confirmedLabel')}
            {...form.getInputProps('confirmed', { type: 'checkbox' })}
          />
          {error && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
