import { describe, expect, it } from 'vitest';
import {
  organizationSeeds,
  organizationUnitSeeds,
  pillarSeeds,
  UN_SHORT_NAME_OVERRIDES,
  workingGroupSeeds,
  type LocalizedText,
} from './reference-data.js';

const LANGS: (keyof LocalizedText)[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
const ARABIC = /[\u0600-\u06FF]/;
const CJK = /[\u4E00-\u9FFF]/;

const organizations = organizationSeeds();
const byKey = new Map(organizations.map((o) => [o.key, o]));
const states = organizations.filter((o) => o.kind === 'MEMBER_STATE' || o.kind === 'OBSERVER_STATE');
const workingGroups = workingGroupSeeds();

function english(iso2: string): string | undefined {
  return byKey.get(`STATE:${iso2}`)?.names.en;
}

describe('organizationSeeds', () => {
  it('has the 47 Compact entities in JSON order, first', () => {
    const entities = organizations.filter((o) => o.kind === 'COMPACT_ENTITY');
    expect(entities).toHaveLength(47);
    expect(organizations.slice(0, 47)).toEqual(entities);
    expect(entities[0].key).toBe('UNOCT');
    expect(entities[46].key).toBe('FATF');
    for (const e of entities) {
      expect(e.acronym).toBe(e.key);
      expect(e.entityType).not.toBeNull();
      expect(e.countryCode).toBeNull();
    }
  });

  it('has 193 Member States and 2 observer States, sorted by ISO code, then the EU', () => {
    expect(organizations.filter((o) => o.kind === 'MEMBER_STATE')).toHaveLength(193);
    const observers = organizations.filter((o) => o.kind === 'OBSERVER_STATE');
    expect(observers.map((o) => o.countryCode).sort()).toEqual(['PS', 'VA']);
    for (const o of observers) {
      expect(o.status).toBe('OBSERVER');
      expect(o.regionalGroup).toBeNull();
    }
    const codes = states.map((s) => s.countryCode!);
    expect(codes).toEqual([...codes].sort());
    expect(organizations.slice(47, 47 + 195)).toEqual(states);
    expect(organizations).toHaveLength(47 + 195 + 1);
    const eu = organizations.at(-1)!;
    expect(eu).toMatchObject({
      key: 'EU',
      kind: 'REGIONAL_ORGANIZATION',
      acronym: 'EU',
      status: 'OBSERVER',
      confirmed: true,
    });
  });

  it('gives every State a key, a code and six non-empty names in the right scripts', () => {
    for (const s of states) {
      expect(s.key).toBe(`STATE:${s.countryCode}`);
      expect(s.countryCode).toMatch(/^[A-Z]{2}$/);
      expect(s.acronym).toBeNull();
      for (const lang of LANGS) expect(s.names[lang].trim(), `${s.key} ${lang}`).not.toBe('');
      expect(s.names.ar, s.key).toMatch(ARABIC);
      expect(s.names.zh, s.key).toMatch(CJK);
    }
  });

  it('uses the UN short names', () => {
    expect(english('IR')).toBe('Iran (Islamic Republic of)');
    expect(english('KR')).toBe('Republic of Korea');
    expect(english('KP')).toBe("Democratic People's Republic of Korea");
    expect(english('TR')).toBe('Türkiye');
    expect(english('GB')).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(english('NL')).toBe('Netherlands (Kingdom of the)');
    expect(english('CI')).toBe("Côte d'Ivoire");
    expect(english('CG')).toBe('Congo');
    expect(english('VN')).toBe('Viet Nam');
    expect(english('VA')).toBe('Holy See');
    expect(english('PS')).toBe('State of Palestine');
    expect(byKey.get('STATE:RU')?.names.fr).toBe('Fédération de Russie');
  });

  it('only overrides names of States in the list', () => {
    const codes = new Set(states.map((s) => s.countryCode));
    for (const iso2 of Object.keys(UN_SHORT_NAME_OVERRIDES)) expect(codes.has(iso2), iso2).toBe(true);
  });

  it('has unique keys', () => {
    expect(new Set(organizations.map((o) => o.key)).size).toBe(organizations.length);
  });

  it('splits the Member States into the five regional groups', () => {
    const counts: Record<string, number> = {};
    for (const s of states.filter((o) => o.kind === 'MEMBER_STATE')) {
      counts[s.regionalGroup ?? 'NONE'] = (counts[s.regionalGroup ?? 'NONE'] ?? 0) + 1;
    }
    expect(counts).toEqual({
      AFRICAN: 54,
      ASIA_PACIFIC: 54,
      LATIN_AMERICAN_AND_CARIBBEAN: 33,
      WESTERN_EUROPEAN_AND_OTHERS: 29,
      EASTERN_EUROPEAN: 23,
    });
  });

  it('dates the entities that joined after the signing, and only those', () => {
    const joined = organizations.filter((o) => o.joinedAt !== null);
    expect(Object.fromEntries(joined.map((o) => [o.key, o.joinedAt]))).toEqual({
      IMF: '2024-01-01',
      IPU: '2021-01-01',
      FATF: '2022-04-01',
    });
    for (const o of joined) {
      expect(o.joinedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(o.note).toMatch(/approximate/);
    }
    expect(byKey.get('UNOCT')?.note).toContain('Compact secretariat');
  });

  it('returns fresh objects on each call', () => {
    const a = organizationSeeds();
    a[0].names.en = 'changed';
    expect(organizationSeeds()[0].names.en).toBe('United Nations Office of Counter-Terrorism');
  });
});

describe('workingGroupSeeds', () => {
  it('has the Coordination Committee and the eight thematic groups', () => {
    expect(workingGroups.map((g) => g.key)).toEqual([
      'CC',
      'BMLE',
      'CJLR',
      'ETCIP',
      'NRS',
      'PCVE',
      'HRRL',
      'GENDER',
      'RMME',
    ]);
    expect(workingGroups[0].kind).toBe('COORDINATION_COMMITTEE');
    expect(workingGroups.slice(1).every((g) => g.kind === 'THEMATIC')).toBe(true);
    expect(new Set(workingGroups.map((g) => g.key)).size).toBe(workingGroups.length);
  });

  it('gives every group six non-empty names', () => {
    for (const g of workingGroups)
      for (const lang of LANGS) expect(g.names[lang].trim(), `${g.key} ${lang}`).not.toBe('');
  });

  it('points every membership at an existing organization, once per group', () => {
    for (const g of workingGroups) {
      for (const m of g.memberships) expect(byKey.has(m.organizationKey), `${g.key} ${m.organizationKey}`).toBe(true);
      const keys = g.memberships.map((m) => m.organizationKey);
      expect(new Set(keys).size, g.key).toBe(keys.length);
    }
  });

  it('gives every group at least one chair and includes UNOCT', () => {
    for (const g of workingGroups) {
      expect(
        g.memberships.some((m) => m.role === 'CHAIR'),
        g.key,
      ).toBe(true);
      expect(
        g.memberships.some((m) => m.organizationKey === 'UNOCT'),
        g.key,
      ).toBe(true);
    }
  });

  it('puts every entity on the Coordination Committee, chaired by UNOCT', () => {
    const cc = workingGroups[0];
    expect(cc.memberships).toHaveLength(47);
    expect(cc.memberships.find((m) => m.organizationKey === 'UNOCT')?.role).toBe('CHAIR');
    for (const m of cc.memberships.filter((x) => x.organizationKey !== 'UNOCT')) {
      expect(m.role).toBe(byKey.get(m.organizationKey)?.status === 'MEMBER' ? 'MEMBER' : 'OBSERVER');
    }
  });

  it('flags unverified thematic memberships as unconfirmed', () => {
    for (const g of workingGroups.slice(1)) {
      expect(g.confirmed, g.key).toBe(false);
      const members = g.memberships.filter((m) => m.role === 'MEMBER').length;
      expect(members, g.key).toBeGreaterThanOrEqual(5);
      expect(members, g.key).toBeLessThanOrEqual(12);
    }
  });

  it('has the memberships the demo relies on', () => {
    const role = (group: string, org: string) =>
      workingGroups.find((g) => g.key === group)?.memberships.find((m) => m.organizationKey === org)?.role;
    expect(role('PCVE', 'UNDP')).toBe('MEMBER');
    expect(role('NRS', 'UNDP')).toBe('MEMBER');
    expect(role('CJLR', 'UNODC')).toBeDefined();
    expect(role('BMLE', 'UNODC')).toBeDefined();
    expect(role('BMLE', 'INTERPOL')).toBeDefined();
    expect(role('ETCIP', 'INTERPOL')).toBeDefined();
  });
});

describe('pillarSeeds', () => {
  it('has the four pillars with six names each', () => {
    const pillars = pillarSeeds();
    expect(pillars.map((p) => p.code)).toEqual(['I', 'II', 'III', 'IV']);
    expect(pillars[0].names.en).toBe('Addressing the Conditions Conducive to the Spread of Terrorism');
    for (const p of pillars) {
      for (const lang of LANGS) expect(p.names[lang].trim()).not.toBe('');
      expect(p.names.ar).toMatch(ARABIC);
      expect(p.names.zh).toMatch(CJK);
    }
  });
});

describe('organizationUnitSeeds', () => {
  const units = organizationUnitSeeds();

  it("has UNOCT's UNCCT and SPIB, confirmed, at the top level", () => {
    expect(units.map((u) => [u.key, u.organizationKey, u.parentKey, u.confirmed])).toEqual([
      ['UNOCT/UNCCT', 'UNOCT', null, true],
      ['UNOCT/SPIB', 'UNOCT', null, true],
    ]);
  });

  it('gives every unit six non-empty names in the right scripts', () => {
    for (const unit of units) {
      for (const lang of LANGS) expect(unit.names[lang].trim(), `${unit.key} ${lang}`).not.toBe('');
      expect(unit.names.ar).toMatch(ARABIC);
      expect(unit.names.zh).toMatch(CJK);
    }
  });

  it('points at existing organizations, with unique keys, parents listed before their children', () => {
    expect(new Set(units.map((u) => u.key)).size).toBe(units.length);
    const seen = new Set<string>();
    for (const unit of units) {
      expect(byKey.has(unit.organizationKey), unit.key).toBe(true);
      if (unit.parentKey) expect(seen.has(unit.parentKey), unit.key).toBe(true);
      seen.add(unit.key);
    }
  });
});
