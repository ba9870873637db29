import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { TrustedDocumentsMode } from '#config/env';
import { OperationNotRegistered } from '#domain/errors';
import manifest from '../../client/generated/persisted-documents.json' with { type: 'json' };
import type { GraphQLContext } from './context.ts';
import { refusedRequest } from './format-error.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The registered operations (trusted documents): the manifest GraphQL Code Generator's client preset
 * writes from the client's documents (`persistedDocuments` in codegen.yml), each text under its id
 * `sha256:<hex of the text>` (GraphQL over HTTP, persisted documents). Checked when loaded: an id that is
 * not its text's hash (a hand-edited manifest) stops the server.
 */
export class TrustedDocuments {
  private readonly byHash: ReadonlyMap<string, string>;

  constructor(manifest: Readonly<Record<string, string>>) {
    this.byHash = new Map(
      Object.entries(manifest).map(([id, text]) => {
        const hash = sha256(text);
        if (id !== `sha256:${hash}`)
          throw new Error(`persisted document ${id} is not its text's sha256: run npm run codegen`);
        return [hash, text] as const;
      }),
    );
  }

  /** The text registered under `id`: `sha256:<hex>` (`documentId`) or the bare hex (Apollo's `sha256Hash`). */
  textOf(id: string): string | undefined {
    const hash = id.startsWith('sha256:') ? id.slice('sha256:'.length) : id;
    return this.byHash.get(hash.toLowerCase());
  }

  /** Whether `text` is exactly a registered document's text (same bytes, same hash). */
  registers(text: string): boolean {
    return this.byHash.has(sha256(text));
  }
}

/** The operations of `schema/examples/` (the client's documents), as `npm run codegen` registered them. */
export const REGISTERED_DOCUMENTS = new TrustedDocuments(manifest);

/**
 * The id a request names its document by, if any: `documentId` (GraphQL over HTTP's persisted documents,
 * in a POST body or a GET's query string) or Apollo's `extensions.persistedQuery.sha256Hash`.
 */
function documentIdOf(request: GraphQLRequest): { id: string; apq: boolean } | undefined {
  const body = request.http?.body;
  const fromBody =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['documentId'] : undefined;
  const fromSearch = new URLSearchParams(request.http?.search ?? '').get('documentId') ?? undefined;
  const documentId = fromBody ?? fromSearch;
  if (typeof documentId === 'string') return { id: documentId, apq: false };
  const persisted: unknown = request.extensions?.['persistedQuery'];
  const hash =
    typeof persisted === 'object' && persisted !== null
      ? (persisted as Record<string, unknown>)['sha256Hash']
      : undefined;
  return typeof hash === 'string' ? { id: hash, apq: true } : undefined;
}

/**
 * Stands in for the document of a refused request, so that nothing the caller sent is parsed or validated
 * before the refusal (which comes in `didResolveOperation`, on the normal response path: with its cost,
 * rate headers and `no-store`).
 */
const REFUSED = '{ __typename }';

const refusedRequests = new WeakSet<GraphQLRequest>();

/**
 * Whether the request was refused as unregistered: the cost plugin then does not admit it against the
 * caller's rate budget (it is charged its one point as any other refusal is).
 */
export function refusedAsUnregistered(request: GraphQLRequest): boolean {
  return refusedRequests.has(request);
}

function refuse(request: GraphQLRequest, message: string, status: number): GraphQLError {
  refusedRequests.add(request);
  request.query = REFUSED;
  delete request.operationName;
  if (request.extensions?.['persistedQuery'] !== undefined) {
    const { persistedQuery: _ignored, ...rest } = request.extensions;
    request.extensions = rest;
  }
  return refusedRequest(new OperationNotRegistered(message), status);
}

/**
 * Resolves a registered document id to its text (in both modes), and with `required` refuses every other
 * operation: an unknown id (HTTP 404) or a text that is not exactly a registered one (HTTP 403), with
 * `OPERATION_NOT_REGISTERED`. With `off`, an unknown Apollo hash is left to Apollo's automatic persisted
 * queries (`PERSISTED_QUERY_NOT_FOUND`, and the client sends the text); an unknown `documentId` has no text
 * to fall back on and is refused in both modes.
 */
function screen(
  request: GraphQLRequest,
  mode: TrustedDocumentsMode,
  documents: TrustedDocuments,
): GraphQLError | undefined {
  const named = documentIdOf(request);
  if (request.query === undefined && named !== undefined) {
    const text = documents.textOf(named.id);
    if (text !== undefined) {
      request.query = text;
      return undefined;
    }
    if (mode === 'off' && named.apq) return undefined;
    return refuse(request, `no registered operation has the id ${named.id}`, 404);
  }
  if (mode === 'off' || request.query === undefined || documents.registers(request.query)) return undefined;
  return refuse(
    request,
    'only registered operations are served: send a registered documentId, or a registered text exactly',
    403,
  );
}

/** Trusted documents (TRUSTED_DOCUMENTS): see `screen`. */
export function trustedDocumentsPlugin(
  mode: TrustedDocumentsMode,
  documents: TrustedDocuments = REGISTERED_DOCUMENTS,
): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: ({ request }) => {
      const refusal = screen(request, mode, documents);
      return Promise.resolve(
        refusal === undefined ? undefined : { didResolveOperation: () => Promise.reject(refusal) },
      );
    },
  };
}
