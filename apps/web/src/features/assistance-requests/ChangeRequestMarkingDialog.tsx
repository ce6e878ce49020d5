import { useMutation } from '@apollo/client/react';
import type { RequestMarkingFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useSignedInUser } from '../../session';
import { ChangeRecordMarkingDialog, type MarkingChange } from '../discussions';
import { ChangeAssistanceRequestClassificationDocument } from './operations';
import { RequestParticipantsPicker } from './RequestParticipantsPicker';

/** Asks the api for a new marking of the request, or for other people named on it, with a reason. */
export function useChangeRequestMarking(requestId: string) {
  const { language } = useFormatters();
  const [change] = useMutation(ChangeAssistanceRequestClassificationDocument);
  return (marking: MarkingChange) => change({ variables: { input: { requestId, ...marking }, language } });
}

interface ChangeRequestMarkingDialogProps {
  request: RequestMarkingFieldsFragment;
  onClose: () => void;
}

/**
 * Raises or lowers a request's marking, as far as the api lets the viewer, always with a reason (audited); to
 * STRICTLY_CONFIDENTIAL with the people named on it, among the request's candidates; for the requesting State's
 * focal points, with a day when the marking drops.
 */
export function ChangeRequestMarkingDialog({ request, onClose }: ChangeRequestMarkingDialogProps) {
  const viewer = useSignedInUser();
  const changeMarking = useChangeRequestMarking(request.id);
  return (
    <ChangeRecordMarkingDialog
      record="request"
      marking={request}
      // The api names the author and the viewer anyway.
      alwaysNamedIds={[viewer.id, request.createdBy.id]}
      picker={(field) => <RequestParticipantsPicker requestId={request.id} {...field} />}
      onChange={changeMarking}
      onClose={onClose}
    />
  );
}
