import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.e2e.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    // Journeys through two browsers on a machine that may be busy; each wait fails well before (20-30 s).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default: too soon for a busy machine to re-render a page.
    expect: { poll: { timeout: 20_000 } },
    fileParallelism: false,
  },
});
