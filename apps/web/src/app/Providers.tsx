import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { DatesProvider, type DatesProviderSettings, type DayOfWeek } from '@mantine/dates';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { isRightToLeft, type Language } from '@ctcp/shared';
import { SessionProvider } from '../session';
import { currentLanguage, i18n } from '../i18n';
import { firstDayOfWeek } from '../features/activities/calendar';
import {
  ColorSchemeFollowsSession,
  ColorSchemeManagerProvider,
  DEFAULT_COLOR_SCHEME,
  personalColorSchemeManager,
  PrintInLightScheme,
} from './color-scheme';
import { cssVariablesResolver, theme } from './theme';

/** Mantine's direction follows the UI language (Arabic is right-to-left). */
function DirectionFollowsLanguage() {
  const { i18n: instance } = useTranslation();
  const { setDirection } = useDirection();
  const language = currentLanguage(instance);
  useEffect(() => setDirection(isRightToLeft(language) ? 'rtl' : 'ltr'), [language, setDirection]);
  return null;
}

/**
 * dayjs's month and weekday names for the date pickers (English is built in), each fetched when its language
 * is first shown. Digits stay those of the app's formatters: Intl writes Latin digits in Arabic too, and so
 * does dayjs without its preParsePostFormat plugin.
 */
const DAYJS_LOCALES: Record<Language, { name: string; load?: () => Promise<unknown> }> = {
  ar: { name: 'ar', load: () => import('dayjs/locale/ar') },
  zh: { name: 'zh-cn', load: () => import('dayjs/locale/zh-cn') },
  en: { name: 'en' },
  fr: { name: 'fr', load: () => import('dayjs/locale/fr') },
  ru: { name: 'ru', load: () => import('dayjs/locale/ru') },
  es: { name: 'es', load: () => import('dayjs/locale/es') },
};
const loadedDayjsLocales = new Set(['en']);

/** The weekend of the language's main region (Friday and Saturday in Arabic), as Mantine numbers days (0 Sunday). */
function weekendDays(language: Language): DayOfWeek[] {
  const locale = new Intl.Locale(language) as Intl.Locale & {
    getWeekInfo?: () => { weekend: number[] };
    weekInfo?: { weekend: number[] };
  };
  const weekend = locale.getWeekInfo?.().weekend ?? locale.weekInfo?.weekend ?? [6, 7];
  return weekend.map((day) => (day % 7) as DayOfWeek);
}

/** The date pickers speak the UI language: its month and weekday names, and its first day of the week. */
function DatesFollowLanguage({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  const language = currentLanguage(instance);
  const { name, load } = DAYJS_LOCALES[language];
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!load || loadedDayjsLocales.has(name)) return;
    let current = true;
    load().then(
      () => {
        loadedDayjsLocales.add(name);
        if (current) setLoaded((count) => count + 1);
      },
      // Not loaded (offline): the pickers keep English names until the language is chosen again.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [name, load]);
  const locale = loadedDayjsLocales.has(name) ? name : 'en';
  const settings = useMemo<DatesProviderSettings>(
    // Intl numbers weekdays 1 (Monday) to 7 (Sunday), Mantine 0 (Sunday) to 6.
    () => ({ locale, firstDayOfWeek: (firstDayOfWeek(language) % 7) as DayOfWeek, weekendDays: weekendDays(language) }),
    [locale, language],
  );
  return <DatesProvider settings={settings}>{children}</DatesProvider>;
}

interface UiProvidersProps {
  children: ReactNode;
  /** 'test' turns Mantine's transitions and portals off, for tests in jsdom. */
  mantineEnv?: 'default' | 'test';
}

/**
 * Translations, direction and the Mantine theme: what every component expects around it. The colour scheme
 * is the signed-in person's choice, which <ColorSchemeFollowsSession> (inside the session) switches to.
 */
export function UiProviders({ children, mantineEnv = 'default' }: UiProvidersProps) {
  const [colorSchemeManager] = useState(() => personalColorSchemeManager());
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={isRightToLeft(currentLanguage()) ? 'rtl' : 'ltr'} detectDirection={false}>
        <DirectionFollowsLanguage />
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          colorSchemeManager={colorSchemeManager}
          defaultColorScheme={DEFAULT_COLOR_SCHEME}
          env={mantineEnv}
        >
          <PrintInLightScheme />
          <ColorSchemeManagerProvider manager={colorSchemeManager}>
            <DatesFollowLanguage>{children}</DatesFollowLanguage>
          </ColorSchemeManagerProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}

interface ProvidersProps {
  client: ApolloClient;
  /** Renews the session cookies for the live connection (shared with the GraphQL link). */
  renewSession: () => Promise<boolean>;
  children: ReactNode;
}

export function Providers({ client, renewSession, children }: ProvidersProps) {
  return (
    <UiProviders>
      <ApolloProvider client={client}>
        <SessionProvider renewSession={renewSession}>
          <ColorSchemeFollowsSession />
          {children}
        </SessionProvider>
      </ApolloProvider>
    </UiProviders>
  );
}
