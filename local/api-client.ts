/**
 * One GraphQL call over HTTP for the command-line tools (`npm run import`, `calendar`, `clock`), against
 * the local API or a deployed one: every error of the answer becomes terminal lines naming its code,
 * rule, fields and reasons.
 */

/** A refusal or failure, said in words fit for a terminal; `usage` when the caller's command was wrong. */
export class ApiClientError extends Error {
  constructor(
    message: string,
    readonly kind: 'usage' | 'unreachable' | 'refused' = 'refused',
  ) {
    super(message);
  }
}

export interface GraphqlError {
  readonly message: string;
  readonly extensions?: {
    readonly code?: string;
    readonly rule?: string;
    readonly reasons?: readonly { readonly rule: string; readonly message: string }[];
    readonly fields?: readonly { readonly path: readonly (string | number)[]; readonly message: string }[];
  };
}

export interface Endpoint {
  readonly url: string;
  readonly token: string;
}

export function describeError(error: GraphqlError): string {
  const extensions = error.extensions ?? {};
  const rule = extensions.rule ? ` [${extensions.rule}]` : '';
  const lines = [`${extensions.code ?? 'ERROR'}${rule}: ${error.message}`];
  for (const field of extensions.fields ?? []) lines.push(`  ${field.path.join('.')}: ${field.message}`);
  for (const reason of extensions.reasons ?? []) lines.push(`  ${reason.rule}: ${reason.message}`);
  return lines.join('\n');
}

/** The first root field's answer; an `ApiClientError` when the API is unreachable or refuses. */
export async function callApi<T>(
  endpoint: Endpoint,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${endpoint.token}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiClientError(
      `no API answers at ${endpoint.url}: start the local one with "npm start" in another terminal, or give its URL`,
      'unreachable',
    );
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: Record<string, unknown> | null;
    errors?: readonly GraphqlError[];
  };
  if (body.errors?.length) throw new ApiClientError(body.errors.map(describeError).join('\n'));
  if (!response.ok || !body.data) throw new ApiClientError(`the API answered HTTP ${response.status}`);
  return Object.values(body.data)[0] as T;
}
