/**
 * What one recorded run measured (`scripts/cost/record.ts`): per operation of the GraphQL API, its calls,
 * DynamoDB units, time and answer size; per phase, the domain events and the records the pipe's filter
 * passes; what an application leaves stored; what the Lambda handlers log per request. The bill scales
 * these by the district's mix; nothing in here is typed in.
 */

/** year: once a year per district (provider roster, plan, notice, budget); application: once per application. */
export const PHASES = ['year', 'application', 'read', 'import'] as const;
export type Phase = (typeof PHASES)[number];

export interface OperationRecord {
  /** The operation's root field(s) (`draftApplication`), a read document's name, or `⏱ …` for time passing. */
  readonly name: string;
  readonly phase: Phase;
  /** `time`: the clock moving on (a workflow Wait ending): no API call, only what the workflow does. */
  readonly kind: 'query' | 'mutation' | 'time';
  /** `public`: anonymous, the REST API behind WAF; `private`: the HTTP API; `none` for time passing. */
  readonly route: 'private' | 'public' | 'none';
  calls: number;
  refused: number;
  readUnits: number;
  writeUnits: number;
  dynamoRequests: number;
  /** Sum over the calls of the time to answer, on the local server (the GraphQL handler's work). */
  durationMs: number;
  responseBytes: number;
  /** Attachments this operation signed for upload (one S3 PUT each, and one read when confirmed). */
  uploads: number;
}

export interface PhaseRecord {
  /** Domain events the publisher emitted (each one custom event on the bus). */
  domainEvents: number;
  /** The same by kind (`application.submitted`…): rules on the bus route by kind. */
  eventsByKind: Record<string, number>;
  /** Every inserted audit record (the audit archiver's stream filter passes them all). */
  auditRecords: number;
  /** Their bytes, as stored in the table (the archive keeps one JSON object each). */
  auditBytes: number;
  /** Inserted audit records the pipe's filter passes (Pipes bills these; the enrichment sees them). */
  filteredRecords: number;
  /** Bytes the phase left in the table, indexes and DynamoDB's 100-byte overhead per item included. */
  storedBytes: number;
}

export interface HandlerSample {
  /** `query`, `mutation`: answered; `refused`: an error code in the answer. */
  readonly outcome: 'query' | 'mutation' | 'refused';
  requests: number;
  /** What the handler wrote to stdout and stderr (one log event per line), in bytes. */
  logBytes: number;
  logLines: number;
  /** Lines in CloudWatch's embedded metric format. */
  emfLines: number;
  durationMs: number;
  /** The lines the first request of this kind logged (each cut at 400 characters). */
  example: string[];
}

export interface Measurement {
  readonly version: 1;
  readonly recordedAt: string;
  readonly machine: string;
  readonly node: string;
  readonly commit: string;
  /** Applications walked from diagnosis to payment. */
  readonly applications: number;
  readonly operations: readonly OperationRecord[];
  readonly phases: Readonly<Record<Phase, PhaseRecord>>;
  readonly import: { readonly lines: number; readonly awardsCreated: number; readonly durationMs: number };
  /** The GraphQL Lambda handler run in-process over the same table (production mode). */
  readonly graphqlHandler: {
    /** The Lambda service's own lines per invocation (START, END, REPORT with its X-Ray line), rendered. */
    readonly platformBytes: number;
    readonly platformLines: number;
    readonly samples: readonly HandlerSample[];
  };
  /** The pipe's enrichment handler run in-process over the recorded audit records. */
  readonly enrichment: {
    readonly invocations: number;
    readonly logBytes: number;
    readonly logLines: number;
    readonly durationMs: number;
  };
  /** Gzip's size over the raw size of the captured log lines (CloudWatch archives compressed). */
  readonly logCompressionRatio: number;
}

interface AttributeValue {
  readonly S?: string;
  readonly N?: string;
  readonly B?: Uint8Array;
  readonly BOOL?: boolean;
  readonly NULL?: boolean;
  readonly L?: readonly AttributeValue[];
  readonly M?: Readonly<Record<string, AttributeValue>>;
  readonly SS?: readonly string[];
  readonly NS?: readonly string[];
  readonly BS?: readonly Uint8Array[];
}

const utf8 = (text: string): number => Buffer.byteLength(text, 'utf8');

/** A number's size as DynamoDB counts it: about one byte per two significant digits, plus one. */
function numberBytes(value: string): number {
  const digits = value.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

/** The size of one attribute value by DynamoDB's item-size rules. */
export function valueBytes(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberBytes(value.N);
  if (value.B !== undefined) return value.B.length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.L !== undefined) return 3 + value.L.reduce((sum, item) => sum + 1 + valueBytes(item), 0);
  if (value.M !== undefined)
    return (
      3 + Object.entries(value.M).reduce((sum, [name, item]) => sum + 1 + utf8(name) + valueBytes(item), 0)
    );
  if (value.SS !== undefined) return value.SS.reduce((sum, item) => sum + utf8(item), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, item) => sum + numberBytes(item), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, item) => sum + item.length, 0);
  return 0;
}

/** An item's size: attribute names and values. */
export function itemBytes(item: Readonly<Record<string, AttributeValue>>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueBytes(value), 0);
}

/**
 * What an item costs in storage: its size and DynamoDB's 100 bytes of overhead, once in the table and
 * again in each index whose partition key it carries (the indexes project every attribute).
 */
export function storedBytes(
  item: Readonly<Record<string, AttributeValue>>,
  indexKeys: readonly string[],
): number {
  const size = itemBytes(item) + 100;
  return size * (1 + indexKeys.filter((key) => item[key] !== undefined).length);
}
