/**
 * The "name or code" search of the registry lists as a FilterExpression: part of the name, or the
 * beginning of the credit code (codes are stored upper-case).
 */
export function searchFilter(
  search: string | undefined,
): { expression: string; names: Record<string, string>; values: Record<string, unknown> } | undefined {
  const term = search?.trim();
  if (!term) return undefined;
  return {
    expression: '(contains(#name, :search) OR begins_with(creditCode, :codePrefix))',
    names: { '#name': 'name' },
    values: { ':search': term, ':codePrefix': term.toUpperCase() },
  };
}
