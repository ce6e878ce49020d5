import { isValidElement } from 'react';
import { matchRoutes, type RouteObject, useLocation, useRoutes } from 'react-router-dom';
import { loadActivitiesPage, loadActivityFormPages, loadActivityPage } from '../features/activities';
import {
  loadRequestFormPages,
  loadRequestPage,
  loadRequestsPage,
  loadTriageBoardPage,
} from '../features/assistance-requests';
import { loadAuditTrailPage } from '../features/audit';
import { loadForgotPasswordPage, loadResetPasswordPage, SignInPage } from '../features/auth';
import { loadDecisionPage, loadDecisionsPage } from '../features/decisions';
import { loadWorkPlanItemPage, loadWorkPlanPage, loadWorkPlansPage } from '../features/work-plans';
import { loadNewThreadPage, loadThreadPage } from '../features/discussions';
import { loadFundingPage } from '../features/funding';
import { loadGovernanceBodiesPage, loadGovernanceBodyPage, loadMeetingPage } from '../features/governance';
import { loadAcceptInvitationPage, loadInvitationsPage } from '../features/invitations';
import { loadUndeliveredMailPage } from '../features/mail';
import { loadNotificationsPage, loadUnsubscribePage } from '../features/notifications';
import { loadEntitiesPage, loadMemberStatesPage, loadOrganizationPage } from '../features/organizations';
import { loadProfilePage } from '../features/profile';
import { loadProjectFormPages, loadProjectPage, loadProjectsPage } from '../features/projects';
import { loadDashboardPage, loadQuarterlyReportPages } from '../features/reports';
import { loadSearchPage } from '../features/search';
import { loadPeoplePage, loadPersonPage } from '../features/users';
import { loadWorkingGroupPage, loadWorkingGroupsPage } from '../features/working-groups';
import { loadWorkspacePage, loadWorkspacesPage } from '../features/workspaces';
import { isLazyPage, lazyPage } from './lazy-page';
import { PageErrorBoundary } from './PageErrorBoundary';
import { PublicLayout } from './PublicLayout';
import { RequireSession } from './RequireSession';

/*
 * Only the sign-in page is in the first chunk. Every other page, and the signed-in layout, loads on first
 * visit (React.lazy): a visitor who signs in does not download the app's other pages first.
 */

const loadSignedInApp = () => import('./signed-in-app');
const AppShellLayout = lazyPage(loadSignedInApp, (m) => m.AppShellLayout);
const PrintableLayout = lazyPage(loadSignedInApp, (m) => m.PrintableLayout);
const HomePage = lazyPage(loadSignedInApp, (m) => m.HomePage);
const NotFoundPage = lazyPage(loadSignedInApp, (m) => m.NotFoundPage);

const ForgotPasswordPage = lazyPage(loadForgotPasswordPage, (m) => m.ForgotPasswordPage);
const ResetPasswordPage = lazyPage(loadResetPasswordPage, (m) => m.ResetPasswordPage);
const UnsubscribePage = lazyPage(loadUnsubscribePage, (m) => m.UnsubscribePage);
const AcceptInvitationPage = lazyPage(loadAcceptInvitationPage, (m) => m.AcceptInvitationPage);

