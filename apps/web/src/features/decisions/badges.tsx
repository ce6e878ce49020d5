import { useTranslation } from 'react-i18next';
import type { DecisionStatus } from '@ctcp/shared';
import { type Tone, ToneBadge } from '../../components/ToneBadge';

const DECISION_STATUS_TONES: Record<DecisionStatus, Tone> = {
  OPEN: 'info',
  ADOPTED: 'success',
  SILENCE_BROKEN: 'warning',
  WITHDRAWN: 'neutral',
};

export function DecisionStatusBadge({ status }: { status: DecisionStatus }) {
  const { t } = useTranslation();
  return <ToneBadge tone={DECISION_STATUS_TONES[status]}>{t(`decisions.status.${status}`)}</ToneBadge>;
}
