import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // One line when the test oracle (../shared/reference) is missing; a failure when CI requires it.
    globalSetup: ['test/helpers/oracle-notice.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The subprocess and terminal tests share the built CLI; two workers match the 2-core machines.
    maxWorkers: 2,
  },
});
