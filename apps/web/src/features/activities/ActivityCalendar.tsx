import { useMemo } from 'react';
import { Anchor, Box, Table, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ActivityListFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { ActivityDayList } from './ActivityDayList';
import { activitiesOn, firstDayOfWeek, type Month, monthGrid, monthKey, weekdayNames } from './calendar';
import classes from './ActivityCalendar.module.css';

interface ActivityCalendarProps {
  month: Month;
  /** Its label: the month's name. */
  label: string;
  activities: readonly ActivityListFieldsFragment[];
  today: string;
  /** Where a day's whole list is: with it, a busy day shows its first `dayLimit` activities and a link to the rest. */
  dayLink?: (day: string) => string;
  dayLimit?: number;
}

/**
 * A month as a table of weeks; each day lists the activities taking place on it, as links, the first few
 * of a busy day with "+N more" leading to that day's whole list.
 */
export function ActivityCalendar({ month, label, activities, today, dayLink, dayLimit = 3 }: ActivityCalendarProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const longDate = useMemo(
    () => new Intl.DateTimeFormat(format.language, { dateStyle: 'full', timeZone: 'UTC' }),
    [format.language],
  );
  const firstDay = firstDayOfWeek(format.language);
  const weeks = useMemo(() => monthGrid(month, firstDay), [month, firstDay]);
  const shortNames = weekdayNames(format.language, firstDay, 'short');
  const longNames = weekdayNames(format.language, firstDay, 'long');
  const inMonth = (day: string) => day.startsWith(monthKey(month));

  return (
    <Box role="region" aria-label={label} tabIndex={0} className={`scroll-region ${classes.calendarScroll}`}>
      <Table className={classes.activityCalendar} layout="fixed" withColumnBorders withRowBorders>
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
                const shown = dayLink && entries.length > dayLimit ? entries.slice(0, dayLimit) : entries;
                const more = entries.length - shown.length;
                return (
                  <Table.Td
                    key={day}
                    className={inMonth(day) ? classes.calendarDay : `${classes.calendarDay} ${classes.outside}`}
                  >
                    <time
                      dateTime={day}
                      className={classes.calendarDayNumber}
                      aria-current={day === today ? 'date' : undefined}
                    >
                      {format.number(Number(day.slice(8)))}
                    </time>
                    {shown.length > 0 && <ActivityDayList activities={shown} compact />}
                    {dayLink && more > 0 && (
                      <Anchor
                        component={Link}
                        to={dayLink(day)}
                        size="xs"
                        fw={600}
                        display="inline-block"
                        mt={4}
                        aria-label={t('activities.moreOnDay', {
                          number: format.number(more),
                          day: longDate.format(new Date(`${day}T00:00:00Z`)),
                        })}
                      >
                        {t('activities.more', { number: format.number(more) })}
                      </Anchor>
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
