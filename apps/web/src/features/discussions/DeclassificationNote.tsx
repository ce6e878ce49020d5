import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import type { ScheduledDeclassification } from './marking';

/** A declassification day is set: both the day and the marking it drops to. */
export const isDeclassificationScheduled = ({ declassifyOn, declassifyTo }: ScheduledDeclassification) =>
  Boolean(declassifyOn && declassifyTo);

/**
 * The day a thread's, a request's or a project's marking drops by itself, and what to, under its top banner;
 * nothing when no day is set.
 */
export function DeclassificationNote({ declassifyOn, declassifyTo }: ScheduledDeclassification) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!declassifyOn || !declassifyTo) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('discussions.marking.declassifies', {
        marking: t(`enums.classification.${declassifyTo}`),
        date: format.date(declassifyOn),
      })}
    </Text>
  );
}
