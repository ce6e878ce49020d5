import { describe, expect, it } from 'vitest';
import { withoutSecrets } from './logger.js';

describe('withoutSecrets', () => {
  it('keeps the path and other parameters, and replaces the values of token-bearing ones', () => {
    expect(withoutSecrets('/invitations/accept?token=abc.DEF-123')).toBe('/invitations/accept?token=[REDACTED]');
    expect(withoutSecrets('/unsubscribe?lang=fr&token=u.sig#top')).toBe('/unsubscribe?lang=fr&token=[REDACTED]#top');
    expect(withoutSecrets('/auth/oidc/callback?code=xyz&state=s1')).toBe(
      '/auth/oidc/callback?code=[REDACTED]&state=[REDACTED]',
    );
    expect(withoutSecrets('/workspaces/1?tab=files')).toBe('/workspaces/1?tab=files');
  });
});
