import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC compiles the api for tests because it emits the decorator metadata Nest and TypeORM read.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    alias: [
      { find: '@ctcp/shared', replacement: fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url)) },
      // The same graphql module Node gives Nest (CommonJS), not Vite's ESM build: one realm of types.
      { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Sized for a busy two-core machine: a test fails on its own waits (events, requests) well before.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time, each with its own database and api: a file often waits (a schedule, an outage,
    // a browser), so two keep both cores busy. Not one per core: each api holds a pool of connections,
    // and many at once would pass the embedded server's limit of 100.
    maxWorkers: 2,
  },
});
