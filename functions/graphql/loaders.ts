import DataLoader from 'dataloader';
import type { Payment } from '#domain/payments/payment';
import type { Town, TownRepository } from '#domain/towns/town';
import type { Page } from '#domain/validation';
import type { ReferenceTowns } from '#use-cases/reference-towns';

/**
 * Work a request does once under a key, whoever asks for it first: a parent field that knows what its
 * child will ask (lookahead) starts it beside its own read, and the child takes the same promise.
 */
export class RequestMemo<T> {
  private readonly started = new Map<string, Promise<T>>();

  once(key: string, work: () => Promise<T>): Promise<T> {
    let promise = this.started.get(key);
    if (promise === undefined) {
      promise = work();
      this.started.set(key, promise);
    }
    return promise;
  }
}

/**
 * Per-request batching: the towns a page of records refers to come from the process's list of towns
 * (read at most every five minutes), those it lacks from one BatchGetItem.
 */
export interface Loaders {
  readonly town: DataLoader<string, Town | undefined>;
  /** Pages of a payment batch's payments, keyed by batch, `first` and `after` (finance's pull). */
  readonly batchPayments: RequestMemo<Page<Payment>>;
}

export function createLoaders(ports: {
  towns: TownRepository;
  referenceTowns: Pick<ReferenceTowns, 'all'>;
}): Loaders {
  return {
    town: new DataLoader(async (codes: readonly string[]) => {
      // The list is a shortcut, not the source: when it cannot be read (throttled, over the request's
      // budget), the page's own codes are read as before rather than every town on the page failing.
      const known: ReadonlyMap<string, Town> = await ports.referenceTowns
        .all()
        .catch(() => new Map<string, Town>());
      const missing = codes.filter((code) => !known.has(code));
      const added = missing.length > 0 ? await ports.towns.getMany(missing) : undefined;
      return codes.map((code) => known.get(code) ?? added?.get(code));
    }),
    batchPayments: new RequestMemo(),
  };
}
