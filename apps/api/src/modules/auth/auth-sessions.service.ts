import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What other modules do to sessions: end them when an account is disabled or its password changes. Signing in is AuthService's. */
@Injectable()
export class AuthSessionsService {
  /** Ends every open session of the user inside the caller's transaction: their tokens stop working at once. */
  async revokeAllOf(manager: EntityManager, userId: string, except: string | null = null): Promise<void> {
    await manager.query(
      'UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2',
      [userId, except],
    );
  }
}
