import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import { LoadingState } from '../../components/QueryStates';
import { safeNextPath } from './next-path';
import { type SessionUser, useSession } from '../../session';
import { AuthCard } from './AuthCard';
import { SignInForm } from './SignInForm';
import { SingleSignOnButton } from './SingleSignOnButton';

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
    <AuthCard title={t('signIn.title', { product: t('app.shortName') })} intro={t('signIn.intro')}>
      <SingleSignOnButton next={next} />
      <SignInForm onSignedIn={signedIn} />
      <Anchor component={Link} to="/forgot-password" size="sm" w="fit-content">
        {t('signIn.forgotPassword')}
      </Anchor>
    </AuthCard>
  );
}
