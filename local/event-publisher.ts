import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import type { ShardIteratorType, _Record } from '@aws-sdk/client-dynamodb-streams';
import { eventsFromStreamRecords } from '#adapters/events/stream-records';
import type { DomainEvent, EventKind } from '#domain/events/catalogue';

/**
 * The local stand-in for DynamoDB Streams → EventBridge Pipes → the bus (issue 17): a publisher that reads
 * the table's own stream on DynamoDB Local (or any endpoint `npm start` uses), turns each inserted audit
 * record into its catalogued event with the same code as the pipe's enrichment Lambda, and delivers it to
 * the handlers subscribed here. Because it is fed by the items, not by the code that wrote them, a change
 * made by another process — `npm run import`, a test, a second server — is published too, and only once
 * its transaction committed.
 *
 * Delivery is at least once, in the stream's order per shard: a handler that fails is tried again
 * (`attempts` times, then the failure is reported and the publisher goes on); on start the publisher reads
 * the stream from its oldest record (`TRIM_HORIZON`, the 24 hours DynamoDB keeps), so events committed
 * while the server was stopped are delivered, and so are some it had delivered before: consumers are
 * idempotent (`idempotentConsumer`). The most recent events are kept in memory (`recent()`), for the API
 * and the notifications to show later.
 */

export type Subscriber = (event: DomainEvent) => Promise<void> | void;

export interface LocalEventPublisherOptions {
  readonly dynamo: DynamoDBClient;
  readonly tableName: string;
  /** Pause between two reads of the stream when nothing new came (ms). */
  readonly pollMs?: number;
  /** Where reading starts on the shards found at start: every record kept (default), or only new ones. */
  readonly from?: Extract<ShardIteratorType, 'TRIM_HORIZON' | 'LATEST'>;
  /** How many recent events `recent()` keeps. */
  readonly keep?: number;
  /** How many times a failing handler is given an event before the failure is reported. */
  readonly attempts?: number;
  /** A handler's last failure, or a stream record that could not be read. */
  readonly onError?: (error: unknown, event?: DomainEvent) => void;
}

