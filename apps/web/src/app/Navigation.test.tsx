import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminCan, adminUser, renderWithApp, signedInMock, WhenSignedIn } from '../test/render';
import { Navigation } from './Navigation';

function renderNavigation(can = adminCan) {
  renderWithApp(
    <WhenSignedIn>
      <Navigation />
    </WhenSignedIn>,
    { route: '/admin/mail', mocks: [signedInMock(adminUser, can)] },
  );
}

describe('Navigation', () => {
  it('leads platform admins to the undelivered mail', async () => {
    renderNavigation();

    const link = await screen.findByRole('link', { name: 'Undelivered mail' });
    expect(link).toHaveAttribute('href', '/admin/mail');
    expect(link).toHaveAttribute('aria-current', 'page');
  });

  it('has no such entry for people who may not follow the delivery of mail', async () => {
    renderNavigation({ ...adminCan, reviewMailDelivery: false });

    expect(await screen.findByRole('link', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Undelivered mail' })).not.toBeInTheDocument();
  });

  it('leads those the api lets read the audit trail to it, and no one else', async () => {
    for (const [can, shown] of [
      [adminCan, true],
      [{ ...adminCan, readAuditTrail: false }, false],
    ] as const) {
      const { unmount } = renderWithApp(
        <WhenSignedIn>
          <Navigation />
        </WhenSignedIn>,
        { route: '/audit', mocks: [signedInMock(adminUser, can)] },
      );
      expect(await screen.findByRole('link', { name: 'Profile' })).toBeInTheDocument();
      const link = screen.queryByRole('link', { name: 'Audit trail' });
      if (shown) expect(link).toHaveAttribute('href', '/audit');
      else expect(link).not.toBeInTheDocument();
      unmount();
    }
  });
});
