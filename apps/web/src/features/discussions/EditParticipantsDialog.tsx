import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorDetail } from '../../components/errors';
import { useErrorTitle } from '../../components/QueryStates';
import type { ThreadMarkingFieldsFragment } from '../../gql/graphql';
import { useSignedInUser } from '../../session';
import { SetThreadParticipantsDocument } from './operations';
import { type ParticipantOption, participantOption, ParticipantsPicker } from './ParticipantsPicker';

interface EditParticipantsDialogProps {
  thread: ThreadMarkingFieldsFragment & { workspace: { id: string } };
  onClose: () => void;
}

/** Names exactly who reads a STRICTLY_CONFIDENTIAL thread (`setThreadParticipants`); its author stays named. */
export function EditParticipantsDialog({ thread, onClose }: EditParticipantsDialogProps) {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const navigate = useNavigate();
  const viewer = useSignedInUser();
  const authorId = thread.author.person?.id ?? null;
  const named = thread.participants
    .map(participantOption)
    .filter((option): option is ParticipantOption => option !== null && option.id !== authorId);
  // People named whom the viewer may not see have no id here: saving the list leaves them off it.
  const hidden = thread.participants.filter((participant) => !participant.person).length;
  const [userIds, setUserIds] = useState(() => named.map((option) => option.id));
  const [save, { loading, error }] = useMutation(SetThreadParticipantsDocument);
  const leaves = viewer.id !== authorId && !userIds.includes(viewer.id);

  const submit = async () => {
    try {
      await save({ variables: { input: { threadId: thread.id, userIds } } });
      onClose();
      // No longer named: the thread is not theirs to read any more.
      if (leaves) navigate(`/workspaces/${thread.workspace.id}`);
    } catch {
      // Shown below.
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('discussions.marking.editParticipantsTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="md">
          <Text size="sm">{t('discussions.marking.editParticipantsHelp', { author: thread.author.name })}</Text>
          <ParticipantsPicker
            workspaceId={thread.workspace.id}
            label={t('discussions.marking.participants')}
            value={userIds}
            onChange={setUserIds}
            known={named}
            excludeIds={authorId ? [authorId] : []}
          />
          {hidden > 0 && (
            <Alert color="orange" role="status">
              {t('discussions.marking.hiddenParticipants')}
            </Alert>
          )}
          {leaves && (
            <Alert color="orange" role="status">
              {t('discussions.marking.viewerLeaves')}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert" title={errorTitle(error)}>
              {errorDetail(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
