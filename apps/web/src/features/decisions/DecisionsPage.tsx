import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionStatus } from '@ctcp/shared';
import { Page } from '../../components/Page';
import { DecisionListSection } from './DecisionListSection';

/** Decisions across every workspace the viewer may read, open ones first by nearest deadline. */
export function DecisionsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DecisionStatus | null>(null);
  return (
    <Page title={t('decisions.title')} description={t('decisions.intro')}>
      <DecisionListSection status={status} onStatusChange={setStatus} />
    </Page>
  );
}
