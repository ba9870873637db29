/**
 * The one definition of the table's keys and indexes. The CDK data construct (infra/constructs/data-table.ts)
 * and the local bootstrap (ensure-table.ts) both build the table from it, so DynamoDB Local and AWS
 * never disagree. Entity key layouts are documented in KEY-DESIGN.md beside this file.
 */

export interface KeyAttribute {
  readonly name: string;
  readonly type: 'S' | 'N';
}

export interface GlobalIndexDesign {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
}

export interface TableDesign {
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  /** Overloaded GSIs: each entity puts its own values in them (see KEY-DESIGN.md). */
  readonly globalIndexes: readonly GlobalIndexDesign[];
  /** Epoch-seconds attribute DynamoDB uses to expire short-lived items (idempotency records). */
  readonly timeToLiveAttribute: string;
  /**
   * The table's stream: each written item's new image, from which domain events are taken (audit records,
   * see functions/domain/events). The pipe reads it in AWS; the local publisher on DynamoDB Local.
   */
  readonly streamViewType: 'NEW_IMAGE';
}

const overloadedIndex = (n: number): GlobalIndexDesign => ({
  indexName: `gsi${n}`,
  partitionKey: { name: `gsi${n}pk`, type: 'S' },
  sortKey: { name: `gsi${n}sk`, type: 'S' },
});

export const TABLE_DESIGN: TableDesign = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalIndexes: [overloadedIndex(1), overloadedIndex(2), overloadedIndex(3)],
  timeToLiveAttribute: 'expiresAt',
  streamViewType: 'NEW_IMAGE',
};
