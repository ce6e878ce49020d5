import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import type { ApolloCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { ColorSchemeFollowsSession } from '../app/color-scheme';
import { UiProviders } from '../app/Providers';
import { MeDocument, SessionProvider, type SessionUser, type ViewerCapabilities, useSession } from '../session';

export const adminUser: SessionUser = {
  id: 'user-admin',
  email: 'admin@unoct.example',
  name: 'Amina Haddad',
  role: 'ADMIN',
  isOrganizationAdmin: true,
  preferredLanguage: 'en',
  organization: { id: 'org-unoct', acronym: 'UNOCT', kind: 'COMPACT_ENTITY' },
  twoFactor: { enabled: false, required: false },
};

/** What the api's policy lets a platform admin do. */
export const adminCan: ViewerCapabilities = {
  createWorkspace: true,
  requestAssistance: false,
  triageAssistanceRequests: true,
  offerAssistance: false,
  createProject: true,
  recordActivities: true,
  recordFunding: true,
  readReports: true,
  manageInvitations: true,
  inviteToAnyOrganization: true,
  invitableRoles: ['ADMIN', 'COORDINATOR', 'ENTITY_MEMBER', 'FOCAL_POINT', 'OBSERVER'],
  reviewMailDelivery: true,
  editGovernanceBodies: true,
  readAuditTrail: true,
  verifyAuditChain: true,
  planForAnyUnit: true,
  planForOwnUnits: true,
  breakGlass: true,
};

/** The `me` answer for a signed-in user (with the __typename fields the cache needs). */
export function signedInMock(
  user: SessionUser = adminUser,
  can: ViewerCapabilities = adminCan,
): MockLink.MockedResponse {
  return {
    request: { query: MeDocument },
    result: {
      data: {
        me: {
          __typename: 'User',
          ...user,
          organization: { __typename: 'Organization', ...user.organization },
          twoFactor: user.twoFactor && { __typename: 'TwoFactorStatus', ...user.twoFactor },
        },
        viewerCan: { __typename: 'ViewerCapabilities', ...can },
      },
    },
  };
}

export function signedOutMock(): MockLink.MockedResponse {
  return {
    request: { query: MeDocument },
    result: { errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] },
  };
}

/** Renders `children` once `me` has answered with a user, as the app does behind its session check. */
export function WhenSignedIn({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return user ? children : null;
}

interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  /** The address the router starts at. */
  route?: string;
  /** The route pattern `ui` is rendered at, for pages that read parameters (by default the address's path). */
  path?: string;
  /** Other routes to render, to see where the component navigates. */
  routes?: { path: string; element: ReactNode }[];
  /** The cache, e.g. the app's own (`createCache`) to follow its type policies; by default a plain one. */
  cache?: ApolloCache;
}

/** Renders `ui` as the app would: providers, a session and a router; the api answers with `mocks`. */
export function renderWithApp(
  ui: ReactElement,
  { mocks = [], route = '/', path = route.split('?')[0], routes = [], cache }: RenderOptions = {},
): RenderResult {
  return render(
    <UiProviders mantineEnv="test">
      <MockedProvider mocks={mocks} cache={cache}>
        <SessionProvider>
          <ColorSchemeFollowsSession />
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route path={path} element={ui} />
              {routes.map((extra) => (
                <Route key={extra.path} path={extra.path} element={extra.element} />
              ))}
            </Routes>
          </MemoryRouter>
        </SessionProvider>
      </MockedProvider>
    </UiProviders>,
  );
}
