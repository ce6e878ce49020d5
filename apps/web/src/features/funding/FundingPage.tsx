import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { AgreementsPanel } from './AgreementsPanel';
import { ContributionsPanel } from './ContributionsPanel';

/** The Compact's money (pledges and receipts) and its agreements; coordinators record both. */
export function FundingPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'agreements' ? 'agreements' : 'contributions';
  return (
    <Page title={t('funding.title')} description={t('funding.intro')}>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'agreements' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('funding.title')} mb="md">
          <Tabs.Tab value="contributions">{t('funding.contributions')}</Tabs.Tab>
          <Tabs.Tab value="agreements">{t('funding.agreements')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="contributions">
          <ContributionsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="agreements">
          <AgreementsPanel />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
