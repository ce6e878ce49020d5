import { useMutation } from '@apollo/client/react';
import { BreakGlassPage } from '../discussions';
import { BreakGlassOnAssistanceRequestDocument } from './operations';

interface RequestBreakGlassPageProps {
  requestId: string;
  /** The NOT_FOUND the request query answered. */
  error: unknown;
  /** Once the grant is given: the request is asked for again. */
  onGranted: () => Promise<unknown>;
}

/**
 * The request's not-found view for a platform admin (`viewerCan.breakGlass`): a STRICTLY_CONFIDENTIAL request
 * they are not named on answers NOT_FOUND like any other, and they may ask for an audited, read-only read of it
 * for 60 minutes, with a reason, as on a thread.
 */
export function RequestBreakGlassPage({ requestId, error, onGranted }: RequestBreakGlassPageProps) {
  const [breakGlass] = useMutation(BreakGlassOnAssistanceRequestDocument);
  return (
    <BreakGlassPage
      record="request"
      error={error}
      onBreakGlass={(reason) => breakGlass({ variables: { input: { requestId, reason } } })}
      onGranted={onGranted}
    />
  );
}
