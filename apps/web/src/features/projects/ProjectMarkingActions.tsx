import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LockIcon, PeopleIcon } from '../../components/icons';
import type { ProjectMarkingFieldsFragment } from '../../gql/graphql';
import { ChangeProjectMarkingDialog, EditProjectParticipantsDialog } from './ProjectMarkingDialogs';

/** What the viewer may do about the project's marking: change it, or who is named on it (each with a reason). */
export function ProjectMarkingActions({ project }: { project: ProjectMarkingFieldsFragment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'marking' | 'participants' | null>(null);
  const mayChangeMarking = project.viewerCanRaiseClassification || project.viewerCanLowerClassification;
  // Who is named on a STRICTLY_CONFIDENTIAL project changes with the right to lower its marking.
  const mayEditParticipants =
    project.classification === 'STRICTLY_CONFIDENTIAL' && project.viewerCanLowerClassification;

  return (
    <>
      {mayChangeMarking && (
        <Button variant="default" leftSection={<LockIcon size={16} />} onClick={() => setOpen('marking')}>
          {t('discussions.marking.change')}
        </Button>
      )}
      {mayEditParticipants && (
        <Button variant="default" leftSection={<PeopleIcon size={16} />} onClick={() => setOpen('participants')}>
          {t('discussions.marking.editParticipants')}
        </Button>
      )}
      {open === 'marking' && <ChangeProjectMarkingDialog project={project} onClose={() => setOpen(null)} />}
      {open === 'participants' && <EditProjectParticipantsDialog project={project} onClose={() => setOpen(null)} />}
    </>
  );
}
