import type { Actor } from '../../common/actor.js';

/** Mail: who follows the delivery of the platform's messages (to whom, whether delivered; never what they say). */

export function mayReviewMailDelivery(actor: Actor): boolean {
  return actor.role === 'ADMIN';
}
