import { useId } from 'react';
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's PasswordInput, with what its input lacks for screen readers: `aria-invalid`, and
 * `aria-describedby` naming its description and error (Mantine sets them on its other inputs only).
 * Its show/hide button is reachable by keyboard and named in the UI language.
 */
export function PasswordField({ id, description, error, ...props }: PasswordInputProps) {
  const { t } = useTranslation();
  const generatedId = useId();
  const inputId = id ?? generatedId;
  // Mantine gives the description and the error these ids.
  const describedBy = [description && `${inputId}-description`, error && `${inputId}-error`].filter(Boolean).join(' ');
  return (
    <PasswordInput
      {...props}
      id={inputId}
      description={description}
      error={error}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
    />
  );
}
