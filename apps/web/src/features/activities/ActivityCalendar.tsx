import { useMemo } from 'react';
import { Box, Table, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ActivityListFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { ACTIVITY_TYPE_COLORS } from './ActivityTypeBadge';
import { activitiesOn, firstDayOfWeek, type Month, monthGrid, monthKey, weekdayNames } from './calendar';

interface ActivityCalendarProps {
  month: Month;
  /** Its label: the month's name. */
  label: string;
  activities: readonly ActivityListFieldsFragment[];
  today: string;
}

/** A month as a table of weeks; each day lists the activities taking place on it, as links. */
export function ActivityCalendar({ month, label, activities, today }: ActivityCalendarProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const firstDay = firstDayOfWeek(format.language);
  const weeks = useMemo(() => monthGrid(month, firstDay), [month, firstDay]);
  const shortNames = weekdayNames(format.language, firstDay, 'short');
  const longNames = weekdayNames(format.language, firstDay, 'long');
  const inMonth = (day: string) => day.startsWith(monthKey(month));

  return (
    <Box role="region" aria-label={label} tabIndex={0} className="scroll-region calendar-scroll">
      <Table className="activity-calendar" layout="fixed" withColumnBorders withRowBorders>
        <VisuallyHidden component="caption">{label}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {shortNames.map((name, index) => (
              <Table.Th key={name} scope="col" abbr={longNames[index]}>
                {name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => (
            <Table.Tr key={week[0]}>
              {week.map((day) => {
                const entries = inMonth(day) ? activitiesOn(day, activities) : [];
                return (
                  <Table.Td key={day} className={inMonth(day) ? 'calendar-day' : 'calendar-day outside'}>
                    <time
                      dateTime={day}
                      className="calendar-day-number"
                      aria-current={day === today ? 'date' : undefined}
                    >
                      {format.number(Number(day.slice(8)))}
                    </time>
                    {entries.length > 0 && (
                      <ul className="plain-list calendar-entries">
                        {entries.map((activity) => (
                          <li key={activity.id}>
                            <Link
                              to={`/activities/${activity.id}`}
                              className="calendar-entry"
                              style={{
                                borderInlineStartColor: `var(--mantine-color-${ACTIVITY_TYPE_COLORS[activity.type]}-6)`,
                              }}
                              title={`${t(`enums.activityType.${activity.type}`)}: ${activity.title}`}
                            >
                              <span dir="auto" className="calendar-entry-title">
                                {activity.title}
                              </span>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
