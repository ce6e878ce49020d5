import { useTranslation } from 'react-i18next';
import type { WorkPlanItemStatus } from '@ctcp/shared';
import { type Tone, ToneBadge } from '../../components/ToneBadge';

export const ITEM_STATUS_TONES: Record<WorkPlanItemStatus, Tone> = {
  NOT_STARTED: 'neutral',
  ON_TRACK: 'info',
  AT_RISK: 'warning',
  DONE: 'success',
  DROPPED: 'neutral',
};

export function ItemStatusBadge({ status }: { status: WorkPlanItemStatus }) {
  const { t } = useTranslation();
  return <ToneBadge tone={ITEM_STATUS_TONES[status]}>{t(`workPlans.status.${status}`)}</ToneBadge>;
}
