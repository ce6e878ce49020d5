import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.e2e.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    // Journeys of dozens of steps through several browsers on a machine that may be saturated; each step
    // waits up to PAGE_WAIT_MS (support/browser.ts), so a defect still fails at that step, naming it.
    testTimeout: 600_000,
    hookTimeout: 180_000,
    // expect.poll gives up after 1 s by default: too soon for a busy machine to re-render a page.
    expect: { poll: { timeout: 60_000 } },
    fileParallelism: false,
  },
});
