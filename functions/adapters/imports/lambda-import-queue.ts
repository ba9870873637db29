import { InvokeCommand } from '@aws-sdk/client-lambda';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { ImportJob, ImportQueue } from '#domain/benchmark/import-queue';

/**
 * Imports requested through the API run in the import Lambda, invoked asynchronously: Lambda retries a
 * failed run twice and then sends the event to the import dead-letter queue, whose alarm an operator
 * sees. A run repeated by a retry is harmless (the same file is the same import).
 */
export class LambdaImportQueue implements ImportQueue {
  constructor(
    private readonly client: LambdaClient,
    private readonly functionName: string,
  ) {}

  async submit(job: ImportJob): Promise<void> {
    await this.client.send(
      new InvokeCommand({
        FunctionName: this.functionName,
        InvocationType: 'Event',
        Payload: new TextEncoder().encode(JSON.stringify({ job })),
      }),
    );
  }
}
