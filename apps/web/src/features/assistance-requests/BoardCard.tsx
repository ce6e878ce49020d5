import { type DragEvent, useEffect, useRef } from 'react';
import { Anchor, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { AssistanceRequestStatus } from '@ctcp/shared';
import { GripIcon } from '../../components/icons';
import type { RequestSummaryFieldsFragment } from '../../gql/graphql';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { MarkingBadge, OverdueBadge, PriorityBadge } from './badges';
import { allowedMoves } from './status';
import classes from './Board.module.css';

export type BoardRequest = RequestSummaryFieldsFragment;

interface BoardCardProps {
  request: BoardRequest;
  onMove: (request: BoardRequest, to: AssistanceRequestStatus) => void;
  onDragStart: (request: BoardRequest) => void;
  onDragEnd: () => void;
  /**
   * Focus this card's menu button once shown in another column after a move, unless the focus has gone
   * elsewhere on the page meanwhile (the move is confirmed only once the server has answered).
   */
  focused: boolean;
  onFocused: () => void;
}

/**
 * A request on the board: dragged to another column, or moved with its "Move to…" menu (the keyboard's
 * way), to the statuses the viewer may move it to.
 */
export function BoardCard({ request, onMove, onDragStart, onDragEnd, focused, onFocused }: BoardCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const moves = allowedMoves(request);
  const cardRef = useRef<HTMLElement>(null);
  const headingId = `card-${request.id}`;

  useEffect(() => {
    if (!focused) return;
    onFocused();
    const card = cardRef.current;
    // The focus went with the card (or stayed on the board): it follows the card. Taken elsewhere, it stays there.
    const active = document.activeElement;
    if (active && active !== document.body && !card?.closest('[data-board]')?.contains(active)) return;
    (card?.querySelector<HTMLElement>('.board-card-menu') ?? card?.querySelector<HTMLElement>('a'))?.focus();
  }, [focused, onFocused]);

  const startDrag = (event: DragEvent<HTMLElement>) => {
    event.dataTransfer.setData('text/plain', request.id);
    event.dataTransfer.effectAllowed = 'move';
    onDragStart(request);
  };

  return (
    <article
      ref={cardRef}
      className={classes.boardCard}
      aria-labelledby={headingId}
      draggable={moves.length > 0}
      onDragStart={startDrag}
      onDragEnd={onDragEnd}
      data-draggable={moves.length > 0 || undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Group gap={4} wrap="nowrap">
            {moves.length > 0 && (
              <span className={classes.boardCardGrip} aria-hidden="true">
                <GripIcon size={14} />
              </span>
            )}
            <bdi className="request-reference">{request.reference}</bdi>
          </Group>
          <PriorityBadge priority={request.priority} />
        </Group>
        <Anchor
          component={Link}
          to={`/requests/${request.id}`}
          fw={650}
          size="sm"
          id={headingId}
          className={classes.boardCardTitle}
        >
          <bdi>{request.title}</bdi>
        </Anchor>
        <Text size="xs" c="dimmed">
          <bdi>{request.requestingState.name}</bdi>
          {request.workingGroup && (
            <>
              {' · '}
              <bdi title={request.workingGroup.name}>{request.workingGroup.key}</bdi>
            </>
          )}
        </Text>
        {request.leadEntity && (
          <Text size="xs">
            {t('requests.board.lead', { entity: isolate(request.leadEntity.acronym ?? request.leadEntity.name) })}
          </Text>
        )}
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap={6}>
            <MarkingBadge classification={request.classification} />
            <OverdueBadge overdue={request.overdue} />
            <Text size="xs" c="dimmed">
              <time dateTime={request.updatedAt} title={format.dateTime(request.updatedAt)}>
                {format.relative(request.updatedAt)}
              </time>
            </Text>
          </Group>
          {moves.length > 0 && (
            <Menu position="bottom-end" withinPortal shadow="md">
              <Menu.Target>
                <Button
                  className="board-card-menu"
                  size="compact-xs"
                  variant="default"
                  aria-label={t('requests.board.moveNamed', { reference: isolate(request.reference) })}
                >
                  {t('requests.board.moveTo')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {moves.map((to) => (
                  <Menu.Item key={to} onClick={() => onMove(request, to)}>
                    {t(`enums.requestStatus.${to}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Stack>
    </article>
  );
}
