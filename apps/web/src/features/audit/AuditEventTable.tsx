import { Anchor, Box, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Language } from '@ctcp/shared';
import { ScrollTable } from '../../components/ScrollTable';
import type { AuditEventsQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { type DetailEntry, detailEntries, MAX_DETAIL_ENTRIES, shortUserAgent } from './details';

export type AuditEventRow = AuditEventsQuery['auditEvents']['edges'][number]['node'];

const MONOSPACE = 'var(--mantine-font-family-monospace)';

/** The day, and the time to the second (the order of events seconds apart matters here), where the reader is. */
const instantFormats = new Map<Language, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function formatInstant(language: Language, value: string): { date: string; time: string } {
  let formats = instantFormats.get(language);
  if (!formats) {
    formats = {
      date: new Intl.DateTimeFormat(language, { dateStyle: 'medium' }),
      time: new Intl.DateTimeFormat(language, { timeStyle: 'medium' }),
    };
    instantFormats.set(language, formats);
  }
  const instant = new Date(value);
  return { date: formats.date.format(instant), time: formats.time.format(instant) };
}

function When({ value }: { value: string }) {
  const { language } = useFormatters();
  const { date, time } = formatInstant(language, value);
  return (
    <time dateTime={value} style={{ display: 'flex', flexDirection: 'column', whiteSpace: 'nowrap' }}>
      <span>{date}</span>
      <Text component="span" size="sm" c="dimmed">
        {time}
      </Text>
    </time>
  );
}

function Unknown() {
  const { t } = useTranslation();
  return (
    <Text component="span" size="sm" c="dimmed">
      {t('audit.unknown')}
    </Text>
  );
}

function Details({ details }: { details: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const entries = detailEntries(details);
  if (entries.length === 0) return <Unknown />;
  const shown = entries.slice(0, MAX_DETAIL_ENTRIES);
  const value = (entry: DetailEntry) => {
    if (entry.value === null) return '—';
    if (typeof entry.value === 'boolean') return entry.value ? t('common.yes') : t('common.no');
    if (typeof entry.value === 'number') return format.number(entry.value);
    return <bdi>{entry.value}</bdi>;
  };
  return (
    <Box component="dl" m={0} fz="sm" style={{ overflowWrap: 'anywhere' }}>
      {shown.map((entry, index) => (
        <Box key={`${entry.key}:${index}`} style={{ display: 'flex', flexWrap: 'wrap', columnGap: 4 }}>
          {entry.key && (
            <Text component="dt" size="sm" c="dimmed" ff={MONOSPACE}>
              <bdi>{entry.key}</bdi>:
            </Text>
          )}
          <Text component="dd" size="sm" m={0}>
            {value(entry)}
          </Text>
        </Box>
      ))}
      {entries.length > shown.length && (
        <Text size="xs" c="dimmed">
          {t('audit.moreDetails', { number: format.number(entries.length - shown.length) })}
        </Text>
      )}
    </Box>
  );
}

function UserAgent({ userAgent }: { userAgent: string }) {
  return (
    <Tooltip
      label={userAgent}
      multiline
      w={320}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
      style={{ overflowWrap: 'anywhere' }}
    >
      {/* Focusable so that keyboard users read the whole user agent too. */}
      <Text component="span" size="sm" tabIndex={0} style={{ whiteSpace: 'nowrap', cursor: 'help' }}>
        {shortUserAgent(userAgent)}
      </Text>
    </Tooltip>
  );
}

/** Where the request came from: its address, and the browser it named. */
function Client({ ipAddress, userAgent }: { ipAddress: string | null; userAgent: string | null }) {
  if (!ipAddress && !userAgent) return <Unknown />;
  return (
    <Stack gap={0} align="flex-start">
      {ipAddress && (
        <Text component="span" size="sm" ff={MONOSPACE} dir="ltr" style={{ whiteSpace: 'nowrap' }}>
          {ipAddress}
        </Text>
      )}
      {userAgent && <UserAgent userAgent={userAgent} />}
    </Stack>
  );
}

export function AuditEventTable({ events }: { events: readonly AuditEventRow[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('audit.tableLabel')} minWidth={1040}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('audit.columns.when')}</Table.Th>
          <Table.Th scope="col">{t('audit.columns.who')}</Table.Th>
          <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
          <Table.Th scope="col">{t('audit.columns.target')}</Table.Th>
          <Table.Th scope="col">{t('audit.columns.details')}</Table.Th>
          <Table.Th scope="col">{t('audit.columns.client')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((event) => (
          <Table.Tr key={event.id} style={{ verticalAlign: 'top' }}>
            <Table.Td>
              <When value={event.createdAt} />
            </Table.Td>
            <Table.Td miw={160}>
              <Stack gap={0}>
                {event.actor ? (
                  <Anchor component={Link} to={`/people/${event.actor.id}`} inherit fw={500}>
                    <bdi>{event.actor.name}</bdi>
                  </Anchor>
                ) : (
                  <Text component="span" size="sm" c="dimmed">
                    {t('audit.noActor')}
                  </Text>
                )}
                {event.organization && (
                  <Anchor
                    component={Link}
                    to={`/organizations/${event.organization.id}`}
                    size="xs"
                    c="dimmed"
                    title={event.organization.name}
                  >
                    <bdi>{event.organization.acronym ?? event.organization.name}</bdi>
                  </Anchor>
                )}
              </Stack>
            </Table.Td>
            <Table.Td>
              <Text component="span" size="sm" ff={MONOSPACE} dir="ltr" style={{ whiteSpace: 'nowrap' }}>
                {event.action}
              </Text>
            </Table.Td>
            <Table.Td miw={150} maw={220}>
              <Stack gap={0}>
                <Text component="span" size="sm">
                  <bdi>{event.targetType}</bdi>
                </Text>
                <Text
                  component="span"
                  size="xs"
                  c="dimmed"
                  ff={MONOSPACE}
                  dir="ltr"
                  // Ids break at their hyphens only: the column keeps room for their longest part.
                  style={{ overflowWrap: 'break-word' }}
                >
                  {event.targetId}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td miw={200} maw={300}>
              <Details details={event.details} />
            </Table.Td>
            <Table.Td>
              <Client ipAddress={event.ipAddress} userAgent={event.userAgent} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
