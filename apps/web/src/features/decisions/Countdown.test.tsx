import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, signedOutMock } from '../../test/render';
import { Countdown } from './Countdown';

describe('Countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-12-05T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('counts down to the deadline each second, then says it has passed', () => {
    renderWithApp(<Countdown until="2026-12-05T10:00:30Z" />, { mocks: [signedOutMock()] });
    expect(screen.getByText('30 seconds left')).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(5000));
    expect(screen.getByText('25 seconds left')).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.getByText('Deadline passed')).toBeInTheDocument();
  });
});
