import {
  Avatar,
  Group,
  isMantineColorScheme,
  Kbd,
  Menu,
  Text,
  UnstyledButton,
  useMantineColorScheme,
} from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { KeyboardIcon, ProfileIcon, SignOutIcon } from '../components/icons';
import { useSignedInUser } from '../session';
import { useSignOut } from '../features/auth';

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => Array.from(part)[0]?.toUpperCase() ?? '').join('');
}

const COLOR_SCHEMES = ['light', 'dark', 'auto'] as const;

interface UserMenuProps {
  /** Opens the list of keyboard shortcuts. */
  onShowShortcuts?: () => void;
}

export function UserMenu({ onShowShortcuts }: UserMenuProps) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const signOut = useSignOut();
  // The person's own choice, kept under their id (color-scheme.tsx).
  const { colorScheme, setColorScheme } = useMantineColorScheme();

  return (
    <Menu
      position="bottom-end"
      shadow="md"
      width={240}
      // Inside the header landmark, and no focus placeholder (role=presentation is not allowed in a menu).
      withinPortal={false}
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        {/* Named after the person, as shown beside the initials on wide screens (the name heard is the one seen). */}
        <UnstyledButton aria-label={t('userMenu.label', { name: user.name })} className="header-button">
          <Group gap={8} wrap="nowrap">
            <Avatar radius="xl" size={32} color="unBlue" variant="white" aria-hidden>
              {initialsOf(user.name)}
            </Avatar>
            <Text visibleFrom="md" size="sm" fw={500} c="white" maw={160} truncate>
              {user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            <bdi>{user.name}</bdi>
          </Text>
          <Text size="xs" c="dimmed" truncate>
            <bdi>{user.email}</bdi>
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/profile" leftSection={<ProfileIcon size={16} />}>
          {t('nav.profile')}
        </Menu.Item>
        {onShowShortcuts && (
          <Menu.Item
            leftSection={<KeyboardIcon size={16} />}
            rightSection={<Kbd aria-hidden>?</Kbd>}
            aria-keyshortcuts="?"
            onClick={onShowShortcuts}
          >
            {t('shortcuts.title')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Label>{t('userMenu.appearance')}</Menu.Label>
        <Menu.RadioGroup value={colorScheme} onChange={(value) => isMantineColorScheme(value) && setColorScheme(value)}>
          {COLOR_SCHEMES.map((value) => (
            <Menu.RadioItem key={value} value={value}>
              {t(`userMenu.colorSchemes.${value}`)}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
        <Menu.Divider />
        <Menu.Item leftSection={<SignOutIcon size={16} />} onClick={() => void signOut()}>
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
