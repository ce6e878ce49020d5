import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@ctcp/shared';
import { errorCode, errorExtensionNumber } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';

/**
 * What a failed step of signing in says: the step's own refusal (`refusal`: a wrong password, a wrong code)
 * in its words, how long to wait when attempts are limited, else the error's title.
 */
export function useSignInFailureMessage(): (failure: unknown, refusal: ErrorCode, refusalMessage: string) => string {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  return (failure, refusal, refusalMessage) => {
    const code = errorCode(failure);
    if (code === refusal) return refusalMessage;
    if (code === 'RATE_LIMITED') {
      const seconds = errorExtensionNumber(failure, 'retryAfterSeconds') ?? 15 * 60;
      return t('signIn.rateLimited', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
    }
    return errorTitle(failure);
  };
}
