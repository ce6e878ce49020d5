import { describe, expect, it } from 'vitest';
import * as shared from './index.js';

describe('shared vocabularies', () => {
  it('lists the six UN languages, Arabic the only right-to-left one', () => {
    expect([...shared.LANGUAGES].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(shared.LANGUAGES.filter(shared.isRightToLeft)).toEqual(['ar']);
    expect(Object.keys(shared.LANGUAGE_NATIVE_NAMES).sort()).toEqual([...shared.LANGUAGES].sort());
    expect(shared.isLanguage('fr')).toBe(true);
    expect(shared.isLanguage('de')).toBe(false);
  });

  it('has no duplicate value in any closed list', () => {
    const lists = Object.entries(shared).filter(([, value]) => Array.isArray(value)) as [string, unknown[]][];
    expect(lists.length).toBeGreaterThan(8);
    for (const [name, values] of lists) expect(new Set(values).size, name).toBe(values.length);
  });

  it('keeps the contract error codes of DESIGN.md, and the ones added since', () => {
    expect(shared.ERROR_CODES).toEqual([
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'BAD_USER_INPUT',
      'CONFLICT',
      'RATE_LIMITED',
      'INTERNAL',
      'UNAVAILABLE',
      'MFA_REQUIRED',
      'MFA_ENROLMENT_REQUIRED',
    ]);
  });
});
