import { PLATFORM_ROLES, type PlatformRole } from '@ctcp/shared';

export { PLATFORM_ROLES, type PlatformRole };

export function isPlatformRole(value: unknown): value is PlatformRole {
  return typeof value === 'string' && (PLATFORM_ROLES as readonly string[]).includes(value);
}
