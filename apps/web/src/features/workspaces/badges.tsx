import type { Classification, Pillar, WorkspaceRole, WorkspaceVisibility } from '@ctcp/shared';
import { useTranslation } from 'react-i18next';
import { type Tone, ToneBadge } from '../../components/ToneBadge';

const CLASSIFICATION_TONES: Record<Classification, Tone> = {
  UNCLASSIFIED: 'neutral',
  CONFIDENTIAL: 'warning',
  STRICTLY_CONFIDENTIAL: 'danger',
};

/** Shown only for classified threads: unclassified is the normal case. */
export function ClassificationBadge({ classification }: { classification: Classification }) {
  const { t } = useTranslation();
  if (classification === 'UNCLASSIFIED') return null;
  return (
    <ToneBadge tone={CLASSIFICATION_TONES[classification]}>{t(`enums.classification.${classification}`)}</ToneBadge>
  );
}

export function VisibilityBadge({ visibility }: { visibility: WorkspaceVisibility }) {
  const { t } = useTranslation();
  return (
    <ToneBadge tone={visibility === 'OPEN' ? 'success' : 'neutral'}>
      {t(`enums.workspaceVisibility.${visibility}`)}
    </ToneBadge>
  );
}

export function WorkspaceRoleBadge({ role }: { role: WorkspaceRole | null }) {
  const { t } = useTranslation();
  if (!role) return <ToneBadge tone="neutral">{t('workspaces.notMember')}</ToneBadge>;
  return <ToneBadge tone="info">{t(`enums.workspaceRole.${role}`)}</ToneBadge>;
}

/** "Pillar II" (short enough for a phone); the full name of the pillar for screen readers and on hover. */
export function PillarBadge({ pillar }: { pillar: Pillar }) {
  const { t } = useTranslation();
  const name = t(`enums.pillar.${pillar}`);
  return (
    <span title={name}>
      <ToneBadge tone="info">
        <span aria-hidden="true">{t('discussions.pillarShort', { pillar })}</span>
        <span className="visually-hidden">{name}</span>
      </ToneBadge>
    </span>
  );
}
