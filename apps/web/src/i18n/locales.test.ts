import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@ctcp/shared';
import { resources } from './index';

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

const english = flatten(resources.en.translation);

describe('locale files', () => {
  it.each(LANGUAGES)('%s has exactly the keys of en.json', (language) => {
    const translated = flatten(resources[language].translation);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LANGUAGES)('%s fills every key and keeps the placeholders of en.json', (language) => {
    const translated = flatten(resources[language].translation);
    for (const [key, englishText] of english) {
      const text = translated.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(englishText));
    }
  });
});
