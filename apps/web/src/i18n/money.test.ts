import { describe, expect, it } from 'vitest';
import { usdNumber } from './money';

describe('usdNumber', () => {
  it('writes millions in words, in each language', () => {
    expect(usdNumber('en', 248_700_000, true)).toBe('248.7 million');
    expect(usdNumber('en', 165_800_000, true)).toBe('165.8 million');
    expect(usdNumber('fr', 248_700_000, true)).toBe('248,7 millions');
    expect(usdNumber('zh', 248_700_000, true)).toBe('2.487亿');
  });

  it('writes whole dollars otherwise', () => {
    expect(usdNumber('en', 350_000, false)).toBe('350,000');
    expect(usdNumber('en', 1_200_000.4, false)).toBe('1,200,000');
  });
});
