import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { batchGet, queryPartition } from './batch-get.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Town, TownRepository } from '#domain/towns/town';

/**
 * Town items. Keys: pk `TOWN`, sk `TOWN#<code>`. Access patterns: list all towns (Query pk = TOWN);
 * get one town (GetItem). There are a dozen units, so one partition is right.
 */
const PARTITION = 'TOWN';
const sortKey = (code: string): string => `TOWN#${code}`;

interface TownItem extends Town {
  readonly pk: string;
  readonly sk: string;
  readonly entity: 'Town';
}

const toTown = ({ code, name, nameEn, kind, active }: TownItem): Town => ({
  code,
  name,
  nameEn,
  kind,
  active,
});

export class DynamoTownRepository implements TownRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(options?: { readonly signal?: AbortSignal }): Promise<Town[]> {
    return (await queryPartition<TownItem>(this.documents, this.tableName, PARTITION, options?.signal)).map(
      toTown,
    );
  }

  async get(code: string): Promise<Town | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: PARTITION, sk: sortKey(code) } }),
    );
    return Item ? toTown(Item as TownItem) : undefined;
  }

  async getMany(codes: readonly string[]): Promise<Map<string, Town>> {
    const items = await batchGet(
      this.documents,
      this.tableName,
      [...new Set(codes)].map((code) => ({ pk: PARTITION, sk: sortKey(code) })),
    );
    return new Map(items.map((item) => toTown(item as unknown as TownItem)).map((town) => [town.code, town]));
  }

  async addIfAbsent(town: Town): Promise<boolean> {
    const item: TownItem = { pk: PARTITION, sk: sortKey(town.code), entity: 'Town', ...town };
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
