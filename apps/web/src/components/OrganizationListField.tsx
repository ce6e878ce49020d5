import { useState } from 'react';
import { Button, CloseButton, Group, Input, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '@ctcp/shared';
import { isolate } from '../i18n/bidi';
import { type OrganizationOption, organizationLabel, OrganizationSelect } from './OrganizationSelect';

interface OrganizationListFieldProps {
  label: string;
  description?: string;
  value: OrganizationOption[];
  onChange: (organizations: OrganizationOption[]) => void;
  kind?: OrganizationKind;
  error?: string;
}

/** Several organizations, picked one by one (organizers of an activity, parties to an agreement). */
export function OrganizationListField({
  label,
  description,
  value,
  onChange,
  kind,
  error,
}: OrganizationListFieldProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<OrganizationOption | null>(null);
  // A new picker after each addition: it starts empty again.
  const [pickerKey, setPickerKey] = useState(0);

  const add = () => {
    if (pending && !value.some((organization) => organization.id === pending.id)) onChange([...value, pending]);
    setPending(null);
    setPickerKey((key) => key + 1);
  };

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <div style={{ flex: 1, minWidth: 0 }}>
          <OrganizationSelect
            key={pickerKey}
            label={label}
            description={description}
            placeholder={t('invitations.organizationPlaceholder')}
            kind={kind}
            value={pending}
            onChange={setPending}
          />
        </div>
        <Button variant="default" onClick={add} disabled={!pending}>
          {t('workspaces.addOrganization')}
        </Button>
      </Group>
      {value.length > 0 && (
        <Stack component="ul" className="plain-list" gap={4} aria-label={label}>
          {value.map((organization) => (
            <Group component="li" key={organization.id} gap="xs" wrap="nowrap" className="chosen-item">
              <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
                <bdi>{organizationLabel(organization)}</bdi>
              </Text>
              <CloseButton
                size="sm"
                aria-label={t('workspaces.removeOrganization', {
                  name: isolate(organization.acronym ?? organization.name),
                })}
                onClick={() => onChange(value.filter((other) => other.id !== organization.id))}
              />
            </Group>
          ))}
        </Stack>
      )}
      {error && <Input.Error role="alert">{error}</Input.Error>}
    </Stack>
  );
}
