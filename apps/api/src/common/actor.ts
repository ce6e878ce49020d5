import type { Language, OrganizationKind, PlatformRole } from '@ctcp/shared';
import type { ClientContext } from './client-context.js';

/** The signed-in user on whose behalf an operation runs; services take it first. */
export interface Actor {
  userId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  role: PlatformRole;
  isOrganizationAdmin: boolean;
  language: Language;
  sessionId: string;
  /** The role requires two-factor sign-in and it is not on yet: only turning it on is allowed. */
  mustEnrolTwoFactor?: boolean;
  /** Where the request comes from, for the audit trail; none for work the api starts itself (jobs). */
  client?: ClientContext;
}
