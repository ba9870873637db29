import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Key = Record<string, string>;

/**
 * Reads many items by key: 100 keys per request (DynamoDB's limit), retrying what DynamoDB returns as
 * unprocessed with a short back-off.
 */
export async function batchGet(
  documents: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Key[],
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (let start = 0; start < keys.length; start += 100) {
    let pending: Key[] | undefined = keys.slice(start, start + 100);
    for (let attempt = 0; pending && pending.length > 0; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
      const result = await documents.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending } } }),
      );
      items.push(...(result.Responses?.[tableName] ?? []));
      pending = result.UnprocessedKeys?.[tableName]?.Keys as Key[] | undefined;
    }
  }
  return items;
}
