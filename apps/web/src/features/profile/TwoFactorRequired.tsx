import { Button } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import { AuthCard, useSignOut } from '../auth';
import { MeDocument, useSignedInUser } from '../../session';
import { TwoFactorSetup } from './TwoFactorSetup';

/**
 * What a person whose role requires two-factor sign-in sees until they turn it on: the api answers nothing
 * else for them meanwhile.
 */
export function TwoFactorRequired() {
  const { t } = useTranslation();
  usePageTitle(t('twoFactor.requiredTitle'));
  const user = useSignedInUser();
  const client = useApolloClient();
  const signOut = useSignOut();
  return (
    <AuthCard
      title={t('twoFactor.requiredTitle')}
      intro={t('twoFactor.requiredIntro', { role: t(`enums.role.${user.role}`) })}
    >
      <TwoFactorSetup onDone={() => client.query({ query: MeDocument, fetchPolicy: 'network-only' })} />
      <Button variant="subtle" w="fit-content" onClick={() => void signOut()}>
        {t('twoFactor.signOut')}
      </Button>
    </AuthCard>
  );
}
