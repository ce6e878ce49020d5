import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ProfileIcon, SignOutIcon } from '../components/icons';
import { useSignedInUser } from '../session';
import { useSignOut } from '../features/auth';

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => Array.from(part)[0]?.toUpperCase() ?? '').join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const signOut = useSignOut();

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
        <Menu.Item leftSection={<SignOutIcon size={16} />} onClick={() => void signOut()}>
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
