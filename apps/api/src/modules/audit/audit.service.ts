import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AuditEvent } from './audit-event.entity.js';

@Injectable()
export class AuditService {
  /** Records the event inside the caller's transaction, so it exists exactly when the change does. */
  async record(
    manager: EntityManager,
    actor: Actor | { userId: string } | null,
    action: string,
    targetType: string,
    targetId: string,
    details: Record<string, unknown>,
    ipAddress: string | null,
  ): Promise<void> {
    await manager.save(
      manager.create(AuditEvent, {
        actorId: actor?.userId ?? null,
        action,
        targetType,
        targetId,
        details,
        ipAddress,
      }),
    );
  }
}
