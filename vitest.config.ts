import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts one in-memory DynamoDB Local for the run (or uses DYNAMODB_ENDPOINT); each test file gets its own table.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: keep DynamoDB Local and the test workers from starving each other.
    maxWorkers: 2,
  },
});
