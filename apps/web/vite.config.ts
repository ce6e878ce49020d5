import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API_ORIGIN = 'http://localhost:3000';

/** An absolute file system path next to this file (no Node types needed in the web tsconfig). */
export function pathFromHere(relative: string): string {
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
  },
  server: {
    proxy: {
      '/graphql': API_ORIGIN,
      '/health': API_ORIGIN,
      '/socket.io': { target: API_ORIGIN, ws: true },
    },
  },
});
