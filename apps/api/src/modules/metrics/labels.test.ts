import { describe, expect, it } from 'vitest';
import { BoundedNames, methodLabel, routeLabel } from './labels.js';

describe('routeLabel', () => {
  it('is the API prefix of the path, or web, never the path itself', () => {
    expect(routeLabel('/graphql')).toBe('/graphql');
    expect(routeLabel('/health/ready')).toBe('/health');
    expect(routeLabel('/socket.io/')).toBe('/socket.io');
    expect(routeLabel('/attachments/00000000-0000-4000-8000-000000000000')).toBe('/attachments');
    expect(routeLabel('/exports/quarterly/2020/1/report.pdf')).toBe('/exports');
    expect(routeLabel('/auth/oidc/callback')).toBe('/auth');
    expect(routeLabel('/metrics')).toBe('/metrics');
    expect(routeLabel('/')).toBe('web');
    expect(routeLabel('/workspaces/123')).toBe('web');
    expect(routeLabel('/graphqlx')).toBe('web');
    expect(routeLabel('/assets/index-abc.js')).toBe('web');
  });
});

describe('methodLabel', () => {
  it('keeps the usual methods and counts the rest as other', () => {
    expect(methodLabel('GET')).toBe('GET');
    expect(methodLabel('POST')).toBe('POST');
    expect(methodLabel('PROPFIND')).toBe('other');
  });
});

describe('BoundedNames', () => {
  it('keeps names of the GraphQL shape, and calls anything else other', () => {
    const names = new BoundedNames();
    expect(names.label('MetricsProbe')).toBe('MetricsProbe');
    expect(names.label('with_underscore_2')).toBe('with_underscore_2');
    for (const bad of ['', '2fast', 'has space', 'quote"', 'x'.repeat(65), 'é', 'a-b']) {
      expect(names.label(bad), bad).toBe('other');
    }
    expect(names.label('x'.repeat(64))).toBe('x'.repeat(64));
  });

  it('gives the first names seen a label of their own, up to the limit, and keeps them', () => {
    const names = new BoundedNames(3);
    expect(['A', 'B', 'C'].map((name) => names.label(name))).toEqual(['A', 'B', 'C']);
    expect(names.label('D')).toBe('other');
    expect(names.label('B')).toBe('B');
  });

  it('holds 200 distinct names by default', () => {
    const names = new BoundedNames();
    for (let index = 0; index < 200; index++) expect(names.label(`Op${index}`)).toBe(`Op${index}`);
    expect(names.label('Op200')).toBe('other');
    expect(names.label('Op0')).toBe('Op0');
  });
});
