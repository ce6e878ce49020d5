import { type ReactNode, useEffect, useState } from 'react';
import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { isRightToLeft } from '@ctcp/shared';
import { SessionProvider } from '../session';
import { currentLanguage, i18n } from '../i18n';
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
          <ColorSchemeManagerProvider manager={colorSchemeManager}>{children}</ColorSchemeManagerProvider>
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
