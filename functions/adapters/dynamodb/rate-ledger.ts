import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RateLedger, RateWindow } from '#domain/rate-limits/rate-budget';
import { unmetered } from './read-budget.ts';

/**
 * Callers' rate windows (KEY-DESIGN.md): pk `RATE#<caller>` (`user:<subject>` or `ip:<address>`), sk
 * `WINDOW#<window start, ISO>`, the points used in `used`. Each window is its own item, so a new window
 * starts at nothing without anyone resetting the old one, and `expiresAt` (the table's TTL) lets DynamoDB
 * remove it a window after it ended; nothing reads an ended window.
 *
 * Not audited, deliberately: a counter is the API's accounting of its callers, not a change to the
 * programme's records, so it is written alone (no transaction, no audit record) and left out of the
 * domain's events. Its writes are not the request's either: they run outside the request's read meter,
 * which would otherwise take the admission for the request's first write and stop refusing its reads.
 */
export class DynamoRateLedger implements RateLedger {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async admit(
    callerKey: string,
    window: RateWindow,
    points: number,
    limit: number,
  ): Promise<{ admitted: boolean; used: number }> {
    try {
      const used = await this.add(callerKey, window, points, limit - points);
      return { admitted: true, used };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // The item as it stood when the condition failed (ReturnValuesOnConditionCheckFailure).
      const stored = error.Item?.['used']?.N;
      return { admitted: false, used: stored === undefined ? limit : Number(stored) };
    }
  }

  charge(callerKey: string, window: RateWindow, points: number): Promise<number> {
    return this.add(callerKey, window, points, undefined);
  }

  /** `ADD used :points` on the window's item, only while `used <= most` when `most` is given. */
  private async add(
    callerKey: string,
    window: RateWindow,
    points: number,
    most: number | undefined,
  ): Promise<number> {
    const { Attributes } = await unmetered(() =>
      this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: `RATE#${callerKey}`, sk: `WINDOW#${window.start.toISOString()}` },
          UpdateExpression: 'SET #entity = :entity, #expiresAt = :expiresAt ADD #used :points',
          ...(most === undefined
            ? {}
            : {
                ConditionExpression: 'attribute_not_exists(#used) OR #used <= :most',
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
              }),
          ExpressionAttributeNames: { '#entity': 'entity', '#expiresAt': 'expiresAt', '#used': 'used' },
          ExpressionAttributeValues: {
            ':entity': 'RateWindow',
            // A window after the window ends: DynamoDB's TTL deletion is lazy anyway, and no one reads it.
            ':expiresAt': Math.floor(window.reset.getTime() / 1000) + windowSeconds(window),
            ':points': points,
            ...(most === undefined ? {} : { ':most': most }),
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      ),
    );
    return Number(Attributes?.['used'] ?? points);
  }
}

const windowSeconds = (window: RateWindow): number =>
  Math.round((window.reset.getTime() - window.start.getTime()) / 1000);
