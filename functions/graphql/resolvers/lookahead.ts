import { getArgumentValues, getNamedType, isObjectType, Kind } from 'graphql';
import type { FieldNode, GraphQLResolveInfo, SelectionNode } from 'graphql';

/**
 * A plain selection: a field (not a fragment, whose selections are not looked into) with no directive
 * (which could skip it). The only kind the functions below see.
 */
const isPlainField = (selection: SelectionNode): selection is FieldNode =>
  selection.kind === Kind.FIELD && (selection.directives?.length ?? 0) === 0;

/** The plain selections named `name` directly under `node`. */
const plainSelections = (node: FieldNode, name: string): FieldNode[] =>
  (node.selectionSet?.selections ?? []).filter(
    (selection): selection is FieldNode => isPlainField(selection) && selection.name.value === name,
  );

/**
 * The arguments each selection of `field`, directly under the field being resolved, will be given (as
 * graphql-js coerces them for its resolver), so that the parent can start that field's read beside its
 * own. Only plain selections count: none under a fragment or with a directive, and none whose arguments
 * do not coerce (the field itself answers those); missing one costs a read later, never a wrong answer.
 */
export function selectedArguments(info: GraphQLResolveInfo, field: string): Record<string, unknown>[] {
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) ? type.getFields()[field] : undefined;
  if (definition === undefined) return [];
  const found: Record<string, unknown>[] = [];
  for (const node of info.fieldNodes) {
    for (const selection of plainSelections(node, field)) {
      try {
        found.push(getArgumentValues(definition, selection, info.variableValues));
      } catch {
        // Arguments the field will refuse: it answers them when it runs.
      }
    }
  }
  return found;
}

/**
 * Whether the field being resolved selects `path`, each name a plain selection (no fragment, no
 * directive) of the one before: `['edges', 'node', 'town']` under `enterprises` is a page showing towns.
 * Like `selectedArguments`, a selection it does not see costs a read later, never a wrong answer.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    nodes = nodes.flatMap((node) => plainSelections(node, name));
    if (nodes.length === 0) return false;
  }
  return true;
}

/**
 * Whether the field being resolved selects nothing but fields named in `names`, each a plain selection
 * (a fragment or a directive answers false: what it selects is not looked into).
 */
export function onlySelects(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (selection) => isPlainField(selection) && names.has(selection.name.value),
    ),
  );
}
