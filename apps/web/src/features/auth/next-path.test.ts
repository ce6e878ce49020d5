import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPathFor } from './next-path';

describe('safeNextPath', () => {
  it('keeps paths of this app', () => {
    expect(safeNextPath('/people?search=ana')).toBe('/people?search=ana');
    expect(safeNextPath('/organizations/42')).toBe('/organizations/42');
  });

  it('refuses other sites and loops back to the sign-in page', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', 'people', '', null, '/sign-in']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});

describe('signInPathFor', () => {
  it('comes back to the page afterwards', () => {
    expect(signInPathFor('/people?search=a b')).toBe('/sign-in?next=%2Fpeople%3Fsearch%3Da%20b');
    expect(signInPathFor('/')).toBe('/sign-in');
  });
});
