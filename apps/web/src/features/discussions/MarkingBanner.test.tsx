import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UiProviders } from '../../app/Providers';
import { i18n } from '../../i18n';
import { MarkingBanner } from './MarkingBanner';

function renderBanners(classification: 'UNCLASSIFIED' | 'CONFIDENTIAL' | 'STRICTLY_CONFIDENTIAL') {
  return render(
    <UiProviders mantineEnv="test">
      <MarkingBanner classification={classification} position="top" />
      <p>The record</p>
      <MarkingBanner classification={classification} position="bottom" />
    </UiProviders>,
  );
}

const printed = () => document.head.querySelector<HTMLStyleElement>('style[data-printed-marking]');

describe('MarkingBanner', () => {
  it('marks a confidential record at its top and bottom, and every printed page while it is shown', () => {
    const { unmount } = renderBanners('CONFIDENTIAL');

    const top = screen.getByRole('note', { name: 'Classification marking of this thread: Confidential' });
    const bottom = screen.getByRole('note', { name: 'Classification marking, end of the thread: Confidential' });
    expect(top).toHaveTextContent('Confidential');
    expect(top).toHaveAttribute('data-marking', 'CONFIDENTIAL');
    expect(bottom).toHaveAttribute('data-marking', 'CONFIDENTIAL');
    expect(printed()?.media).toBe('print');
    expect(printed()?.textContent).toContain('@top-center { content: "CONFIDENTIAL"');
    expect(printed()?.textContent).toContain('@bottom-center { content: "CONFIDENTIAL"');
    // One style for the page, however many banners.
    expect(document.head.querySelectorAll('style[data-printed-marking]')).toHaveLength(1);

    unmount();
    expect(printed()).toBeNull();
  });

  it('names the record it marks: an assistance request too', () => {
    render(
      <UiProviders mantineEnv="test">
        <MarkingBanner classification="CONFIDENTIAL" position="top" record="request" />
        <MarkingBanner classification="CONFIDENTIAL" position="bottom" record="request" />
      </UiProviders>,
    );
    expect(screen.getByRole('note', { name: 'Classification marking of this request: Confidential' })).toBeVisible();
    expect(
      screen.getByRole('note', { name: 'Classification marking, end of the request: Confidential' }),
    ).toBeVisible();
  });

  it('shows nothing on an unclassified record', () => {
    renderBanners('UNCLASSIFIED');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(printed()).toBeNull();
  });

  it('speaks the reader’s language, Arabic included, without spacing its letters apart in print', async () => {
    await act(() => i18n.changeLanguage('ar'));
    renderBanners('STRICTLY_CONFIDENTIAL');

    expect(screen.getByRole('note', { name: 'علامة تصنيف هذا الموضوع: سري للغاية' })).toHaveTextContent('سري للغاية');
    expect(printed()?.textContent).toContain('content: "سري للغاية"');
    expect(printed()?.textContent).not.toContain('letter-spacing');
  });
});
