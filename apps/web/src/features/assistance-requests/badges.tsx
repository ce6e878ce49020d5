import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssistanceRequestStatus, Priority } from '@ctcp/shared';
import { ToneBadge } from '../../components/ToneBadge';
import { STATUS_COLORS } from './status';

/** A classified request's marking, as threads show theirs (amber, red); nothing for an unclassified one. */
export { ClassificationBadge as MarkingBadge } from '../workspaces';

const BADGE_STYLE = { flexShrink: 0, minWidth: 'max-content' } as const;

export function StatusBadge({ status }: { status: AssistanceRequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} radius="sm" tt="none" fw={600} style={BADGE_STYLE}>
      {t(`enums.requestStatus.${status}`)}
    </Badge>
  );
}

const PRIORITY_COLORS: Record<Priority, string> = { HIGH: 'red', MEDIUM: 'orange', LOW: 'gray' };

/** A dot of colour and the words ("High priority"): set apart from the status badges. */
export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={PRIORITY_COLORS[priority]} radius="sm" tt="none" fw={600} style={BADGE_STYLE}>
      {t(`enums.priority.${priority}`)}
    </Badge>
  );
}

export function OverdueBadge({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  return overdue ? <ToneBadge tone="danger">{t('requests.overdue')}</ToneBadge> : null;
}
