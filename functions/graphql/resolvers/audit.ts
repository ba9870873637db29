import { asReport } from '#adapters/dynamodb/read-budget';
import { searchAuditRecords } from '#use-cases/audit/audit-records';
import { exportAuditRecords } from '#use-cases/audit/export-audit-records';
import { readAuditTrail } from '#use-cases/registry/audit-trail';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toConnection } from './connection.ts';

export const auditResolvers = {
  Query: {
    auditTrail: async (_parent, args, { principal, app }) =>
      toConnection(await readAuditTrail(principal, args, app)),
    auditRecords: async (_parent, args, { principal, app }) =>
      toConnection(await searchAuditRecords(principal, args, app)),
  },
  Mutation: {
    // A file of up to 10,000 records: read under the report limit, not the request's budget.
    exportAuditRecords: (_parent, { input }, { principal, app }) =>
      asReport(() => exportAuditRecords(principal, input, app)),
  },
  AuditRecord: {
    // Read back as the JSON text written in the change's transaction.
    before: (record) => asJson(record.before),
    after: (record) => asJson(record.after),
  },
} satisfies Resolvers;

function asJson(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
