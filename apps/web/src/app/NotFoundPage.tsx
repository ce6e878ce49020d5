import { Button } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} description={t('notFound.description')}>
      <Button component={Link} to="/" w="fit-content">
        {t('notFound.home')}
      </Button>
    </Page>
  );
}
