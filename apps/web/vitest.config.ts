import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

function pathFromHere(relative: string): string {
  return decodeURIComponent(new URL(relative, import.meta.url).pathname);
}

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@ctcp/shared': pathFromHere('../../libs/shared/src/index.ts') },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // Vitest's default leaves one core idle (one worker on a two-core machine).
    maxWorkers: 2,
    // Rendering Mantine forms in jsdom takes seconds on a busy two-core machine: sized for that, not for
    // a fast one (Testing Library's own waits are set in src/test/setup.ts).
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
