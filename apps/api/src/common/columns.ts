import type { ValueTransformer } from 'typeorm';

/** PostgreSQL `numeric` arrives as a string; amounts in USD are exposed as numbers. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
