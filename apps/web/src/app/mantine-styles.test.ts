import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The app imports the style sheets of the Mantine components it uses (`mantine-styles.ts`) rather than
 * all of them (253 KiB, most of it unused on any page). This test works out which sheets that is: the
 * components the app's sources import from @mantine/core, @mantine/spotlight and @mantine/dates, and every
 * component those are built from (Mantine's own imports, followed to the end), in the order of Mantine's full
 * sheet so that the cascade is the same. `npx vitest run src/app/mantine-styles.test.ts -u` writes the file
 * again. (The sheets of spotlight and dates themselves load with the components that use them.)
 */

const require = createRequire(import.meta.url);
const packageDir = (name: string) => join(dirname(require.resolve(name)), '..');
const CORE = packageDir('@mantine/core');
const SPOTLIGHT = packageDir('@mantine/spotlight');
const DATES = packageDir('@mantine/dates');
const SOURCES = join(dirname(new URL(import.meta.url).pathname), '..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Names imported from @mantine/core by the app's (non-test) sources, @mantine/spotlight and @mantine/dates. */
function importedNames(): Set<string> {
  const names = new Set<string>();
  const fromCore = /import\s+(?:type\s+)?\{([^}]+)\}\s+from\s+['"]@mantine\/core['"]/g;
  const sources = [
    ...filesUnder(SOURCES, /\.tsx?$/).filter((path) => !/\.test\.tsx?$/.test(path)),
    ...filesUnder(join(SPOTLIGHT, 'esm'), /\.mjs$/),
    ...filesUnder(join(DATES, 'esm'), /\.mjs$/),
  ];
  for (const path of sources) {
    for (const [, list] of readFileSync(path, 'utf8').matchAll(fromCore)) {
      for (const item of list.split(','))
        names.add(
          item
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0],
        );
    }
  }
  return names;
}

/**
 * The components whose classes the code behind `names` uses: Mantine's own imports followed file by file
 * from each component's module, keeping those that import a style module (`Input.module.mjs` is Input.css).
 */
function styledComponentsBehind(names: Set<string>): Set<string> {
  const components = join(CORE, 'esm', 'components');
  const queue = [...names]
    .map((name) => join(components, name, `${name}.mjs`))
    .filter((path) => statSync(path, { throwIfNoEntry: false }));
  const seen = new Set<string>();
  const styled = new Set<string>();
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const module = /(\w+)\.module\.mjs$/.exec(path);
    if (module) styled.add(module[1]);
    for (const [, target] of readFileSync(path, 'utf8').matchAll(/from\s+["'](\.{1,2}\/[^"']+\.mjs)["']/g)) {
      queue.push(join(dirname(path), target));
    }
  }
  return styled;
}

function expectedFile(): string {
  const full = readFileSync(join(CORE, 'styles.css'), 'utf8');
  const sheet = (name: string) => join(CORE, 'styles', `${name}.css`);
  const sheets = ['baseline', 'default-css-variables', 'global', ...styledComponentsBehind(importedNames())]
    .filter((name) => statSync(sheet(name), { throwIfNoEntry: false }))
    .map((name) => ({ name, at: full.indexOf(readFileSync(sheet(name), 'utf8').trim().slice(0, 200)) }))
    .sort((a, b) => a.at - b.at);
  expect(sheets.every(({ at }) => at >= 0)).toBe(true);
  return [
    '// The style sheets of the Mantine components the app uses, and of those they are built from, in the',
    "// order of Mantine's full sheet. Written by mantine-styles.test.ts (`-u`); do not edit by hand.",
    ...sheets.map(({ name }) => `import '@mantine/core/styles/${name}.css';`),
    '',
  ].join('\n');
}

describe('mantine-styles.ts', () => {
  it('imports the sheet of every Mantine component the app uses, and no other', async () => {
    await expect(expectedFile()).toMatchFileSnapshot('./mantine-styles.ts');
  });

  it('follows Mantine’s own imports to the components a component is built from', () => {
    const select = styledComponentsBehind(new Set(['Select']));
    expect([...select]).toEqual(expect.arrayContaining(['Combobox', 'Input', 'Popover', 'ScrollArea']));
    // NavLink draws Accordion's chevron, an icon without styles of its own.
    expect(styledComponentsBehind(new Set(['NavLink']))).not.toContain('Accordion');
  });
});
