import type { ReactNode } from 'react';
import { Alert, Button, Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@ctcp/shared';
import { errorCode, errorDetail } from './errors';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text c="dimmed">{label ?? t('common.loading')}</Text>
      </Stack>
    </Center>
  );
}

/** A translated explanation per error code; the api's own message follows as detail. */
const ERROR_TITLE_KEYS = {
  UNAUTHENTICATED: 'errors.UNAUTHENTICATED',
  FORBIDDEN: 'errors.FORBIDDEN',
  NOT_FOUND: 'errors.NOT_FOUND',
  BAD_USER_INPUT: 'errors.BAD_USER_INPUT',
  CONFLICT: 'errors.CONFLICT',
  RATE_LIMITED: 'errors.RATE_LIMITED',
  INTERNAL: 'errors.INTERNAL',
  UNAVAILABLE: 'errors.UNAVAILABLE',
  MFA_REQUIRED: 'errors.MFA_REQUIRED',
  MFA_ENROLMENT_REQUIRED: 'errors.MFA_ENROLMENT_REQUIRED',
} as const satisfies Record<ErrorCode, string>;

export function useErrorTitle(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    const code = errorCode(error);
    return code ? t(ERROR_TITLE_KEYS[code]) : t('errors.network');
  };
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const detail = errorDetail(error);
  return (
    <Alert color="red" title={errorTitle(error)} role="alert">
      <Stack gap="xs" align="flex-start">
        {detail && <Text size="sm">{detail}</Text>}
        {onRetry && (
          <Button size="xs" variant="outline" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="xs" ta="center">
        <Text fw={600}>{title}</Text>
        {children && <Text c="dimmed">{children}</Text>}
      </Stack>
    </Paper>
  );
}
