import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ProjectMarkingFieldsFragment } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
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

/** Whom the api names anyway: the viewer, and the coordinator who created the project (when there is one). */
function alwaysNamed(project: ProjectMarkingFieldsFragment, viewerId: string): string[] {
  const creatorId = project.createdBy?.person?.id;
  return creatorId && creatorId !== viewerId ? [creatorId, viewerId] : [viewerId];
}

interface ProjectMarkingDialogProps {
  project: ProjectMarkingFieldsFragment;
  onClose: () => void;
}

/**
 * Raises (coordinators, the lead and partner entities' people) or lowers (coordinators) a project's marking,
 * always with a reason (audited); to STRICTLY_CONFIDENTIAL with the people named on it, among the project's
 * candidates; for coordinators, with a day when the marking drops.
 */
export function ChangeProjectMarkingDialog({ project, onClose }: ProjectMarkingDialogProps) {
  const viewer = useSignedInUser();
  const changeMarking = useChangeProjectMarking(project.id);
  return (
    <ChangeRecordMarkingDialog
      record="project"
      marking={project}
      alwaysNamedIds={alwaysNamed(project, viewer.id)}
      picker={(field) => <ProjectParticipantsPicker projectId={project.id} {...field} />}
      onChange={changeMarking}
      onClose={onClose}
    />
  );
}

/**
 * Names exactly who reads a STRICTLY_CONFIDENTIAL project (`changeProjectClassification`, keeping the marking,
 * with the people and a reason); the coordinator who created it and the viewer stay named, and the day its
 * marking drops stays set.
 */
export function EditProjectParticipantsDialog({ project, onClose }: ProjectMarkingDialogProps) {
  const { t } = useTranslation();
  const viewer = useSignedInUser();
  const changeMarking = useChangeProjectMarking(project.id);
  const creator = project.createdBy;
  return (
    <EditRecordParticipantsDialog
      record="project"
      participants={project.participants}
      // The api names its creator and whoever saves the list anyway: not for the viewer to take off.
      alwaysNamedIds={alwaysNamed(project, viewer.id)}
      help={
        !creator
          ? t('projects.marking.editParticipantsHelpNoCreator')
          : creator.person?.id === viewer.id
            ? t('projects.marking.editParticipantsHelpCreator')
            : t('projects.marking.editParticipantsHelp', { creator: isolate(creator.name) })
      }
      picker={(field) => <ProjectParticipantsPicker projectId={project.id} {...field} />}
      onChange={changeMarking}
      onClose={onClose}
    />
  );
}