const EntitiesPage = lazyPage(loadEntitiesPage, (m) => m.EntitiesPage);
const MemberStatesPage = lazyPage(loadMemberStatesPage, (m) => m.MemberStatesPage);
const OrganizationPage = lazyPage(loadOrganizationPage, (m) => m.OrganizationPage);
const WorkingGroupsPage = lazyPage(loadWorkingGroupsPage, (m) => m.WorkingGroupsPage);
const WorkingGroupPage = lazyPage(loadWorkingGroupPage, (m) => m.WorkingGroupPage);
const PeoplePage = lazyPage(loadPeoplePage, (m) => m.PeoplePage);
const PersonPage = lazyPage(loadPersonPage, (m) => m.PersonPage);
const WorkspacesPage = lazyPage(loadWorkspacesPage, (m) => m.WorkspacesPage);
const WorkspacePage = lazyPage(loadWorkspacePage, (m) => m.WorkspacePage);
const DecisionsPage = lazyPage(loadDecisionsPage, (m) => m.DecisionsPage);
const DecisionPage = lazyPage(loadDecisionPage, (m) => m.DecisionPage);
const WorkPlansPage = lazyPage(loadWorkPlansPage, (m) => m.WorkPlansPage);
const WorkPlanPage = lazyPage(loadWorkPlanPage, (m) => m.WorkPlanPage);
const WorkPlanItemPage = lazyPage(loadWorkPlanItemPage, (m) => m.WorkPlanItemPage);
const GovernanceBodiesPage = lazyPage(loadGovernanceBodiesPage, (m) => m.GovernanceBodiesPage);
const GovernanceBodyPage = lazyPage(loadGovernanceBodyPage, (m) => m.GovernanceBodyPage);
const MeetingPage = lazyPage(loadMeetingPage, (m) => m.MeetingPage);
const NewThreadPage = lazyPage(loadNewThreadPage, (m) => m.NewThreadPage);
const ThreadPage = lazyPage(loadThreadPage, (m) => m.ThreadPage);
const RequestsPage = lazyPage(loadRequestsPage, (m) => m.RequestsPage);
const TriageBoardPage = lazyPage(loadTriageBoardPage, (m) => m.TriageBoardPage);
const NewRequestPage = lazyPage(loadRequestFormPages, (m) => m.NewRequestPage);
const RequestPage = lazyPage(loadRequestPage, (m) => m.RequestPage);
const EditRequestPage = lazyPage(loadRequestFormPages, (m) => m.EditRequestPage);
const DashboardPage = lazyPage(loadDashboardPage, (m) => m.DashboardPage);
const ProjectsPage = lazyPage(loadProjectsPage, (m) => m.ProjectsPage);
const NewProjectPage = lazyPage(loadProjectFormPages, (m) => m.NewProjectPage);
const ProjectPage = lazyPage(loadProjectPage, (m) => m.ProjectPage);
const EditProjectPage = lazyPage(loadProjectFormPages, (m) => m.EditProjectPage);
const ActivitiesPage = lazyPage(loadActivitiesPage, (m) => m.ActivitiesPage);
const NewActivityPage = lazyPage(loadActivityFormPages, (m) => m.NewActivityPage);
const ActivityPage = lazyPage(loadActivityPage, (m) => m.ActivityPage);
const EditActivityPage = lazyPage(loadActivityFormPages, (m) => m.EditActivityPage);
const FundingPage = lazyPage(loadFundingPage, (m) => m.FundingPage);
const QuarterlyReportPage = lazyPage(loadQuarterlyReportPages, (m) => m.QuarterlyReportPage);
const CurrentReportRedirect = lazyPage(loadQuarterlyReportPages, (m) => m.CurrentReportRedirect);
const SearchPage = lazyPage(loadSearchPage, (m) => m.SearchPage);
const NotificationsPage = lazyPage(loadNotificationsPage, (m) => m.NotificationsPage);
const InvitationsPage = lazyPage(loadInvitationsPage, (m) => m.InvitationsPage);
const UndeliveredMailPage = lazyPage(loadUndeliveredMailPage, (m) => m.UndeliveredMailPage);
const AuditTrailPage = lazyPage(loadAuditTrailPage, (m) => m.AuditTrailPage);
const ProfilePage = lazyPage(loadProfilePage, (m) => m.ProfilePage);

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      // The link of notification mails: stops them without signing in.
      { path: '/unsubscribe', element: <UnsubscribePage /> },
      { path: '/invitations/accept', element: <AcceptInvitationPage /> },
    ],
  },
  {
    element: <RequireSession />,
    children: [
      {
        // The report prints itself alone (?print=1) for the PDF export.
        element: <PrintableLayout />,
        children: [{ path: '/reports/:year/:quarter', element: <QuarterlyReportPage /> }],
      },
      {
        element: <AppShellLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: '/entities', element: <EntitiesPage /> },
          { path: '/states', element: <MemberStatesPage /> },
          { path: '/organizations/:id', element: <OrganizationPage /> },
          { path: '/working-groups', element: <WorkingGroupsPage /> },
          { path: '/working-groups/:id', element: <WorkingGroupPage /> },
          { path: '/governance', element: <GovernanceBodiesPage /> },
          { path: '/governance/:id', element: <GovernanceBodyPage /> },
          { path: '/meetings/:id', element: <MeetingPage /> },
          { path: '/people', element: <PeoplePage /> },
          { path: '/people/:id', element: <PersonPage /> },
          { path: '/workspaces', element: <WorkspacesPage /> },
          { path: '/workspaces/:id', element: <WorkspacePage /> },
          { path: '/workspaces/:id/threads/new', element: <NewThreadPage /> },
          { path: '/threads/:id', element: <ThreadPage /> },
          { path: '/decisions', element: <DecisionsPage /> },
          { path: '/decisions/:id', element: <DecisionPage /> },
          { path: '/work-plans', element: <WorkPlansPage /> },
          { path: '/work-plans/items/:id', element: <WorkPlanItemPage /> },
          { path: '/work-plans/:id', element: <WorkPlanPage /> },
          { path: '/requests', element: <RequestsPage key="all" kind="all" /> },
          { path: '/requests/open', element: <RequestsPage key="open" kind="open" /> },
          { path: '/requests/assigned', element: <RequestsPage key="assigned" kind="assigned" /> },
          { path: '/requests/triage', element: <TriageBoardPage /> },
          { path: '/requests/new', element: <NewRequestPage /> },
          { path: '/requests/:id', element: <RequestPage /> },
          { path: '/requests/:id/edit', element: <EditRequestPage /> },
          { path: '/dashboard', element: <DashboardPage /> },
          { path: '/projects', element: <ProjectsPage /> },
          { path: '/projects/new', element: <NewProjectPage /> },
          { path: '/projects/:id', element: <ProjectPage /> },
          { path: '/projects/:id/edit', element: <EditProjectPage /> },
          { path: '/activities', element: <ActivitiesPage /> },
          { path: '/activities/new', element: <NewActivityPage /> },
          { path: '/activities/:id', element: <ActivityPage /> },
          { path: '/activities/:id/edit', element: <EditActivityPage /> },
          { path: '/funding', element: <FundingPage /> },
          { path: '/reports', element: <CurrentReportRedirect /> },
          { path: '/search', element: <SearchPage /> },
          { path: '/notifications', element: <NotificationsPage /> },
          { path: '/invitations', element: <InvitationsPage /> },
          { path: '/admin/mail', element: <UndeliveredMailPage /> },
          { path: '/audit', element: <AuditTrailPage /> },
          { path: '/profile', element: <ProfilePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/**
 * The pages, inside <BrowserRouter>. No route has a loader or an action, so the routes are rendered
 * without React Router's data router, whose code would be most of the router's weight on a first visit.
 */
export function AppRoutes() {
  const { pathname } = useLocation();
  const page = useRoutes(routes);
  return <PageErrorBoundary resetKey={pathname}>{page}</PageErrorBoundary>;
}

/**
 * Starts loading the code of the page at `pathname` and of its layouts, without waiting for the session
 * and the translations: on a first visit their chunks then arrive alongside those, instead of one after
 * the other once the session is known (each a round trip more on a slow network). A signed-out visitor
 * is sent to the sign-in page meanwhile and has fetched a chunk the page after signing in uses anyway.
 */
export function preloadPagesOf(pathname: string): void {
  for (const { route } of matchRoutes(routes, pathname) ?? []) {
    const element: unknown = route.element;
    if (isValidElement(element) && isLazyPage(element.type)) element.type.preload();
  }
}
