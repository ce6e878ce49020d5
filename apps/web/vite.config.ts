import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API_ORIGIN = 'http://localhost:3000';

/** An absolute file system path next to this file (no Node types needed in the web tsconfig). */
function pathFromHere(relative: string): string {
  return decodeURIComponent(new URL(relative, import.meta.url).pathname);
}

export default defineConfig({
  plugins: [react()],
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
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-number-format)/,
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
