import { useTranslation } from 'react-i18next';
import type { RequestMarkingFieldsFragment } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useSignedInUser } from '../../session';
import { EditRecordParticipantsDialog } from '../discussions';
import { useChangeRequestMarking } from './ChangeRequestMarkingDialog';
import { RequestParticipantsPicker } from './RequestParticipantsPicker';

interface EditRequestParticipantsDialogProps {
  request: RequestMarkingFieldsFragment;
  onClose: () => void;
}

/**
 * Names exactly who reads a STRICTLY_CONFIDENTIAL request (`changeAssistanceRequestClassification`, keeping the
 * marking, with the people and a reason); its author and the viewer stay named, and the day its marking
 * drops stays set.
 */
export function EditRequestParticipantsDialog({ request, onClose }: EditRequestParticipantsDialogProps) {
  const { t } = useTranslation();
  const viewer = useSignedInUser();
  const changeMarking = useChangeRequestMarking(request.id);
  const author = request.createdBy;
  return (
    <EditRecordParticipantsDialog
      record="request"
      participants={request.participants}
      // The api names the author and whoever saves the list anyway: not for the viewer to take off.
      alwaysNamedIds={[author.id, viewer.id]}
      help={
        viewer.id === author.id
          ? t('requests.marking.editParticipantsHelpAuthor')
          : t('requests.marking.editParticipantsHelp', { author: isolate(author.name) })
      }
      picker={(field) => <RequestParticipantsPicker requestId={request.id} {...field} />}
      onChange={changeMarking}
      onClose={onClose}
    />
  );
}
