import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ProjectMarkingFieldsFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { useSignedInUser } from '../../session';
import { ChangeRecordMarkingDialog, EditRecordParticipantsDialog, type MarkingChange } from '../discussions';
import { ChangeProjectClassificationDocument } from './operations';
import { ProjectParticipantsPicker } from './ProjectParticipantsPicker';

/** Asks the api for a new marking of the project, or for other people named on it, with a reason. */
function useChangeProjectMarking(projectId: string) {
  const { language } = useFormatters();
  const [change] = useMutation(ChangeProjectClassificationDocument);
  return (marking: MarkingChange) => change({ variables: { input: { projectId, ...marking }, language } });
}

interface ProjectMarkingDialogProps {
  project: ProjectMarkingFieldsFragment;
  onClose: () => void;
}

/**
 * Raises (coordinators, the lead and partner entities' people) or lowers (coordinators) a project's marking,
 * always with a reason (audited); to STRICTLY_CONFIDENTIAL with the people named on it, among the project's
 * candidates.
 */
export function ChangeProjectMarkingDialog({ project, onClose }: ProjectMarkingDialogProps) {
  const viewer = useSignedInUser();
  const changeMarking = useChangeProjectMarking(project.id);
  return (
    <ChangeRecordMarkingDialog
      record="project"
      marking={project}
      // The api names the viewer (and the coordinator who created the project) anyway.
      alwaysNamedIds={[viewer.id]}
      picker={(field) => <ProjectParticipantsPicker projectId={project.id} {...field} />}
      onChange={changeMarking}
      onClose={onClose}
    />
  );
}

/**
 * Names exactly who reads a STRICTLY_CONFIDENTIAL project (`changeProjectClassification`, keeping the marking,
 * with the people and a reason); the coordinator who created it and the viewer stay named.
 */
export function EditProjectParticipantsDialog({ project, onClose }: ProjectMarkingDialogProps) {
  const { t } = useTranslation();
  const viewer = useSignedInUser();
  const changeMarking = useChangeProjectMarking(project.id);
  return (
    <EditRecordParticipantsDialog
      record="project"
      participants={project.participants}
      // Whoever saves the list stays named: not for the viewer to take off.
      alwaysNamedIds={[viewer.id]}
      help={t('projects.marking.editParticipantsHelp')}
      picker={(field) => <ProjectParticipantsPicker projectId={project.id} {...field} />}
      onChange={changeMarking}
      onClose={onClose}
    />
  );
}
