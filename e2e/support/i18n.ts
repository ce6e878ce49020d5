import { readFileSync } from 'node:fs';

/** The web app's own translations: tests find controls by the words people read, in each language. */
type Messages = Record<string, any>;

function load(language: string): Messages {
  return JSON.parse(readFileSync(new URL(`../../apps/web/src/i18n/locales/${language}.json`, import.meta.url), 'utf8'));
}

export const en = load('en');
export const ar = load('ar');
export const fr = load('fr');

/** `{{name}}`-style interpolation, as i18next does it. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, key) => String(values[key]));
}
