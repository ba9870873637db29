import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The bill's two typed-in inputs: the price table (`prices.json`: list prices with their date, region and
 * where each was checked) and the district's workload assumptions (`district-mix.json`). Both are
 * validated here, so a missing or misspelt key fails before anything is computed.
 */

export const PRICE_KEYS = [
  'lambda.request',
  'lambda.armGbSecond',
  'apiGateway.httpRequest',
  'apiGateway.restRequest',
  'waf.webAcl',
  'waf.rule',
  'waf.request',
  'dynamodb.writeRequestUnit',
  'dynamodb.readRequestUnit',
  'dynamodb.storage',
  'dynamodb.pitr',
  'dynamodb.streamsRead',
  'eventBridge.customEvent',
  'pipes.request',
  'sqs.request',
  'stepFunctions.standardTransition',
  'cloudWatch.metric',
  'cloudWatch.dashboard',
  'cloudWatch.alarmMetric',
  'logs.ingestion',
  'logs.storage',
  'logs.vendedIngestion',
  'xRay.traceRecorded',
  'xRay.traceRetrieved',
  's3.storage',
  's3.intelligentTieringFrequent',
  's3.intelligentTieringInfrequent',
  's3.intelligentTieringArchiveInstant',
  's3.intelligentTieringMonitoring',
  's3.transitionToIntelligentTiering',
  's3.put',
  's3.get',
  'cognito.plusMau',
  'cognito.essentialsMau',
  'cognito.liteMau',
  'ses.email',
  'sns.smsChina',
  'kms.key',
  'kms.request',
  'dataTransfer.out',
] as const;
export type PriceKey = (typeof PRICE_KEYS)[number];

/** aws-page: seen on a stored copy of the AWS page; secondary: quoted by others; unverified; estimated. */
export const PRICE_STATUSES = ['aws-page', 'secondary', 'unverified', 'estimated'] as const;
export type PriceStatus = (typeof PRICE_STATUSES)[number];

const priceSchema = z.strictObject({
  usd: z.number().nonnegative(),
  per: z.number().positive(),
  unit: z.string().min(1),
  source: z.string().min(1),
  status: z.enum(PRICE_STATUSES),
  checked: z.string().min(1),
  /** The perpetual allowance every account gets a month, in the price's units (not the 12-month free tier). */
  freePerMonth: z
    .strictObject({
      units: z.number().nonnegative(),
      status: z.enum(PRICE_STATUSES),
      checked: z.string().min(1),
    })
    .optional(),
});
export type Price = z.infer<typeof priceSchema>;

const priceTableSchema = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  region: z.string().min(1),
  currency: z.literal('USD'),
  basis: z.string().min(1),
  notes: z.array(z.string()),
  prices: z.record(z.string(), priceSchema),
});

export interface PriceTable {
  readonly date: string;
  readonly region: string;
  readonly currency: 'USD';
  readonly basis: string;
  readonly notes: readonly string[];
  readonly prices: Readonly<Record<PriceKey, Price>>;
}

/** Validates a price table: every key of `PRICE_KEYS`, and no other. */
export function parsePriceTable(json: unknown): PriceTable {
  const table = priceTableSchema.parse(json);
  const keys = Object.keys(table.prices);
  const missing = PRICE_KEYS.filter((key) => !keys.includes(key));
  const unknown = keys.filter((key) => !(PRICE_KEYS as readonly string[]).includes(key));
  if (missing.length > 0 || unknown.length > 0)
    throw new Error(
      `price table: ${[
        missing.length > 0 ? `missing ${missing.join(', ')}` : '',
        unknown.length > 0 ? `unknown ${unknown.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ')}`,
    );
  return table as unknown as PriceTable;
}

/** US dollars for one unit (one request, one GB-second…). */
export function unitPrice(table: PriceTable, key: PriceKey): number {
  const price = table.prices[key];
  return price.usd / price.per;
}

/** Whether a price was confirmed on an AWS page or by others quoting it (not unverified or estimated). */
export function isConfirmed(table: PriceTable, key: PriceKey): boolean {
  const { status } = table.prices[key];
  return status === 'aws-page' || status === 'secondary';
}

const share = z.number().min(0).max(1);
const mixSchema = z.object({
  applicationsPerYear: z.number().positive(),
  apiCallsPerDay: z.number().positive(),
  daysPerMonth: z.number().positive(),
  traffic: z.object({ busyHoursPerMonth: z.number().positive().max(730), shareInBusyHours: share }),
  reads: z.object({ shares: z.record(z.string(), share) }),
  refusals: z.object({ shares: z.record(z.string(), share) }),
  certificationImportsPerYear: z.number().nonnegative(),
  registryEnterprises: z.number().int().positive(),
  monthlyActiveUsers: z.object({ count: z.number().nonnegative() }),
  attachmentBytes: z.number().nonnegative(),
  storageYears: z.number().positive(),
  xRayTracesRetrievedPerMonth: z.number().nonnegative(),
  notifications: z.object({
    emailsPerEvent: z.number().nonnegative(),
    smsPerEvent: z.number().nonnegative(),
  }),
  awsBehaviour: z.object({
    pipesStreamPollsPerSecondPerShard: z.number().nonnegative(),
    streamShards: z.number().int().nonnegative(),
    stepFunctionsLogBytesPerEvent: z.number().nonnegative(),
    xRaySampling: z.object({ reservoirPerSecond: z.number().nonnegative(), fixedRate: share }),
  }),
  deployment: z.object({ districts: z.number().int().positive() }),
  targets: z.object({
    oneDistrictExcludingEdgeUsd: z.number().positive(),
    perDistrictSharedUsd: z.number().positive(),
  }),
});
export type WorkloadMix = z.infer<typeof mixSchema>;

/** Validates the mix: shares of reads add up to 1, refusals to less than 1. */
export function parseWorkloadMix(json: unknown): WorkloadMix {
  const mix = mixSchema.parse(json);
  const reads = Object.values(mix.reads.shares).reduce((sum, value) => sum + value, 0);
  if (Math.abs(reads - 1) > 1e-9) throw new Error(`workload mix: read shares add up to ${reads}, not 1`);
  const refused = Object.values(mix.refusals.shares).reduce((sum, value) => sum + value, 0);
  if (refused >= 1) throw new Error(`workload mix: refusals add up to ${refused}`);
  return mix;
}

export const PRICES_PATH = new URL('./prices.json', import.meta.url);
export const MIX_PATH = new URL('./district-mix.json', import.meta.url);

export function loadPriceTable(path: URL = PRICES_PATH): PriceTable {
  return parsePriceTable(JSON.parse(readFileSync(path, 'utf8')));
}

export function loadWorkloadMix(path: URL = MIX_PATH): WorkloadMix {
  return parseWorkloadMix(JSON.parse(readFileSync(path, 'utf8')));
}
