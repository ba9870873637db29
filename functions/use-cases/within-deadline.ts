/**
 * `work`'s answer, or a failure once `ms` have passed without one, when `work` is told to stop (its signal
 * is aborted: the SDK then drops the request and its socket, and does not retry it) and whatever it answers
 * late is ignored. For reads and claims that many requests wait on (the town list, a caller's lease claim),
 * where one answer that never comes would otherwise hold them all until each Lambda invocation times out
 * (issue 19). A limit on DynamoDB's answers for every call was rejected: the SDK would retry a write that
 * may have been made.
 */
export function withinDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  const stop = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what}: no answer within ${ms} ms`));
      stop.abort();
    }, ms);
    // A pending deadline must not keep a finished process (a test, a local script) alive.
    timer.unref();
  });
  return Promise.race([work(stop.signal), late]).finally(() => clearTimeout(timer));
}
