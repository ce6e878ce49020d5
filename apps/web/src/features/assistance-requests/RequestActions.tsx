import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { AssistanceRequestStatus, SharingScope } from '@ctcp/shared';
import { LockIcon, PeopleIcon } from '../../components/icons';
import type { RequestMarkingFieldsFragment } from '../../gql/graphql';
import { ChangeRequestMarkingDialog } from './ChangeRequestMarkingDialog';
import { EditRequestParticipantsDialog } from './EditRequestParticipantsDialog';
import { MatchDialog } from './MatchDialog';
import { isBackward } from './status';
import { TransitionDialog, useMoveLabel } from './TransitionDialog';
import { WidenSharingDialog } from './WidenSharingDialog';

interface RequestActionsProps {
  request: RequestMarkingFieldsFragment & {
    id: string;
    reference: string;
    status: AssistanceRequestStatus;
    viewerTransitions: AssistanceRequestStatus[];
    viewerCanMatch: boolean;
    viewerCanEdit: boolean;
    viewerCanWidenSharing: boolean;
    sharingScope: SharingScope;
    sharedEntities: readonly { id: string }[];
  };
}

const ENDINGS: readonly AssistanceRequestStatus[] = ['DECLINED', 'WITHDRAWN'];

/**
 * What the viewer may do with the request now: edit it, move it (each move confirmed with a note), match it,
 * share it more widely, change its marking or who is named on it (each with a reason).
 */
export function RequestActions({ request }: RequestActionsProps) {
  const { t } = useTranslation();
  const moveLabel = useMoveLabel();
  const [moving, setMoving] = useState<AssistanceRequestStatus | null>(null);
  const [matching, setMatching] = useState(false);
  const [widening, setWidening] = useState(false);
  const [marking, setMarking] = useState<'marking' | 'participants' | null>(null);
  const mayChangeMarking = request.viewerCanRaiseClassification || request.viewerCanLowerClassification;
  // Who is named on a STRICTLY_CONFIDENTIAL request changes with the right to lower its marking.
  const mayEditParticipants =
    request.classification === 'STRICTLY_CONFIDENTIAL' && request.viewerCanLowerClassification;
  const forward = request.viewerTransitions.filter((to) => !ENDINGS.includes(to) && !isBackward(request.status, to));
  const others = request.viewerTransitions.filter((to) => !forward.includes(to));

  if (
    !request.viewerCanEdit &&
    !request.viewerCanMatch &&
    !request.viewerCanWidenSharing &&
    request.viewerTransitions.length === 0 &&
    !mayChangeMarking &&
    !mayEditParticipants
  ) {
    return null;
  }
  return (
    <Group gap="xs">
      {forward.map((to) => (
        <Button key={to} onClick={() => setMoving(to)}>
          {moveLabel(request.status, to)}
        </Button>
      ))}
      {request.viewerCanMatch && (
        <Button onClick={() => setMatching(true)} variant={request.status === 'MATCHED' ? 'default' : 'filled'}>
          {request.status === 'MATCHED' ? t('requests.match.change') : t('requests.actions.MATCHED')}
        </Button>
      )}
      {request.viewerCanEdit && (
        <Button component={Link} to={`/requests/${request.id}/edit`} variant="default">
          {t('requests.edit')}
        </Button>
      )}
      {request.viewerCanWidenSharing && (
        <Button variant="default" leftSection={<PeopleIcon size={16} />} onClick={() => setWidening(true)}>
          {t('requests.widen.action')}
        </Button>
      )}
      {mayChangeMarking && (
        <Button variant="default" leftSection={<LockIcon size={16} />} onClick={() => setMarking('marking')}>
          {t('discussions.marking.change')}
        </Button>
      )}
      {mayEditParticipants && (
        <Button variant="default" leftSection={<PeopleIcon size={16} />} onClick={() => setMarking('participants')}>
          {t('discussions.marking.editParticipants')}
        </Button>
      )}
      {others.map((to) => (
        <Button
          key={to}
          variant="default"
          color={ENDINGS.includes(to) ? 'red' : undefined}
          c={ENDINGS.includes(to) ? 'red.7' : undefined}
          onClick={() => setMoving(to)}
        >
          {moveLabel(request.status, to)}
        </Button>
      ))}
      {moving && <TransitionDialog request={request} to={moving} onClose={() => setMoving(null)} />}
      {matching && <MatchDialog requestId={request.id} onClose={() => setMatching(false)} />}
      {widening && <WidenSharingDialog request={request} onClose={() => setWidening(false)} />}
      {marking === 'marking' && <ChangeRequestMarkingDialog request={request} onClose={() => setMarking(null)} />}
      {marking === 'participants' && (
        <EditRequestParticipantsDialog request={request} onClose={() => setMarking(null)} />
      )}
    </Group>
  );
}
