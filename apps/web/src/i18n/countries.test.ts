import { describe, expect, it } from 'vitest';
import { alpha2FromNumeric, countryName, countryOptions } from './countries';

describe('countries', () => {
  it('names a country in each language', () => {
    expect(countryName('MV', 'en')).toBe('Maldives');
    expect(countryName('MV', 'es')).toBe('Maldivas');
    expect(countryName('PH', 'fr')).toBe('Philippines');
  });

  it('lists every country, sorted in the language', () => {
    const options = countryOptions('fr');
    expect(options.length).toBeGreaterThan(240);
    const labels = options.map((option) => option.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('fr').compare));
    expect(options).toContainEqual({ value: 'DE', label: 'Allemagne' });
  });

  it('maps ISO numeric codes (as map data has them) to alpha-2', () => {
    expect(alpha2FromNumeric('462')).toBe('MV');
    expect(alpha2FromNumeric('004')).toBe('AF');
    expect(alpha2FromNumeric('999')).toBeUndefined();
  });
});
