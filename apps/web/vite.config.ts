import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const API_ORIGIN = 'http://localhost:3000';

/** An absolute file system path next to this file. */
function pathFromHere(relative: string): string {
  return decodeURIComponent(new URL(relative, import.meta.url).pathname);
}

/**
 * `graphql(\`...\`)` from src/gql looks its document up in a map of every operation of the app, so the
 * first chunk would carry all of them. At build time each call becomes an import of that one document, as a
 * module of its own cut from src/gql/graphql.ts: a page's operations load with the page, and the sign-in
 * page carries only its own.
 */
function graphqlDocumentModules(): Plugin {
  const generatedDocuments = pathFromHere('./src/gql/graphql.ts');
  const registry = pathFromHere('./src/gql/gql.ts');
  const exportedCall = /^export const (\w+) = graphql\(\s*`([^`]*)`\s*\);$/gm;
  const prefix = 'virtual:graphql-document/';
  return {
    name: 'ctcp:graphql-document-modules',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.tsx?$/.test(id) || /[\\/]src[\\/]gql[\\/]/.test(id) || !code.includes('graphql(`')) {
        return null;
      }
      const registered = readFileSync(registry, 'utf8');
      const linked = code.replace(exportedCall, (_statement, local: string, source: string) => {
        // The generated map is keyed by the exact text: a text it lacks means src/gql is out of date.
        if (!registered.includes(JSON.stringify(source))) {
          this.error(`${id}: operation ${local} is not in src/gql; run \`npm run codegen -w @ctcp/web\``);
        }
        const definition = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(source);
        if (!definition) this.error(`${id}: operation ${local} has no name`);
        const [, kind, name] = definition;
        const generated = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        // A re-export, not a variable: a page that imports the document links to its module directly.
        return `export { default as ${local} } from '${prefix}${generated}';`;
      });
      if (linked.includes('graphql(`')) {
        this.error(`${id}: an operation that is not written as "export const Name = graphql(...);"`);
      }
      return { code: linked, map: null };
    },
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const exported = id.slice(prefix.length + 1);
      // Codegen writes each document on one line: `export const XDocument = {...} as unknown as DocumentNode<...>;`
      const line = new RegExp(`^export const ${exported} = (\\{.*\\}) as unknown as DocumentNode<.*>;$`, 'm').exec(
        readFileSync(generatedDocuments, 'utf8'),
      );
      if (!line) this.error(`src/gql/graphql.ts has no document ${exported}; run \`npm run codegen -w @ctcp/web\``);
      return { code: `export default ${JSON.stringify(JSON.parse(line[1]))};`, moduleSideEffects: false };
    },
  };
}

/**
 * A brotli and a gzip copy beside each script and style sheet of the build (x.js.br, x.js.gz), compressed
 * once here at the highest levels: the api sends the one the browser accepts. Uncompressed, a first visit
 * would download about three times the bytes (the largest share of its time on a slow mobile network).
 */
function precompressedAssets(): Plugin {
  const brotli = promisify(brotliCompress);
  const gzipped = promisify(gzip);
  return {
    name: 'ctcp:precompressed-assets',
    apply: 'build',
    async writeBundle({ dir }, bundle) {
      if (!dir) return;
      const files = Object.keys(bundle).filter((name) => /^assets\/.*\.(js|css)$/.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(dir, name);
          const content = await readFile(path);
          const params = { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length };
          const copies = { br: await brotli(content, { params }), gz: await gzipped(content, { level: 9 }) };
          for (const [suffix, copy] of Object.entries(copies)) {
            // A few hundred bytes may not get smaller: the original is sent then.
            if (copy.length < content.length) await writeFile(`${path}.${suffix}`, copy);
          }
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [graphqlDocumentModules(), react(), precompressedAssets()],
  resolve: {
    // The shared vocabularies are compiled with the app from source: no build step needed in dev.
    alias: { '@ctcp/shared': pathFromHere('../../libs/shared/src/index.ts') },
  },
  build: {
    outDir: pathFromHere('./dist'),
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: {
        // A feature's index.ts only re-exports: what is imported through it is linked directly, so one
        // shared piece (a badge, a table) does not pull the feature's other pages into a chunk.
        moduleSideEffects: [{ test: /[\\/]src[\\/]features[\\/][^\\/]+[\\/]index\.ts$/, sideEffects: false }],
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            {
              // Only the Mantine parts the first page needs ($initial: imported statically from the entry);
              // what lazy pages alone use (number inputs, tags, tabs, the search palette...) loads with them.
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-number-format)/,
              tags: ['$initial'],
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|@graphql-typed-document-node)/,
            },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': API_ORIGIN,
      '/health': API_ORIGIN,
      '/exports': API_ORIGIN,
      // Single sign-on starts and ends at the api (its redirects and cookies).
      '/auth': API_ORIGIN,
      '/socket.io': { target: API_ORIGIN, ws: true },
      // Mail readers and the page's button post to the api; opening the link (GET) shows the page itself.
      '/unsubscribe': { target: API_ORIGIN, bypass: (req) => (req.method === 'GET' ? req.url : undefined) },
    },
  },
});
