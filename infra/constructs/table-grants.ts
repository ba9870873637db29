import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { TABLE_DESIGN } from '#adapters/dynamodb/table-design';

/** The item-level actions a function may be given; never Scan, never table management. */
export type ItemAction =
  'GetItem' | 'BatchGetItem' | 'Query' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'BatchWriteItem';

/**
 * The partitions (`dynamodb:LeadingKeys` patterns, e.g. `CLAIM#*` or the exact `TOWN`) an action may touch
 * on the table, or `'any'` for a function that reaches every entity with it.
 */
export type Partitions = 'any' | readonly [string, ...string[]];

const ALL_INDEXES = TABLE_DESIGN.globalIndexes.map((index) => index.indexName);

export interface TableAccess {
  /** Actions on the table's items, each with the partitions it may touch. */
  readonly items: Partial<Record<ItemAction, Partitions>>;
  /**
   * The named indexes the function queries. Not scoped by key: the indexes are overloaded and
   * `dynamodb:LeadingKeys` is documented for the table's partition key, so index queries are limited by
   * index name only.
   */
  readonly queryIndexes?: readonly string[];
}

/**
 * Least privilege on the table for one function: only the actions its code path calls, each on the key
 * prefixes it uses where IAM can say so (`ForAllValues:StringLike` on `dynamodb:LeadingKeys`, which covers
 * every key of a BatchGet/BatchWrite and each item of a transaction, authorised as its own action). No
 * `index/*` wildcard, no Scan, no ConditionCheckItem (no transaction uses one). Actions with the same
 * partitions share one statement.
 *
 * And for every function, whatever it is granted: an explicit deny on updating or deleting an audit
 * record. PutItem cannot be denied there (audit records are written with it, inside the change's
 * transaction); an overwrite is refused by the code's `attribute_not_exists(pk)` condition — see README.
 */
export function grantTableAccess(grantee: IGrantable, table: TableV2, access: TableAccess): void {
  const byPartitions = new Map<string, { partitions: Partitions; actions: string[] }>();
  for (const [action, partitions] of Object.entries(access.items) as [ItemAction, Partitions][]) {
    const key = JSON.stringify(partitions);
    const group = byPartitions.get(key) ?? { partitions, actions: [] };
    group.actions.push(`dynamodb:${action}`);
    byPartitions.set(key, group);
  }
  for (const { partitions, actions } of byPartitions.values()) {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions,
        resources: [table.tableArn],
        ...(partitions === 'any'
          ? {}
          : { conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...partitions] } } }),
      }),
    );
  }
  if (access.queryIndexes && access.queryIndexes.length > 0) {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: access.queryIndexes.map((name) => `${table.tableArn}/index/${name}`),
      }),
    );
  }
  // Audit records are written once, inside the change's transaction, and never changed or deleted:
  // even code running with this role cannot update or delete an item whose partition is an audit trail.
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      effect: Effect.DENY,
      actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
      resources: [table.tableArn],
      conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['AUDIT#*'] } },
    }),
  );
}

/**
 * What each function's code path calls (functions/adapters/dynamodb/*; KEY-DESIGN.md for the prefixes).
 * Keep in step with the handlers: a call left out here is AccessDenied in AWS.
 */
export const TABLE_ACCESS = {
  /**
   * Every entity is read and written through the API. Updates: atomic counters (disbursement document
   * numbers, callers' rate windows; objection tallies and limits inside transactions, R6.4.3) and
   * Powertools idempotency records; deletes: released claims (inside
   * transactions) and idempotency records of failed requests. Imports run in the import function, so no
   * BatchWriteItem.
   */
  graphql: {
    items: {
      GetItem: 'any',
      BatchGetItem: 'any',
      Query: 'any',
      PutItem: 'any',
      UpdateItem: ['SEQUENCE#*', 'IDEMPOTENCY', 'RATE#*', 'COUNTER#*'],
      DeleteItem: ['CLAIM#*', 'IDEMPOTENCY'],
    },
    queryIndexes: ALL_INDEXES,
  },
  /**
   * The approval workflow's tasks: read a project, its application, its objection tally (R6.4.3), the
   * stored holiday arrangements and the policy version; write the project and its audit record; release
   * the application's reward claim. Objections and arrangements are listed through the indexes.
   */
  workflowTask: {
    items: {
      GetItem: ['PROJECT#*', 'APP#*', 'COUNTER#*', 'CALENDAR#*', 'POLICYV#*'],
      PutItem: ['PROJECT#*', 'AUDIT#*'],
      DeleteItem: ['CLAIM#*'],
    },
    queryIndexes: ['gsi1'],
  },
  /**
   * Certification imports read enterprises, policy versions, standings, applications and projects and
   * record awards (certifications, standings, applications, projects, claims, the import itself, audit
   * records): reads and PutItem reach many entities. The import's report pages are its only batch writes.
   */
  import: {
    items: {
      GetItem: 'any',
      BatchGetItem: 'any',
      Query: 'any',
      PutItem: 'any',
      BatchWriteItem: ['IMPORT_REPORT#*'],
    },
    queryIndexes: ALL_INDEXES,
  },
  /**
   * Reference data: towns (conditional puts), the first policy version with its audit record, and the
   * R9.1 migration of legacy policy versions (read with Query on `POLICY`, deleted there).
   */
  seedReferenceData: {
    items: {
      GetItem: ['POLICYV#*'],
      Query: ['POLICY'],
      PutItem: ['TOWN', 'POLICYV#*', 'AUDIT#*'],
      DeleteItem: ['POLICY'],
    },
    queryIndexes: ['gsi1'],
  },
  /**
   * Notifications (issue 17): the recipient's preferences and the registry's contacts (enterprises and
   * providers, read by key), its deliveries read and written by key (a conditional put creates each once,
   * another moves it on). No index, no update, no delete, nothing else.
   */
  notifications: {
    items: {
      GetItem: ['NOTIFYPREF#*', 'NOTIFY#*', 'ENT#*', 'PROVIDER#*'],
      PutItem: ['NOTIFY#*'],
    },
  },
  /**
   * Issue 17's programme statistics: each event counted into its cell (UpdateItem ADD on `STATS#<year>`)
   * with its marker (PutItem on `STATSAPPLIED#<event id>`), one transaction; reads of the project, the
   * certification and the policy version an event takes its town, programme, tier or fiscal year from.
   * The cells are read by the GraphQL function.
   */
  statistics: {
    items: {
      GetItem: ['PROJECT#*', 'CERT#*', 'POLICYV#*'],
      PutItem: ['STATSAPPLIED#*'],
      UpdateItem: ['STATS#*'],
    },
  },
} as const satisfies Record<string, TableAccess>;
