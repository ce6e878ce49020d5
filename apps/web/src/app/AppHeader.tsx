import type { ReactNode } from 'react';
import { Group, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LogoMark } from '../components/LogoMark';
import { LanguageSwitcher } from './LanguageSwitcher';

interface AppHeaderProps {
  /** The burger that opens the navigation on phones. */
  menuButton?: ReactNode;
  /** The account menu, when someone is signed in. */
  accountMenu?: ReactNode;
  /** The notification bell, when someone is signed in. */
  notifications?: ReactNode;
  /** The button that opens the search palette, when someone is signed in. */
  search?: ReactNode;
}

/** The product's name, the language switcher (on every page) and, signed in, the account menu. */
export function AppHeader({ menuButton, accountMenu, notifications, search }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="xs" wrap="nowrap" miw={0}>
        {menuButton}
        <Link to="/" className="brand-link" aria-label={t('app.homeLinkLabel', { product: t('app.shortName') })}>
          <LogoMark size={30} />
          <Text component="span" fw={800} fz={20} lh={1} c="white" className="brand-short-name">
            {t('app.shortName')}
          </Text>
        </Link>
        <Text component="span" visibleFrom="md" c="white" fz="sm" className="brand-full-name" truncate>
          {t('app.fullName')}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <LanguageSwitcher />
        {search}
        {notifications}
        {accountMenu}
      </Group>
    </Group>
  );
}
