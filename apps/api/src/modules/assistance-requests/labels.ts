import type { AssistanceRequestStatus } from '@ctcp/shared';
import type { AssistanceRequest } from './assistance-request.entity.js';

/** AR-0042 */
export const reference = (request: Pick<AssistanceRequest, 'number'>) =>
  `AR-${String(request.number).padStart(4, '0')}`;

/** A status in the api's (English) messages: "under review". */
export const statusLabel = (status: AssistanceRequestStatus) => status.toLowerCase().replaceAll('_', ' ');
