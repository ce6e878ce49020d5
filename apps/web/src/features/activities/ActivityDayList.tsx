import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ActivityListFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { ClassificationBadge as MarkingBadge } from '../workspaces';
import { ACTIVITY_TYPE_COLORS, ActivityTypeBadge } from './ActivityTypeBadge';
import { useDayRange } from './dates';
import { activityPlace } from './place';
import classes from './ActivityDayList.module.css';

interface ActivityDayListProps {
  activities: readonly ActivityListFieldsFragment[];
  /** Titles only, as in the month's grid, where columns are narrow (the week). */
  compact?: boolean;
}

/** The activities of one day, as links to their pages: with what, where, when and who when not compact. */
export function ActivityDayList({ activities, compact }: ActivityDayListProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dayRange = useDayRange();
  if (compact) {
    return (
      <ul className={`plain-list ${classes.calendarEntries}`}>
        {activities.map((activity) => (
          <li key={activity.id}>
            <Link
              to={`/activities/${activity.id}`}
              className={classes.calendarEntry}
              style={{ borderInlineStartColor: `var(--mantine-color-${ACTIVITY_TYPE_COLORS[activity.type]}-6)` }}
              title={`${t(`enums.activityType.${activity.type}`)}: ${activity.title}`}
            >
              <span dir="auto" className={classes.calendarEntryTitle}>
                {activity.title}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Stack component="ul" className="plain-list" gap="sm">
      {activities.map((activity) => {
        const organizers = activity.organizers.map((organizer) => organizer.acronym ?? organizer.name).join(', ');
        return (
          <li key={activity.id}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ActivityTypeBadge type={activity.type} />
              <Stack gap={2}>
                <Group gap={6} wrap="wrap">
                  <Anchor component={Link} to={`/activities/${activity.id}`} fw={600}>
                    <bdi>{activity.title}</bdi>
                  </Anchor>
                  {activity.project && <MarkingBadge classification={activity.project.classification} />}
                </Group>
                <Text size="sm" c="dimmed">
                  {activity.endDate !== activity.startDate && (
                    <>
                      {dayRange(activity.startDate, activity.endDate)}
                      {' · '}
                    </>
                  )}
                  {activityPlace(activity, format.language, t)}
                  {organizers && (
                    <>
                      {' · '}
                      <bdi>{organizers}</bdi>
                    </>
                  )}
                </Text>
              </Stack>
            </Group>
          </li>
        );
      })}
    </Stack>
  );
}
