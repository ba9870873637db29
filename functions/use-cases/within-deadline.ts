/**
 * `work`'s answer, or a failure once `ms` have passed without one. The work itself is left to finish, and
 * what it answers late is ignored: for reads and claims that many requests wait on (the town list, a
 * caller's lease claim), where one answer that never comes would otherwise hold them all until each
 * Lambda invocation times out (issue 19). A limit on DynamoDB's answers themselves was rejected: the SDK
 * would retry a write that may have been made.
 */
export function withinDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    // A pending deadline must not keep a finished process (a test, a local script) alive.
    timer.unref();
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
