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
  },
});
