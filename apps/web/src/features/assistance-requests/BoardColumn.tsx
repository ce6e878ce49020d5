import { type DragEvent, useState } from 'react';
import { Badge, Button, Loader, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { AssistanceRequestStatus } from '@ctcp/shared';
import { ErrorState } from '../../components/QueryStates';
import type { AssistanceRequestFilter } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { BoardCard, type BoardRequest } from './BoardCard';
import { appendRequestsPage } from './live';
import { AssistanceRequestsDocument } from './operations';
import { STATUS_COLORS } from './status';
import classes from './Board.module.css';

interface BoardColumnProps {
  status: AssistanceRequestStatus;
  /** The board's filters; the column adds its status. */
  filter: AssistanceRequestFilter;
  /** A card is being dragged that may be dropped here. */
  droppable: boolean;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
  onMove: (request: BoardRequest, to: AssistanceRequestStatus) => void;
  onDragStart: (request: BoardRequest) => void;
  onDragEnd: () => void;
  /** The card to take the focus once it has arrived here. */
  focusedId: string | null;
  onFocused: () => void;
}

/**
 * One status of the triage board: its own page of requests (the latest changed first) and its count from
 * the api, with more cards on demand, so that a column of a thousand requests counts right and stays quick.
 */
export function BoardColumn({ status, filter, droppable, onDragOver, onDrop, focusedId, ...card }: BoardColumnProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AssistanceRequestsDocument, {
    variables: { language: format.language, filter: { ...filter, statuses: [status] } },
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.assistanceRequests;
  const cards = shown?.edges.map((edge) => edge.node) ?? [];
  const headingId = `column-${status}`;

  const loadMore = async () => {
    if (!shown?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: shown.pageInfo.endCursor }, updateQuery: appendRequestsPage });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section
      className={classes.boardColumn}
      aria-labelledby={headingId}
      aria-busy={loading && !shown}
      data-drop-target={droppable || undefined}
      style={{ borderTopColor: `var(--mantine-color-${STATUS_COLORS[status]}-6)` }}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <div className={classes.boardColumnHeader}>
        <Title order={2} size="h6" id={headingId}>
          {t(`enums.requestStatus.${status}`)}
        </Title>
        {shown && (
          <Badge variant="light" color="gray" radius="sm">
            <span aria-hidden="true">{format.count(shown)}</span>
            <span className="visually-hidden">{t('common.total', { number: format.count(shown) })}</span>
          </Badge>
        )}
      </div>
      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown ? (
        <Loader size="sm" m="xs" aria-label={t('common.loading')} />
      ) : cards.length === 0 ? (
        <Text size="sm" c="dimmed" p="xs">
          {t('requests.board.emptyColumn')}
        </Text>
      ) : (
        <>
          <ul className={`plain-list ${classes.boardCards}`}>
            {cards.map((request) => (
              <li key={request.id}>
                <BoardCard request={request} focused={focusedId === request.id} {...card} />
              </li>
            ))}
          </ul>
          {shown.pageInfo.hasNextPage && (
            <Button variant="default" size="xs" onClick={() => void loadMore()} loading={loadingMore}>
              {t('requests.board.showMore', {
                shown: format.number(cards.length),
                total: format.count(shown),
              })}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
