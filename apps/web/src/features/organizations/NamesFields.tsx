import { Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NATIVE_NAMES, LANGUAGES, type Language } from '@ctcp/shared';

/** Longest name the api takes, in each language (organizations.inputs.ts). */
export const NAME_MAX_LENGTH = 300;
/** Longest acronym the api takes. */
export const ACRONYM_MAX_LENGTH = 20;

export type Names = Record<Language, string>;

export const emptyNames = (): Names => ({ en: '', fr: '', es: '', ru: '', zh: '', ar: '' });

/** The names to send: trimmed, English required, the languages left blank left out (they read as English). */
export function namesInput(names: Names): Partial<Names> & { en: string } {
  const input: Partial<Names> = {};
  for (const language of LANGUAGES) {
    const name = names[language].trim();
    if (name) input[language] = name;
  }
  return { ...input, en: names.en.trim() };
}

/** One field per UN language, each written in its own script and direction; English first and required. */
export function NamesFields<Values extends { names: Names }>({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation();
  const ordered: Language[] = ['en', ...LANGUAGES.filter((language) => language !== 'en')];
  return (
    <Stack gap="xs">
      {ordered.map((language) => (
        <TextInput
          key={language}
          label={t('organizations.nameIn', { language: LANGUAGE_NATIVE_NAMES[language] })}
          required={language === 'en'}
          maxLength={NAME_MAX_LENGTH}
          lang={language}
          dir={language === 'ar' ? 'rtl' : 'auto'}
          {...form.getInputProps(`names.${language}`)}
        />
      ))}
      <Text size="xs" c="dimmed">
        {t('organizations.namesHint')}
      </Text>
    </Stack>
  );
}