interface ShardState {
  iterator: string | undefined;
  lastSequence: string | undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class LocalEventPublisher {
  private readonly streams: DynamoDBStreamsClient;
  private readonly subscribers = new Set<{ kinds: ReadonlySet<string> | null; handle: Subscriber }>();
  private readonly shards = new Map<string, ShardState>();
  /** Shards read to their end (closed): never read again. */
  private readonly finished = new Set<string>();
  private readonly published: DomainEvent[] = [];
  private streamArn: string | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private wake: (() => void) | undefined;
  private passes = 0;
  private emptyPasses = 0;
  private readonly passListeners = new Set<() => void>();

  constructor(private readonly options: LocalEventPublisherOptions) {
    // The stream is served by the same endpoint, region and credentials as the table.
    const config = options.dynamo.config;
    this.streams = new DynamoDBStreamsClient({
      region: config.region,
      credentials: config.credentials,
      ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint }),
    });
  }

  /** Calls `handle` with every event published from now on (of `kinds` only, when given); returns the unsubscribe. */
  subscribe(handle: Subscriber, kinds?: readonly EventKind[]): () => void {
    const subscriber = { kinds: kinds === undefined ? null : new Set<string>(kinds), handle };
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /** The events published most recently, oldest first. */
  recent(): readonly DomainEvent[] {
    return [...this.published];
  }

  /** Finds the table's stream and starts reading it in the background. */
  async start(): Promise<void> {
    if (this.running) return;
    const { Table } = await this.options.dynamo.send(
      new DescribeTableCommand({ TableName: this.options.tableName }),
    );
    if (Table?.StreamSpecification?.StreamEnabled !== true || Table.LatestStreamArn === undefined)
      throw new Error(
        `table ${this.options.tableName} has no stream: it is created with one from the table design (ensureTable)`,
      );
    this.streamArn = Table.LatestStreamArn;
    await this.discoverShards(this.options.from ?? 'TRIM_HORIZON');
    this.running = this.loop();
  }

  /** Stops reading (after the delivery under way) and closes the stream client. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
    this.streams.destroy();
  }

  /**
   * Resolves once the publisher has read the stream to its end and delivered what it found, as of a
   * moment after the call: what was committed before it is published (tests, and a clean shutdown).
   */
  async caughtUp(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const target = this.passes + 2;
    while (!(this.passes >= target && this.emptyPasses > 0)) {
      if (this.stopped) return;
      if (Date.now() > deadline) throw new Error('the event publisher did not catch up with the stream');
      this.wake?.();
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.passListeners.delete(done);
          resolve();
        };
        this.passListeners.add(done);
      });
    }
  }

  /** Read afresh each time (a stop may come during any await). */
  private isStopped(): boolean {
    return this.stopped;
  }

  private async loop(): Promise<void> {
    let sinceDiscovery = 0;
    while (!this.stopped) {
      let read = 0;
      try {
        if (sinceDiscovery >= 20 || this.shards.size === 0) {
          await this.discoverShards('TRIM_HORIZON');
          sinceDiscovery = 0;
        }
        for (const [shardId, shard] of [...this.shards]) read += await this.readShard(shardId, shard);
      } catch (error) {
        if (this.isStopped()) break;
        this.options.onError?.(error);
      }
      sinceDiscovery += 1;
      this.passes += 1;
      this.emptyPasses = read === 0 ? this.emptyPasses + 1 : 0;
      for (const listener of [...this.passListeners]) listener();
      if (read === 0 && !this.isStopped())
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.pollMs ?? 250);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
    }
  }

  /** Finds the stream's shards; a shard not seen before is read from `from` (new shards: from their start). */
  private async discoverShards(from: Extract<ShardIteratorType, 'TRIM_HORIZON' | 'LATEST'>): Promise<void> {
    let exclusiveStart: string | undefined;
    do {
      const { StreamDescription } = await this.streams.send(
        new DescribeStreamCommand({ StreamArn: this.streamArn, ExclusiveStartShardId: exclusiveStart }),
      );
      for (const shard of StreamDescription?.Shards ?? []) {
        const shardId = shard.ShardId;
        if (shardId === undefined || this.shards.has(shardId) || this.finished.has(shardId)) continue;
        this.shards.set(shardId, { iterator: await this.iterator(shardId, from), lastSequence: undefined });
      }
      exclusiveStart = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStart !== undefined);
  }

  private async iterator(
    shardId: string,
    type: ShardIteratorType,
    sequenceNumber?: string,
  ): Promise<string | undefined> {
    const { ShardIterator } = await this.streams.send(
      new GetShardIteratorCommand({
        StreamArn: this.streamArn,
        ShardId: shardId,
        ShardIteratorType: type,
        ...(sequenceNumber === undefined ? {} : { SequenceNumber: sequenceNumber }),
      }),
    );
    return ShardIterator;
  }

  /** Reads what a shard has now and delivers it; returns how many records were read. */
  private async readShard(shardId: string, shard: ShardState): Promise<number> {
    if (shard.iterator === undefined) {
      this.shards.delete(shardId);
      this.finished.add(shardId);
      return 0;
    }
    let answer;
    try {
      answer = await this.streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 1000 }));
    } catch (error) {
      if (!(error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException))
        throw error;
      // Start again just after the last record delivered (or from the oldest one kept).
      shard.iterator =
        shard.lastSequence === undefined || error instanceof TrimmedDataAccessException
          ? await this.iterator(shardId, 'TRIM_HORIZON')
          : await this.iterator(shardId, 'AFTER_SEQUENCE_NUMBER', shard.lastSequence);
      return 0;
    }
    const records = answer.Records ?? [];
    for (const record of records) {
      if (this.stopped) return records.length;
      await this.publish(record);
      shard.lastSequence = record.dynamodb?.SequenceNumber ?? shard.lastSequence;
    }
    shard.iterator = answer.NextShardIterator;
    return records.length;
  }

  private async publish(record: _Record): Promise<void> {
    let events: DomainEvent[];
    try {
      events = eventsFromStreamRecords([record]);
    } catch (error) {
      this.options.onError?.(error);
      return;
    }
    for (const event of events) {
      this.published.push(event);
      if (this.published.length > (this.options.keep ?? 500)) this.published.shift();
      for (const subscriber of [...this.subscribers])
        if (subscriber.kinds === null || subscriber.kinds.has(event.kind))
          await this.deliver(subscriber.handle, event);
    }
  }

  private async deliver(handle: Subscriber, event: DomainEvent): Promise<void> {
    const attempts = this.options.attempts ?? 3;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await handle(event);
        return;
      } catch (error) {
        if (attempt >= attempts || this.stopped) {
          this.options.onError?.(error, event);
          return;
        }
        await sleep(50 * attempt);
      }
    }
  }
}
