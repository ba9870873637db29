/** A port whose every member is an async method: the only shape a deferred adapter can stand in for. */
type AsyncPort<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R>
    ? (...args: A) => Promise<R>
    : never;
};

/**
 * `load`, run on the first call and its answer shared by every later one; a failed load is not
 * remembered, so the next call runs it again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * Stands in for an adapter that is built on the first call of one of its methods: its module, and the AWS
 * SDK client behind it, load only when a request needs them, not at every Lambda cold start. A failed
 * load is not remembered, so the next call tries again.
 */
export function loadedOnFirstUse<T extends AsyncPort<T>>(load: () => Promise<T>): T {
  const target = loadOnce(load);
  return new Proxy({} as T, {
    get: (_, method) => {
      // Not a thenable: awaiting the stand-in must give the stand-in, not wait for a `then` method.
      if (method === 'then' || typeof method === 'symbol') return undefined;
      return async (...args: unknown[]): Promise<unknown> => {
        const adapter = await target();
        // The port's members are all methods (AsyncPort); the proxy cannot know which one, hence the cast.
        const member = adapter[method as keyof T] as (...parameters: unknown[]) => Promise<unknown>;
        return member.apply(adapter, args);
      };
    },
  });
}
