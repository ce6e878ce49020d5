import type { ReactNode } from 'react';
import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  EntitiesIcon,
  GlobeIcon,
  GroupsIcon,
  HomeIcon,
  MailIcon,
  PeopleIcon,
  ProfileIcon,
  WorkspacesIcon,
} from '../components/icons';
import { useSignedInUser } from '../features/auth/session';
import { mayManageInvitations } from '../features/invitations/permissions';

interface NavigationItem {
  to: string;
  label: string;
  icon: ReactNode;
}

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function Navigation() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { pathname } = useLocation();

  const items: NavigationItem[] = [
    { to: '/', label: t('nav.home'), icon: <HomeIcon /> },
    { to: '/workspaces', label: t('nav.workspaces'), icon: <WorkspacesIcon /> },
    { to: '/entities', label: t('nav.entities'), icon: <EntitiesIcon /> },
    { to: '/states', label: t('nav.states'), icon: <GlobeIcon /> },
    { to: '/working-groups', label: t('nav.workingGroups'), icon: <GroupsIcon /> },
    { to: '/people', label: t('nav.people'), icon: <PeopleIcon /> },
    ...(mayManageInvitations(user) ? [{ to: '/invitations', label: t('nav.invitations'), icon: <MailIcon /> }] : []),
    { to: '/profile', label: t('nav.profile'), icon: <ProfileIcon /> },
  ];

  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item) => {
        const active = isActive(pathname, item.to);
        return (
          <li key={item.to}>
            <MantineNavLink
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={item.icon}
              active={active}
              aria-current={active ? 'page' : undefined}
              variant="light"
              fw={500}
              styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' } }}
            />
          </li>
        );
      })}
    </Stack>
  );
}
