/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query EnterpriseHistory($creditCode: ID!, $code: String!) {\n  enterprise(creditCode: $creditCode) {\n    creditCode\n    name\n    eligibility {\n      eligible\n      reasons {\n        rule\n        message\n      }\n    }\n  }\n  applications(first: 50) {\n    edges {\n      node {\n        id\n        programme\n        status\n        requestedAmountFen\n        benchmarkTitle\n        submittedAt\n      }\n    }\n  }\n  certifications(creditCode: $code) {\n    id\n    title\n    level\n    certifiedOn\n    source {\n      kind\n      importId\n      line\n      applicationId\n    }\n    outcome {\n      tier\n      awardFen\n      zeroReason\n      projectId\n    }\n  }\n  benchmarkStanding(creditCode: $code) {\n    highestTier\n    highestAwardedFen\n  }\n}": typeof types.EnterpriseHistoryDocument,
    "mutation FileObjection($input: FileObjectionInput!) {\n  fileObjection(input: $input) {\n    received\n    projectId\n  }\n}": typeof types.FileObjectionDocument,
    "query FinanceBatchPull($id: ID!, $after: String) {\n  paymentBatch(id: $id) {\n    id\n    status\n    paymentCount\n    totalFen\n    exportUrl(format: CSV)\n    payments(first: 100, after: $after) {\n      edges {\n        node {\n          payment {\n            id\n            payeeName\n            amountFen\n            documentNumber\n          }\n          account {\n            bankName\n            accountName\n            accountNumber\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.FinanceBatchPullDocument,
    "query ImportReport($id: ID!, $outcome: ImportOutcome) {\n  certificationImport(id: $id) {\n    id\n    fileName\n    status\n    totalLines\n    processedLines\n    encoding\n    awardedFen\n    counts {\n      created\n      zeroAmount\n      duplicate\n      unmatched\n      ineligible\n      invalid\n    }\n    lines(outcome: $outcome, first: 100) {\n      edges {\n        node {\n          line\n          outcome\n          reason\n          rule\n          creditCode\n          awardFen\n        }\n      }\n    }\n    reportCsvUrl\n  }\n}": typeof types.ImportReportDocument,
    "query PublicityPage($first: Int = 20, $after: String) {\n  publicity(first: $first, after: $after) {\n    edges {\n      node {\n        projectId\n        title\n        enterpriseName\n        proposedAmountFen\n        startDate\n        endDate\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.PublicityPageDocument,
    "query TownDashboard($first: Int = 20, $after: String) {\n  enterprises(first: $first, after: $after, filter: {eligible: false}) {\n    edges {\n      node {\n        creditCode\n        name\n        town {\n          name\n        }\n        eligibility {\n          eligible\n          reasons {\n            rule\n            message\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  projects(stage: IN_PUBLICITY, first: 20) {\n    edges {\n      node {\n        id\n        title\n        proposedAmountFen\n        publicity {\n          endDate\n        }\n      }\n    }\n  }\n}": typeof types.TownDashboardDocument,
};
const documents: Documents = {
    "query EnterpriseHistory($creditCode: ID!, $code: String!) {\n  enterprise(creditCode: $creditCode) {\n    creditCode\n    name\n    eligibility {\n      eligible\n      reasons {\n        rule\n        message\n      }\n    }\n  }\n  applications(first: 50) {\n    edges {\n      node {\n        id\n        programme\n        status\n        requestedAmountFen\n        benchmarkTitle\n        submittedAt\n      }\n    }\n  }\n  certifications(creditCode: $code) {\n    id\n    title\n    level\n    certifiedOn\n    source {\n      kind\n      importId\n      line\n      applicationId\n    }\n    outcome {\n      tier\n      awardFen\n      zeroReason\n      projectId\n    }\n  }\n  benchmarkStanding(creditCode: $code) {\n    highestTier\n    highestAwardedFen\n  }\n}": types.EnterpriseHistoryDocument,
    "mutation FileObjection($input: FileObjectionInput!) {\n  fileObjection(input: $input) {\n    received\n    projectId\n  }\n}": types.FileObjectionDocument,
    "query FinanceBatchPull($id: ID!, $after: String) {\n  paymentBatch(id: $id) {\n    id\n    status\n    paymentCount\n    totalFen\n    exportUrl(format: CSV)\n    payments(first: 100, after: $after) {\n      edges {\n        node {\n          payment {\n            id\n            payeeName\n            amountFen\n            documentNumber\n          }\n          account {\n            bankName\n            accountName\n            accountNumber\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.FinanceBatchPullDocument,
    "query ImportReport($id: ID!, $outcome: ImportOutcome) {\n  certificationImport(id: $id) {\n    id\n    fileName\n    status\n    totalLines\n    processedLines\n    encoding\n    awardedFen\n    counts {\n      created\n      zeroAmount\n      duplicate\n      unmatched\n      ineligible\n      invalid\n    }\n    lines(outcome: $outcome, first: 100) {\n      edges {\n        node {\n          line\n          outcome\n          reason\n          rule\n          creditCode\n          awardFen\n        }\n      }\n    }\n    reportCsvUrl\n  }\n}": types.ImportReportDocument,
    "query PublicityPage($first: Int = 20, $after: String) {\n  publicity(first: $first, after: $after) {\n    edges {\n      node {\n        projectId\n        title\n        enterpriseName\n        proposedAmountFen\n        startDate\n        endDate\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.PublicityPageDocument,
    "query TownDashboard($first: Int = 20, $after: String) {\n  enterprises(first: $first, after: $after, filter: {eligible: false}) {\n    edges {\n      node {\n        creditCode\n        name\n        town {\n          name\n        }\n        eligibility {\n          eligible\n          reasons {\n            rule\n            message\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  projects(stage: IN_PUBLICITY, first: 20) {\n    edges {\n      node {\n        id\n        title\n        proposedAmountFen\n        publicity {\n          endDate\n        }\n      }\n    }\n  }\n}": types.TownDashboardDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnterpriseHistory($creditCode: ID!, $code: String!) {\n  enterprise(creditCode: $creditCode) {\n    creditCode\n    name\n    eligibility {\n      eligible\n      reasons {\n        rule\n        message\n      }\n    }\n  }\n  applications(first: 50) {\n    edges {\n      node {\n        id\n        programme\n        status\n        requestedAmountFen\n        benchmarkTitle\n        submittedAt\n      }\n    }\n  }\n  certifications(creditCode: $code) {\n    id\n    title\n    level\n    certifiedOn\n    source {\n      kind\n      importId\n      line\n      applicationId\n    }\n    outcome {\n      tier\n      awardFen\n      zeroReason\n      projectId\n    }\n  }\n  benchmarkStanding(creditCode: $code) {\n    highestTier\n    highestAwardedFen\n  }\n}"): (typeof documents)["query EnterpriseHistory($creditCode: ID!, $code: String!) {\n  enterprise(creditCode: $creditCode) {\n    creditCode\n    name\n    eligibility {\n      eligible\n      reasons {\n        rule\n        message\n      }\n    }\n  }\n  applications(first: 50) {\n    edges {\n      node {\n        id\n        programme\n        status\n        requestedAmountFen\n        benchmarkTitle\n        submittedAt\n      }\n    }\n  }\n  certifications(creditCode: $code) {\n    id\n    title\n    level\n    certifiedOn\n    source {\n      kind\n      importId\n      line\n      applicationId\n    }\n    outcome {\n      tier\n      awardFen\n      zeroReason\n      projectId\n    }\n  }\n  benchmarkStanding(creditCode: $code) {\n    highestTier\n    highestAwardedFen\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FileObjection($input: FileObjectionInput!) {\n  fileObjection(input: $input) {\n    received\n    projectId\n  }\n}"): (typeof documents)["mutation FileObjection($input: FileObjectionInput!) {\n  fileObjection(input: $input) {\n    received\n    projectId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceBatchPull($id: ID!, $after: String) {\n  paymentBatch(id: $id) {\n    id\n    status\n    paymentCount\n    totalFen\n    exportUrl(format: CSV)\n    payments(first: 100, after: $after) {\n      edges {\n        node {\n          payment {\n            id\n            payeeName\n            amountFen\n            documentNumber\n          }\n          account {\n            bankName\n            accountName\n            accountNumber\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"): (typeof documents)["query FinanceBatchPull($id: ID!, $after: String) {\n  paymentBatch(id: $id) {\n    id\n    status\n    paymentCount\n    totalFen\n    exportUrl(format: CSV)\n    payments(first: 100, after: $after) {\n      edges {\n        node {\n          payment {\n            id\n            payeeName\n            amountFen\n            documentNumber\n          }\n          account {\n            bankName\n            accountName\n            accountNumber\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportReport($id: ID!, $outcome: ImportOutcome) {\n  certificationImport(id: $id) {\n    id\n    fileName\n    status\n    totalLines\n    processedLines\n    encoding\n    awardedFen\n    counts {\n      created\n      zeroAmount\n      duplicate\n      unmatched\n      ineligible\n      invalid\n    }\n    lines(outcome: $outcome, first: 100) {\n      edges {\n        node {\n          line\n          outcome\n          reason\n          rule\n          creditCode\n          awardFen\n        }\n      }\n    }\n    reportCsvUrl\n  }\n}"): (typeof documents)["query ImportReport($id: ID!, $outcome: ImportOutcome) {\n  certificationImport(id: $id) {\n    id\n    fileName\n    status\n    totalLines\n    processedLines\n    encoding\n    awardedFen\n    counts {\n      created\n      zeroAmount\n      duplicate\n      unmatched\n      ineligible\n      invalid\n    }\n    lines(outcome: $outcome, first: 100) {\n      edges {\n        node {\n          line\n          outcome\n          reason\n          rule\n          creditCode\n          awardFen\n        }\n      }\n    }\n    reportCsvUrl\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicityPage($first: Int = 20, $after: String) {\n  publicity(first: $first, after: $after) {\n    edges {\n      node {\n        projectId\n        title\n        enterpriseName\n        proposedAmountFen\n        startDate\n        endDate\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query PublicityPage($first: Int = 20, $after: String) {\n  publicity(first: $first, after: $after) {\n    edges {\n      node {\n        projectId\n        title\n        enterpriseName\n        proposedAmountFen\n        startDate\n        endDate\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TownDashboard($first: Int = 20, $after: String) {\n  enterprises(first: $first, after: $after, filter: {eligible: false}) {\n    edges {\n      node {\n        creditCode\n        name\n        town {\n          name\n        }\n        eligibility {\n          eligible\n          reasons {\n            rule\n            message\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  projects(stage: IN_PUBLICITY, first: 20) {\n    edges {\n      node {\n        id\n        title\n        proposedAmountFen\n        publicity {\n          endDate\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query TownDashboard($first: Int = 20, $after: String) {\n  enterprises(first: $first, after: $after, filter: {eligible: false}) {\n    edges {\n      node {\n        creditCode\n        name\n        town {\n          name\n        }\n        eligibility {\n          eligible\n          reasons {\n            rule\n            message\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  projects(stage: IN_PUBLICITY, first: 20) {\n    edges {\n      node {\n        id\n        title\n        proposedAmountFen\n        publicity {\n          endDate\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;