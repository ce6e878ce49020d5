import { useState } from 'react';
import { Button, CloseButton, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTNER_ROLES, type PartnerRole } from '@ctcp/shared';
import { isolate } from '../../i18n/bidi';
import { type OrganizationOption, organizationLabel, OrganizationSelect } from '../../components/OrganizationSelect';

export interface PartnerValue {
  organization: OrganizationOption;
  role: PartnerRole;
}

const isRole = (value: unknown): value is PartnerRole =>
  typeof value === 'string' && (PARTNER_ROLES as readonly string[]).includes(value);

interface PartnersFieldProps {
  value: PartnerValue[];
  onChange: (partners: PartnerValue[]) => void;
  /** The lead entity cannot be a partner too. */
  leadEntityId: string | null;
}

/** Partner entities of a project, each with its role: picked one by one. */
export function PartnersField({ value, onChange, leadEntityId }: PartnersFieldProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<OrganizationOption | null>(null);
  // A new picker after each addition: it starts empty again.
  const [pickerKey, setPickerKey] = useState(0);

  const add = () => {
    if (pending && pending.id !== leadEntityId && !value.some((partner) => partner.organization.id === pending.id)) {
      onChange([...value, { organization: pending, role: 'CO_IMPLEMENTER' }]);
    }
    setPending(null);
    setPickerKey((key) => key + 1);
  };

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <div style={{ flex: 1, minWidth: 0 }}>
          <OrganizationSelect
            key={pickerKey}
            label={t('projects.partners')}
            description={t('projects.form.partnersHelp')}
            placeholder={t('invitations.organizationPlaceholder')}
            kind="COMPACT_ENTITY"
            value={pending}
            onChange={setPending}
          />
        </div>
        <Button variant="default" onClick={add} disabled={!pending}>
          {t('projects.form.addPartner')}
        </Button>
      </Group>
      {value.length > 0 && (
        <Stack component="ul" className="plain-list" gap={4} aria-label={t('projects.partners')}>
          {value.map((partner, index) => {
            const name = isolate(partner.organization.acronym ?? partner.organization.name);
            return (
              <Group component="li" key={partner.organization.id} gap="xs" wrap="nowrap" className="chosen-item">
                <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
                  <bdi>{organizationLabel(partner.organization)}</bdi>
                </Text>
                <Select
                  aria-label={t('projects.form.roleOf', { name })}
                  size="xs"
                  w={190}
                  data={PARTNER_ROLES.map((role) => ({ value: role, label: t(`enums.partnerRole.${role}`) }))}
                  value={partner.role}
                  onChange={(role) =>
                    isRole(role) && onChange(value.map((other, at) => (at === index ? { ...other, role } : other)))
                  }
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: true }}
                />
                <CloseButton
                  size="sm"
                  aria-label={t('projects.form.removePartner', { name })}
                  onClick={() => onChange(value.filter((_, at) => at !== index))}
                />
              </Group>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
