/**
 * Comparing records field by field, for partial updates and imports: which fields a patch really
 * changes (a field sent with its current value is no change).
 */

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, entry]) => entry !== undefined)
        // Code-unit order: any fixed order serves, and localeCompare would load ICU's collation at the
        // first update of a cold start (about 10 ms, issue 19).
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, entry]) => [name, canonical(entry)]),
    );
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** The fields of `patch` (ignoring undefined) whose value differs from `current`. */
export function changedFields<T extends object>(current: T, patch: Partial<T>): (keyof T)[] {
  return (Object.keys(patch) as (keyof T)[]).filter(
    (field) => patch[field] !== undefined && !sameValue(current[field], patch[field]),
  );
}

/** Drops undefined entries so that a stored record and a fresh one compare and serialize alike. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
