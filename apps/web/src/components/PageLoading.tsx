import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Shown where a page goes while its code loads (a deep link, a first visit): a spinner that assistive
 * technologies announce as "Loading the page", not an unlabelled animation.
 */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" mih={160}>
      <Loader role="progressbar" aria-label={t('common.loadingPage')} />
    </Center>
  );
}
