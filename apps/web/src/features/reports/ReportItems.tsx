import type { ReactNode } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportActivityFieldsFragment, ReportAgreementFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { activityPlace, useDayRange } from '../activities';

const organizations = (list: readonly { acronym?: string | null; name: string }[]) =>
  list.map((organization) => organization.acronym ?? organization.name).join(', ');

/** "1–3 March 2020, Manila, Philippines": a dated entry of the report, and what it was. */
function ReportItem({ when, title, by }: { when: string; title: string; by: string }) {
  return (
    <Stack component="li" gap={2} className="report-item">
      <Text size="sm" fw={600} c="unBlue.7">
        {when}
      </Text>
      <Text>
        <bdi>{title}</bdi>
      </Text>
      {by && (
        <Text size="sm" c="dimmed">
          <bdi>{by}</bdi>
        </Text>
      )}
    </Stack>
  );
}

export function ReportActivities({ activities }: { activities: readonly ReportActivityFieldsFragment[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dayRange = useDayRange('long');
  return (
    <Stack component="ul" className="plain-list" gap="sm">
      {activities.map((activity) => (
        <ReportItem
          key={activity.id}
          when={`${dayRange(activity.startDate, activity.endDate)} · ${activityPlace(activity, format.language, t)}`}
          title={activity.title}
          by={organizations(activity.organizers)}
        />
      ))}
    </Stack>
  );
}

export function ReportAgreements({ agreements }: { agreements: readonly ReportAgreementFieldsFragment[] }) {
  const { t } = useTranslation();
  const dayRange = useDayRange('long');
  return (
    <Stack component="ul" className="plain-list" gap="sm">
      {agreements.map((agreement) => (
        <ReportItem
          key={agreement.id}
          when={[dayRange(agreement.dateSigned), agreement.place, t(`enums.agreementType.${agreement.type}`)]
            .filter(Boolean)
            .join(' · ')}
          title={agreement.subject}
          by={organizations(agreement.parties)}
        />
      ))}
    </Stack>
  );
}

/** A part of a report section: an h3 and its entries, or a word saying there were none. */
export function ReportPart({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      {count === 0 ? (
        <Text c="dimmed" size="sm">
          {t('reports.nothing')}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}
