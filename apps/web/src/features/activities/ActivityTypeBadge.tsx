import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityType } from '@ctcp/shared';

/** Capacity building in blue, political leadership in violet, highlights in green. */
export const ACTIVITY_TYPE_COLORS: Record<ActivityType, MantineColor> = {
  WORKSHOP: 'unBlue',
  TRAINING: 'unBlue',
  CONFERENCE: 'cyan',
  WEBINAR: 'cyan',
  MEETING: 'gray',
  HIGH_LEVEL_VISIT: 'violet',
  ASSESSMENT_VISIT: 'orange',
  CONSULTATION: 'gray',
  AGREEMENT_SIGNING: 'green',
  LAUNCH: 'green',
};

export function ActivityTypeBadge({ type }: { type: ActivityType }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={ACTIVITY_TYPE_COLORS[type]}
      radius="sm"
      tt="none"
      fw={600}
      style={{ flexShrink: 0, minWidth: 'max-content' }}
    >
      {t(`enums.activityType.${type}`)}
    </Badge>
  );
}
