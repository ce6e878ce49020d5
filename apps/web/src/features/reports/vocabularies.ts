import { type Pillar, PILLARS, REGIONAL_GROUPS, type RegionalGroup } from '@ctcp/shared';

export const isPillar = (value: unknown): value is Pillar =>
  typeof value === 'string' && (PILLARS as readonly string[]).includes(value);

export const isRegionalGroup = (value: unknown): value is RegionalGroup =>
  typeof value === 'string' && (REGIONAL_GROUPS as readonly string[]).includes(value);
