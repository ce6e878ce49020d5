import { defineConfig } from 'vitest/config';

// The sources only: never a compiled copy in dist/, which may be older than them.
export default defineConfig({ test: { include: ['src/**/*.test.ts'] } });
