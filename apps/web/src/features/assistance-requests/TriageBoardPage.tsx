import { type DragEvent, useCallback, useState } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { AssistanceRequestStatus } from '@ctcp/shared';
import { errorDetail } from '../../components/errors';
import { Page } from '../../components/Page';
import { useErrorTitle } from '../../components/QueryStates';
import { isolate } from '../../i18n/bidi';
import { useViewerCan } from '../../session';
import type { BoardRequest } from './BoardCard';
import { BoardColumn } from './BoardColumn';
import { BoardFilters, type BoardFilterValues, NO_BOARD_FILTERS } from './BoardFilters';
import { useRefetchOnRequestUpdate, useRefetchShownRequests } from './live';
import { MatchDialog } from './MatchDialog';
import { TransitionAssistanceRequestDocument } from './operations';
import { allowedMoves, BOARD_STATUSES, ENDED_STATUSES, moveNeedsNote } from './status';
import { TransitionDialog } from './TransitionDialog';
import classes from './Board.module.css';

type PendingMove = { request: BoardRequest; to: AssistanceRequestStatus };

export function TriageBoardPage() {
  const { t } = useTranslation();
  const can = useViewerCan();
  return (
    <Page title={t('requests.board.title')} description={t('requests.board.intro')}>
      {can.triageAssistanceRequests ? (
        <TriageBoard />
      ) : (
        <Alert color="red" role="alert" title={t('errors.FORBIDDEN')}>
          {t('requests.board.coordinatorsOnly')}
        </Alert>
      )}
    </Page>
  );
}

/**
 * One column per status. A card moves by drag and drop or by its "Move to…" menu, only where the
 * viewer may move it: to MATCHED through the match dialog, with a note when the move needs one.
 */
function TriageBoard() {
  const { t } = useTranslation();
  const errorTitle = useErrorTitle();
  const [filters, setFilters] = useState<BoardFilterValues>(NO_BOARD_FILTERS);
  const [dragging, setDragging] = useState<BoardRequest | null>(null);
  const [noting, setNoting] = useState<PendingMove | null>(null);
  const [matching, setMatching] = useState<BoardRequest | null>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<PendingMove | null>(null);
  const [lastMove, setLastMove] = useState<PendingMove | null>(null);
  const statuses = filters.showEnded ? [...BOARD_STATUSES, ...ENDED_STATUSES] : BOARD_STATUSES;
  const filter = {
    regionalGroup: filters.regionalGroup,
    requestingStateId: filters.state?.id ?? null,
    workingGroupId: filters.workingGroupId,
    pillar: filters.pillar,
    entityId: filters.entity?.id ?? null,
    overdue: filters.overdueOnly ? true : null,
  };
  // Every column's list is an `AssistanceRequests` query: one refetch brings them all up to date.
  const refetchShown = useRefetchShownRequests();
  useRefetchOnRequestUpdate(refetchShown);
  const [transition, moving] = useMutation(TransitionAssistanceRequestDocument);

  const moved = (move: PendingMove) => {
    setFocusAfterMove(move);
    setLastMove(move);
  };

  const startMove = async (request: BoardRequest, to: AssistanceRequestStatus) => {
    setLastMove(null);
    if (to === 'MATCHED') return setMatching(request);
    if (moveNeedsNote(request.status, to)) return setNoting({ request, to });
    try {
      await transition({ variables: { input: { id: request.id, to } } });
      await refetchShown();
      moved({ request, to });
    } catch {
      // Shown above the board.
    }
  };

  const clearFocus = useCallback(() => setFocusAfterMove(null), []);
  const droppable = (status: AssistanceRequestStatus) => dragging !== null && allowedMoves(dragging).includes(status);

  const dropProps = (status: AssistanceRequestStatus) => ({
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!droppable(status)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      event.preventDefault();
      const request = dragging;
      setDragging(null);
      if (request && allowedMoves(request).includes(status)) void startMove(request, status);
    },
  });

  return (
    <Stack gap="md">
      <BoardFilters values={filters} onChange={setFilters} />
      {moving.error && (
        <Alert color="red" role="alert" title={errorTitle(moving.error)} withCloseButton onClose={moving.reset}>
          {errorDetail(moving.error)}
        </Alert>
      )}
      <Text size="sm" c="dimmed" aria-live="polite">
        {lastMove &&
          t('requests.board.moved', {
            reference: isolate(lastMove.request.reference),
            status: t(`enums.requestStatus.${lastMove.to}`),
          })}
      </Text>
      <div
        className={`${classes.board} scroll-region`}
        data-board
        role="region"
        aria-label={t('requests.board.columns')}
        tabIndex={0}
      >
        {statuses.map((status) => (
          <BoardColumn
            key={status}
            status={status}
            filter={filter}
            droppable={droppable(status)}
            {...dropProps(status)}
            onMove={(card, to) => void startMove(card, to)}
            onDragStart={setDragging}
            onDragEnd={() => setDragging(null)}
            focusedId={focusAfterMove?.to === status ? focusAfterMove.request.id : null}
            onFocused={clearFocus}
          />
        ))}
      </div>
      {noting && (
        <TransitionDialog
          request={noting.request}
          to={noting.to}
          onClose={() => setNoting(null)}
          onMoved={() => moved(noting)}
        />
      )}
      {matching && (
        <MatchDialog
          requestId={matching.id}
          onClose={() => setMatching(null)}
          onMatched={() => moved({ request: matching, to: 'MATCHED' })}
        />
      )}
    </Stack>
  );
}
