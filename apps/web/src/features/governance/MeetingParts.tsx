import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '@ctcp/shared';
import { type Tone, ToneBadge } from '../../components/ToneBadge';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { browserTimeZone, formatMeetingRange, ordinalCategory, sameClock, timeZoneDisplayName } from './meeting-time';

const MEETING_STATUS_TONES: Record<MeetingStatus, Tone> = {
  SCHEDULED: 'info',
  HELD: 'success',
  CANCELLED: 'neutral',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <ToneBadge tone={MEETING_STATUS_TONES[status]}>{t(`governance.meetingStatus.${status}`)}</ToneBadge>;
}

/** "12th meeting", "12e réunion", "第12次会议": a body's count of its meetings, as an ordinal of the UI language. */
export function useMeetingOrdinal(): (number: number) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return (number) =>
    t(`governance.ordinal.${ordinalCategory(format.language, number)}`, { number: format.number(number) });
}

interface MeetingTime {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

/**
 * When the meeting is held: as the clock reads where it is held, and as the reader's clock reads when that
 * differs. `readerTimeZone` is the browser's unless given.
 */
export function MeetingTimes({ meeting, readerTimeZone }: { meeting: MeetingTime; readerTimeZone?: string }) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const reader = readerTimeZone ?? browserTimeZone();
  const there = formatMeetingRange(language, meeting.startsAt, meeting.endsAt, meeting.timeZone);
  const zoneThere = timeZoneDisplayName(language, meeting.timeZone, Date.parse(meeting.startsAt));
  if (sameClock(reader, meeting.timeZone, meeting.startsAt, meeting.endsAt)) {
    return (
      <Text>
        <time dateTime={meeting.startsAt}>{there}</time>
      </Text>
    );
  }
  const here = formatMeetingRange(language, meeting.startsAt, meeting.endsAt, reader);
  const zoneHere = timeZoneDisplayName(language, reader, Date.parse(meeting.startsAt));
  return (
    <Stack gap={4}>
      <Text>
        <Text span size="sm" c="dimmed">
          {t('governance.timeThere', { zone: isolate(zoneThere) })}
        </Text>{' '}
        <time dateTime={meeting.startsAt}>{there}</time>
      </Text>
      <Text>
        <Text span size="sm" c="dimmed">
          {t('governance.timeHere', { zone: isolate(zoneHere) })}
        </Text>{' '}
        <span>{here}</span>
      </Text>
    </Stack>
  );
}

/** Where it is held: the place, the link to join online, or both. */
export function MeetingPlace({ meeting }: { meeting: { place?: string | null; onlineUrl?: string | null } }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {meeting.place && (
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          <bdi>{meeting.place}</bdi>
        </Text>
      )}
      {meeting.onlineUrl && (
        <Anchor href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer">
          {t('governance.joinOnline')}
        </Anchor>
      )}
    </Stack>
  );
}
