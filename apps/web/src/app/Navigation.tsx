import type { ReactNode } from 'react';
import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  BoardIcon,
  CalendarIcon,
  ClipboardCheckIcon,
  DashboardIcon,
  EntitiesIcon,
  FundingIcon,
  GlobeIcon,
  GovernanceIcon,
  GroupsIcon,
  HomeIcon,
  InboxIcon,
  LockIcon,
  MailIcon,
  MailWarningIcon,
  PeopleIcon,
  ProfileIcon,
  ProjectsIcon,
  ReportIcon,
  RequestsIcon,
  WorkspacesIcon,
} from '../components/icons';
import { useViewerCan, type ViewerCapabilities } from '../session';

interface NavigationItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** Other pages that belong to it (a body's meetings to Governance). */
  alsoUnder?: readonly string[];
}

function matches(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The item for the page shown: the most specific one (`/requests/open` rather than `/requests`). */
function activeItem(pathname: string, items: readonly NavigationItem[]): string | undefined {
  return items
    .filter((item) => [item.to, ...(item.alsoUnder ?? [])].some((to) => matches(pathname, to)))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;
}

/** Assistance requests, as each role works with them. */
function requestItems(can: ViewerCapabilities, t: TFunction): NavigationItem[] {
  const items: NavigationItem[] = [
    {
      to: '/requests',
      label: can.requestAssistance ? t('nav.ourRequests') : t('nav.requests'),
      icon: <RequestsIcon />,
    },
  ];
  if (can.triageAssistanceRequests) items.push({ to: '/requests/triage', label: t('nav.triage'), icon: <BoardIcon /> });
  if (can.offerAssistance) {
    items.push(
      { to: '/requests/open', label: t('nav.openRequests'), icon: <InboxIcon /> },
      { to: '/requests/assigned', label: t('nav.assignments'), icon: <ClipboardCheckIcon /> },
    );
  }
  return items;
}

/** Joint projects and activities for everyone (within need-to-know); the figures for the Compact side. */
function programmeItems(can: ViewerCapabilities, t: TFunction): NavigationItem[] {
  const compactSide = can.readReports;
  return [
    ...(compactSide ? [{ to: '/dashboard', label: t('nav.dashboard'), icon: <DashboardIcon /> }] : []),
    { to: '/projects', label: t('nav.projects'), icon: <ProjectsIcon /> },
    { to: '/activities', label: t('nav.activities'), icon: <CalendarIcon /> },
    ...(compactSide
      ? [
          { to: '/funding', label: t('nav.funding'), icon: <FundingIcon /> },
          { to: '/reports', label: t('nav.reports'), icon: <ReportIcon /> },
        ]
      : []),
  ];
}

export function Navigation() {
  const { t } = useTranslation();
  const can = useViewerCan();
  const { pathname } = useLocation();

  const items: NavigationItem[] = [
    { to: '/', label: t('nav.home'), icon: <HomeIcon /> },
    { to: '/workspaces', label: t('nav.workspaces'), icon: <WorkspacesIcon /> },
    { to: '/decisions', label: t('nav.decisions'), icon: <ClipboardCheckIcon /> },
    { to: '/work-plans', label: t('nav.workPlans'), icon: <BoardIcon /> },
    ...requestItems(can, t),
    ...programmeItems(can, t),
    { to: '/entities', label: t('nav.entities'), icon: <EntitiesIcon /> },
    { to: '/states', label: t('nav.states'), icon: <GlobeIcon /> },
    { to: '/working-groups', label: t('nav.workingGroups'), icon: <GroupsIcon /> },
    { to: '/governance', label: t('nav.governance'), icon: <GovernanceIcon />, alsoUnder: ['/meetings'] },
    { to: '/people', label: t('nav.people'), icon: <PeopleIcon /> },
    ...(can.manageInvitations ? [{ to: '/invitations', label: t('nav.invitations'), icon: <MailIcon /> }] : []),
    ...(can.reviewMailDelivery
      ? [{ to: '/admin/mail', label: t('nav.undeliveredMail'), icon: <MailWarningIcon /> }]
      : []),
    ...(can.readAuditTrail ? [{ to: '/audit', label: t('nav.auditTrail'), icon: <LockIcon /> }] : []),
    { to: '/profile', label: t('nav.profile'), icon: <ProfileIcon /> },
  ];

  const active = activeItem(pathname, items);

  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item) => {
        const isActive = item.to === active;
        return (
          <li key={item.to}>
            <MantineNavLink
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={item.icon}
              active={isActive}
              aria-current={isActive ? 'page' : undefined}
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
