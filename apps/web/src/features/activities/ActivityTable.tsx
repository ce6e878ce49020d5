import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ScrollTable';
import type { ActivityListFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { ClassificationBadge as MarkingBadge } from '../workspaces';
import { ActivityTypeBadge } from './ActivityTypeBadge';
import { useDayRange } from './dates';
import { activityPlace } from './place';

interface ActivityTableProps {
  label: string;
  activities: readonly ActivityListFieldsFragment[];
  /** Without the organizers' column, where space is short (a project's page). */
  compact?: boolean;
}

/**
 * Activities in date order: when, what (with the marking of a marked project's activity), where, who organized
 * them and how many people were trained.
 */
export function ActivityTable({ label, activities, compact }: ActivityTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dayRange = useDayRange();
  return (
    <ScrollTable label={label} minWidth={compact ? 640 : 860}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('activities.dates')}</Table.Th>
          <Table.Th scope="col">{t('activities.titleLabel')}</Table.Th>
          <Table.Th scope="col">{t('activities.type')}</Table.Th>
          <Table.Th scope="col">{t('activities.place')}</Table.Th>
          {!compact && <Table.Th scope="col">{t('activities.organizers')}</Table.Th>}
          <Table.Th scope="col" ta="end">
            {t('activities.individualsTrained')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {activities.map((activity) => (
          <Table.Tr key={activity.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{dayRange(activity.startDate, activity.endDate)}</Table.Td>
            <Table.Td>
              <Group gap={6} wrap="wrap">
                <Anchor component={Link} to={`/activities/${activity.id}`} fw={600} inherit>
                  <bdi>{activity.title}</bdi>
                </Anchor>
                {activity.project && <MarkingBadge classification={activity.project.classification} />}
              </Group>
            </Table.Td>
            <Table.Td>
              <ActivityTypeBadge type={activity.type} />
            </Table.Td>
            <Table.Td>{activityPlace(activity, format.language, t)}</Table.Td>
            {!compact && (
              <Table.Td>
                <Text size="sm">
                  <bdi>{activity.organizers.map((organizer) => organizer.acronym ?? organizer.name).join(', ')}</bdi>
                </Text>
              </Table.Td>
            )}
            <Table.Td ta="end" className="figure-cell">
              {format.number(activity.individualsTrained)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
