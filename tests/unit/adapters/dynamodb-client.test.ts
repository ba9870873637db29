import { describe, expect, it } from 'vitest';
import { createDynamoClient, DYNAMODB_TIMEOUTS } from '#adapters/dynamodb/client';

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

describe('the DynamoDB client (issue 19: a hung call must not hold requests until the Lambda times out)', () => {
  it('gives up on a connection after 1 s and on an answer after 5 s in AWS, failing the attempt for the SDK to retry', async () => {
    expect(await handlerOptions()).toMatchObject({
      connectionTimeout: DYNAMODB_TIMEOUTS.connectionTimeout,
      requestTimeout: DYNAMODB_TIMEOUTS.requestTimeout,
      throwOnRequestTimeout: true,
    });
    expect(DYNAMODB_TIMEOUTS).toEqual({ connectionTimeout: 1_000, requestTimeout: 5_000 });
  });

  it('sets no limit against DynamoDB Local on this machine, which may stall for seconds under load', async () => {
    const options = await handlerOptions('http://127.0.0.1:8000');
    expect(options['connectionTimeout']).toBeUndefined();
    expect(options['requestTimeout']).toBeUndefined();
  });
});
