import { API_PREFIXES } from '../../common/api-prefixes.js';

/*
 * Label values of the metrics. Each distinct value is a time series Prometheus keeps, so every label
 * takes its values from a bounded set: never a raw path, an id, or whatever a client chose to send.
 */

/** The HTTP methods the api serves; anything else is counted as `other`. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** How many distinct operation names (or error codes) get a series of their own before the rest are `other`. */
export const MAX_DISTINCT_NAMES = 200;

/** A GraphQL name as clients write them: no spaces, quotes or other surprises in a label value. */
const NAME_SHAPE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** The route label of a request path: its API prefix, or `web`. */
export function routeLabel(path: string): string {
  return API_PREFIXES.find((prefix) => path === prefix || path.startsWith(`${prefix}/`)) ?? 'web';
}

export function methodLabel(method: string): string {
  return METHODS.has(method) ? method : 'other';
}

/**
 * Names that clients choose (GraphQL operation names, error codes): a name keeps its own label if it has
 * the shape of a GraphQL name and is among the first MAX_DISTINCT_NAMES seen, else it is `other`.
 */
export class BoundedNames {
  private readonly seen = new Set<string>();

  constructor(private readonly limit = MAX_DISTINCT_NAMES) {}

  label(name: string): string {
    if (this.seen.has(name)) return name;
    if (!NAME_SHAPE.test(name) || this.seen.size >= this.limit) return 'other';
    this.seen.add(name);
    return name;
  }
}
