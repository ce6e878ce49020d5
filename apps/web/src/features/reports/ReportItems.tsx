import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Classification } from '@ctcp/shared';
import type {
  QuarterlyReportQuery,
  ReportActivityFieldsFragment,
  ReportAgreementFieldsFragment,
} from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useUsd } from '../../i18n/money';
import { activityPlace, useDayRange } from '../activities';
import { ClassificationBadge as MarkingBadge } from '../workspaces';
import classes from './ReportItems.module.css';

const organizations = (list: readonly { acronym?: string | null; name: string }[]) =>
  list.map((organization) => organization.acronym ?? organization.name).join(', ');

interface ReportItemProps {
  when: string;
  title: string;
  by: string;
  /** The marking of a marked project's record, shown beside its title. */
  marking?: Classification;
}

/** "1–3 March 2020, Manila, Philippines": a dated entry of the report, and what it was. */
function ReportItem({ when, title, by, marking }: ReportItemProps) {
  return (
    <Stack component="li" gap={2} className={classes.reportItem}>
      <Text size="sm" fw={600} c="var(--mantine-color-unBlue-text)">
        {when}
      </Text>
      <Group gap={6} wrap="wrap">
        <Text>
          <bdi>{title}</bdi>
        </Text>
        {marking && <MarkingBadge classification={marking} />}
      </Group>
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
          marking={activity.project?.classification}
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

type Receipt = QuarterlyReportQuery['quarterlyReport']['fundingReceived'][number];

/** Money received in the quarter: from whom, how much, when (with the marking of a marked project's), what for. */
export function ReportReceipts({ receipts }: { receipts: readonly Receipt[] }) {
  const format = useFormatters();
  const usd = useUsd();
  return (
    <Stack component="ul" className="plain-list" gap="sm">
      {receipts.map((receipt) => (
        <Stack component="li" key={receipt.id} gap={2} className={classes.reportItem}>
          <Group gap={6} wrap="wrap">
            <Text fw={600}>
              <bdi>{receipt.donor.name}</bdi> · {usd.full(receipt.amountUsd)} · {format.date(receipt.date)}
            </Text>
            {receipt.project && <MarkingBadge classification={receipt.project.classification} />}
          </Group>
          <Text size="sm" c="dimmed">
            <bdi>{receipt.purpose}</bdi>
          </Text>
        </Stack>
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
