import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RateLedger, RateWindow } from '#domain/rate-limits/rate-budget';
import { unmetered } from './read-budget.ts';

/**
 * Callers' rate windows (KEY-DESIGN.md): pk `RATE#<caller>` (`user:<subject>` or `ip:<address>`), sk
 * `WINDOW#<window start, ISO>`, the points claimed by the API's instances (issue 19's leases) and charged
 * beyond them in `used`. Each window is its own item, so a new window
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

  /**
   * One conditional `ADD used :points` while `used <= limit − points`. When the window has less left, the
   * refusal carries what it had used (ReturnValuesOnConditionCheckFailure), and the claim is tried again
   * for exactly what is left: each retry follows another instance's claim, so they are few; after
   * `CLAIM_ATTEMPTS` the claim gives up and grants nothing (refusing a caller who may have had a point left,
   * never admitting one who had not).
   */
  async claim(
    callerKey: string,
    window: RateWindow,
    points: number,
    limit: number,
    signal?: AbortSignal,
  ): Promise<{ granted: number; used: number }> {
    let wanted = Math.min(points, limit);
    let used = limit;
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS && wanted > 0; attempt += 1) {
      try {
        return { granted: wanted, used: await this.add(callerKey, window, wanted, limit - wanted, signal) };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        // The item as it stood when the condition failed.
        const stored = error.Item?.['used']?.N;
        used = stored === undefined ? limit : Number(stored);
        wanted = Math.min(wanted, limit - used);
      }
    }
    return { granted: 0, used };
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
    signal?: AbortSignal,
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
        { abortSignal: signal },
      ),
    );
    return Number(Attributes?.['used'] ?? points);
  }
}

/** Claims tried on one window before giving up (each failed one saw the window used further). */
const CLAIM_ATTEMPTS = 4;

const windowSeconds = (window: RateWindow): number =>
  Math.round((window.reset.getTime() - window.start.getTime()) / 1000);
