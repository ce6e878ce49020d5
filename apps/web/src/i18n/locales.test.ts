import { describe, expect, it } from 'vitest';
import { type Language, LANGUAGES } from '@ctcp/shared';
import type { Translation } from './index';
import ar from './locales/ar.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import ru from './locales/ru.json';
import zh from './locales/zh.json';

const translations: Record<Language, Translation> = { ar, zh, en, fr, ru, es };

type Tree = { [key: string]: string | Tree };

/** Every leaf of a resource as "a.b.c" -> text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [leafPath, text] of flatten(value, path)) leaves.set(leafPath, text);
  }
  return leaves;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]).sort();
}

const english = flatten(translations.en);

describe('locale files', () => {
  it.each(LANGUAGES)('%s has exactly the keys of en.json', (language) => {
    const translated = flatten(translations[language]);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LANGUAGES)('%s fills every key and keeps the placeholders of en.json', (language) => {
    const translated = flatten(translations[language]);
    for (const [key, englishText] of english) {
      const text = translated.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(englishText));
    }
  });
});
