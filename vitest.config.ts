import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql-js for the tests' own modules and for the packages Node loads for them (Apollo Server,
    // graphql-tools): Node picks graphql's CommonJS entry, Vite would pick its ESM one, and a schema built
    // by one copy is refused by the other. `npm start` and the Lambda bundle each load a single copy.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts one in-memory DynamoDB Local for the run (or uses DYNAMODB_ENDPOINT); each test file gets its own table.
    globalSetup: ['tests/support/global-setup.ts'],
    // Generous: a busy CI machine runs the suite 4× slower than a quiet one, and a test that times out
    // keeps running beside the next ones. Time is measured by `npm run bench`, never asserted here.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: keep DynamoDB Local and the test workers from starving each other.
    maxWorkers: 2,
  },
});
