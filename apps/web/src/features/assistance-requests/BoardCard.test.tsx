import { useState } from 'react';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp, signedInMock } from '../../test/render';
import { BoardCard, type BoardRequest } from './BoardCard';

const request: BoardRequest = {
  id: 'r1',
  reference: 'AR-0003',
  title: 'Protection of soft targets',
  status: 'UNDER_REVIEW',
  priority: 'HIGH',
  classification: 'UNCLASSIFIED',
  overdue: true,
  slaDueAt: '2026-01-10T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  pillars: ['II'],
  viewerTransitions: ['DECLINED', 'WITHDRAWN'],
  viewerCanMatch: true,
  requestingState: { id: 'org-ph', name: 'Philippines' },
  workingGroup: null,
  leadEntity: null,
};

/**
 * A card the board tells it was moved: `move()` is the server's answer, which may come after the person has
 * gone on to something else.
 */
function renderMovedLater(onFocused: () => void) {
  let setFocused: (focused: boolean) => void = () => undefined;
  function Board() {
    const [focused, set] = useState(false);
    setFocused = set;
    return (
      <>
        <input aria-label="Language" />
        <BoardCard
          request={request}
          onMove={vi.fn()}
          onDragStart={vi.fn()}
          onDragEnd={vi.fn()}
          focused={focused}
          onFocused={onFocused}
        />
      </>
    );
  }
  renderWithApp(<Board />, { mocks: [signedInMock()] });
  return () => act(() => setFocused(true));
}

describe('BoardCard', () => {
  it('moves with the keyboard, through its menu, to the statuses allowed', async () => {
    const onMove = vi.fn();
    renderWithApp(
      <BoardCard
        request={request}
        onMove={onMove}
        onDragStart={vi.fn()}
        onDragEnd={vi.fn()}
        focused={false}
        onFocused={vi.fn()}
      />,
      { mocks: [signedInMock()] },
    );
    const user = userEvent.setup();
    expect(screen.getByRole('article', { name: 'Protection of soft targets' })).toHaveAttribute('draggable', 'true');
    expect(screen.getByText('Overdue')).toBeInTheDocument();
    // Unclassified is the normal case: no badge.
    expect(screen.queryByText('Unclassified')).not.toBeInTheDocument();

    screen.getByRole('button', { name: /Move .*AR-0003.* to…/ }).focus();
    await user.keyboard('{Enter}');
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Matched', 'Declined', 'Withdrawn']);

    await user.click(screen.getByRole('menuitem', { name: 'Matched' }));
    expect(onMove).toHaveBeenCalledWith(request, 'MATCHED');
  });

  it('has no menu, and cannot be dragged, when the viewer may not move it', () => {
    renderWithApp(
      <BoardCard
        request={{ ...request, viewerTransitions: [], viewerCanMatch: false }}
        onMove={vi.fn()}
        onDragStart={vi.fn()}
        onDragEnd={vi.fn()}
        focused={false}
        onFocused={vi.fn()}
      />,
      { mocks: [signedInMock()] },
    );
    expect(screen.queryByRole('button', { name: /Move/ })).not.toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveAttribute('draggable', 'false');
  });

  it('shows the marking of a classified request', () => {
    renderWithApp(
      <BoardCard
        request={{ ...request, classification: 'STRICTLY_CONFIDENTIAL' }}
        onMove={vi.fn()}
        onDragStart={vi.fn()}
        onDragEnd={vi.fn()}
        focused={false}
        onFocused={vi.fn()}
      />,
      { mocks: [signedInMock()] },
    );
    expect(within(screen.getByRole('article')).getByText('Strictly confidential')).toBeInTheDocument();
  });

  it('takes the focus to its menu once moved, the focus having gone with the card', () => {
    const onFocused = vi.fn();
    const move = renderMovedLater(onFocused);
    expect(document.body).toHaveFocus();

    move();
    expect(screen.getByRole('button', { name: /Move .*AR-0003.* to…/ })).toHaveFocus();
    expect(onFocused).toHaveBeenCalledTimes(1);
  });

  it('leaves the focus where the person has put it while the move was on its way', () => {
    const onFocused = vi.fn();
    const move = renderMovedLater(onFocused);
    const language = screen.getByRole('textbox', { name: 'Language' });
    language.focus();

    move();
    expect(language).toHaveFocus();
    expect(onFocused).toHaveBeenCalledTimes(1);
  });
});
