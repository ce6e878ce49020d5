import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords.js';

describe('isCommonPassword', () => {
  it('finds passwords of the leaked list whatever their letter case', () => {
    for (const leaked of ['qwerty123456', 'password1234', 'Password1234', 'QWERTYUIOP123', '1qaz2wsx3edc']) {
      expect(isCommonPassword(leaked, {}), leaked).toBe(true);
    }
  });

  it('lets uncommon passphrases through', () => {
    for (const chosen of ['blue-harbour-lantern', 'a-new-long-password-2026', 'demo-pass-2020']) {
      expect(isCommonPassword(chosen, {}), chosen).toBe(false);
    }
  });

  it('refuses the person’s email address and the part before its @', () => {
    const context = { email: 'jean.luc.moreau@interpol.example' };
    expect(isCommonPassword('Jean.Luc.Moreau@interpol.example', context)).toBe(true);
    expect(isCommonPassword('jean.luc.moreau', context)).toBe(true);
    expect(isCommonPassword('jean.luc.moreau-2026', context)).toBe(false);
    // Someone else's address is no worse than any other passphrase.
    expect(isCommonPassword('jean.luc.moreau', { email: 'ana.lyst@interpol.example' })).toBe(false);
  });

  it('refuses the platform’s names repeated', () => {
    for (const names of ['ctcpctcpctcp', 'CompactCompact', 'ctcpcompactctcp']) {
      expect(isCommonPassword(names, {}), names).toBe(true);
    }
    expect(isCommonPassword('ctcp-compact-harbour', {})).toBe(false);
  });

  it('keeps only entries the length rule lets through: shorter leaked passwords are that rule’s to refuse', () => {
    expect(isCommonPassword('password', {})).toBe(false);
    expect(isCommonPassword('qwerty12345', {})).toBe(false);
  });
});
