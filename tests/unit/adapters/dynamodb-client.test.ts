import { describe, expect, it } from 'vitest';
import { createDynamoClient, DYNAMODB_CONNECTION_TIMEOUT_MS } from '#adapters/dynamodb/client';

/** The options the client's HTTP handler was built with, once it has read them. */
async function handlerOptions(endpoint?: string): Promise<Record<string, unknown>> {
  const client = createDynamoClient({ region: 'cn-north-1', endpoint });
  const handler = client.config.requestHandler;
  expect(handler.constructor.name).toBe('NodeHttpHandler');
  // Smithy's NodeHttpHandler resolves its options into a promise it reads at its first request (not part
  // of its typed interface, hence the cast): read here without sending one.
  const options = await (handler as unknown as { configProvider: Promise<Record<string, unknown>> })
    .configProvider;
  client.destroy();
  return options;
}

describe('the DynamoDB client (issue 19: a call must not wait on a connection that never opens until the Lambda times out)', () => {
  it('gives up on a connection after 1 s in AWS, for the SDK to retry on another, and sets no limit on the answer', async () => {
    const options = await handlerOptions();
    expect(options['connectionTimeout']).toBe(DYNAMODB_CONNECTION_TIMEOUT_MS);
    expect(DYNAMODB_CONNECTION_TIMEOUT_MS).toBe(1_000);
    // A retried attempt after a late answer would repeat a conditional write that may have been made.
    expect(options['requestTimeout']).toBeUndefined();
  });

  it('sets no limit against DynamoDB Local on this machine', async () => {
    const options = await handlerOptions('http://127.0.0.1:8000');
    expect(options['connectionTimeout']).toBeUndefined();
    expect(options['requestTimeout']).toBeUndefined();
  });
});
