import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import { LoadingState } from '../../components/QueryStates';
import { safeNextPath } from './next-path';
import { type SessionUser, useSession } from '../../session';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.pageTitle'));
  const session = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));

  if (session.status === 'loading') return <LoadingState />;
  if (session.user) return <Navigate to={next} replace />;

  const signedIn = async (user: SessionUser) => {
    await session.startSession(user);
    await navigate(next, { replace: true });
  };

  return (
    <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={440} mx="auto">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('signIn.title', { product: t('app.shortName') })}
          </Title>
          <Text c="dimmed">{t('signIn.intro')}</Text>
        </Stack>
        <SignInForm onSignedIn={signedIn} />
      </Stack>
    </Paper>
  );
}
