import type { OrganizationKind, PlatformRole } from '@ctcp/shared';
import type { Actor } from '../../common/actor.js';

/** A signed-in person for the rules' tests: `role` in an organization of `organizationKind`, the rest from `more`. */
export function actorOf(
  role: PlatformRole,
  organizationId: string,
  organizationKind: OrganizationKind,
  more: Partial<Actor> = {},
): Actor {
  return {
    userId: `${role}@${organizationId}`,
    organizationId,
    organizationKind,
    role,
    isOrganizationAdmin: false,
    language: 'en',
    sessionId: 's',
    ...more,
  };
}
