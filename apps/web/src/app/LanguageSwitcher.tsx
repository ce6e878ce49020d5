import { Select } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NATIVE_NAMES, LANGUAGES } from '@ctcp/shared';
import { useSession } from '../session';
import { UpdateMyProfileDocument } from '../features/profile';
import { currentLanguage } from '../i18n';

const LANGUAGE_OPTIONS = LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NATIVE_NAMES[language] }));

/**
 * Each language is written in its own script, so people find theirs whatever the UI shows now.
 * Switching changes `<html lang dir>` and is remembered in the browser and, signed in, in the profile.
 */
export function LanguageSwitcher({ width = 132 }: { width?: number }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { user } = useSession();
  const [savePreferredLanguage] = useMutation(UpdateMyProfileDocument);

  const changeLanguage = async (value: string | null) => {
    if (!isLanguage(value) || value === language) return;
    await i18n.changeLanguage(value);
    if (user) {
      // The UI has switched and the browser remembers it; a failed save only affects other devices.
      savePreferredLanguage({ variables: { input: { preferredLanguage: value } } }).catch(() => undefined);
    }
  };

  return (
    <Select
      aria-label={t('language.label')}
      data={LANGUAGE_OPTIONS}
      value={language}
      onChange={(value) => void changeLanguage(value)}
      allowDeselect={false}
      w={width}
      size="sm"
      checkIconPosition="right"
      // Inside the header landmark rather than at the end of <body>.
      comboboxProps={{ withinPortal: false, shadow: 'md' }}
      renderOption={({ option }) => <span lang={option.value}>{option.label}</span>}
    />
  );
}
