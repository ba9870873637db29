import { describe, expect, it } from 'vitest';
import { capacityUnits, CapacityMeter, commandKind } from '../../../scripts/cost/capacity-meter.ts';
import { itemBytes, storedBytes, valueBytes } from '../../../scripts/cost/measurement.ts';

describe('DynamoDB item sizes', () => {
  it('counts names and values as DynamoDB does (UTF-8 strings, about a byte per two digits, 3 per list or map)', () => {
    expect(valueBytes({ S: '朱家角' })).toBe(9);
    expect(valueBytes({ N: '12345' })).toBe(4);
    expect(valueBytes({ BOOL: true })).toBe(1);
    expect(valueBytes({ L: [{ S: 'ab' }, { NULL: true }] })).toBe(3 + 1 + 2 + 1 + 1);
    expect(itemBytes({ pk: { S: 'ENT#1' }, n: { N: '1' } })).toBe(2 + 5 + 1 + 2);
  });

  it('stores an item once in the table and again in each index whose key it carries, 100 bytes of overhead each', () => {
    const item = { pk: { S: 'A' }, gsi1pk: { S: 'B' } };
    expect(storedBytes(item, ['gsi1pk', 'gsi2pk'])).toBe(2 * (itemBytes(item) + 100));
  });
});

describe('the capacity meter', () => {
  it('adds up ConsumedCapacity of a single request, a batch and a transaction', () => {
    expect(capacityUnits({ CapacityUnits: 0.5 })).toBe(0.5);
    expect(capacityUnits([{ CapacityUnits: 2 }, { CapacityUnits: 6 }])).toBe(8);
    expect(capacityUnits(undefined)).toBe(0);
  });

  it('knows reads from writes by the command name the middleware sees, either client’s', () => {
    expect(commandKind('QueryCommand')).toBe('read');
    expect(commandKind('GetCommand')).toBe('read');
    expect(commandKind('TransactWriteItemsCommand')).toBe('write');
    expect(commandKind('UpdateCommand')).toBe('write');
    expect(commandKind('DescribeTableCommand')).toBeUndefined();
  });

  it('charges units to a label and hands them over once; nothing is charged without a label', () => {
    const meter = new CapacityMeter();
    meter.charge('op:a', 'read', 0.5);
    meter.charge('op:a', 'write', 2);
    meter.charge(undefined, 'write', 9);
    expect(meter.take('op:a')).toEqual({ readUnits: 0.5, writeUnits: 2, requests: 2 });
    expect(meter.take('op:a')).toEqual({ readUnits: 0, writeUnits: 0, requests: 0 });
  });

  it('is settled once nothing has been in flight for the quiet period', async () => {
    let now = 0;
    const meter = new CapacityMeter(() => now);
    now = 1000;
    await expect(meter.settled(200)).resolves.toBeUndefined();
  });
});
