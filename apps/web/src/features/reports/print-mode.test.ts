import { describe, expect, it } from 'vitest';
import { printLanguage } from './print-mode';

describe('print mode', () => {
  it('is asked for with print=1, in one of the six languages', () => {
    expect(printLanguage('?print=1&lang=ar')).toBe('ar');
    expect(printLanguage('?print=1&lang=de')).toBeUndefined();
    expect(printLanguage('?lang=fr')).toBeUndefined();
  });
});
