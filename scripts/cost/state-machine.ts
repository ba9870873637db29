/**
 * State transitions per path, read from the synthesized definition (Amazon States Language): the states a
 * project passes from `StartAt` to its end, with the Choice states decided by the decisions the path
 * records (`$.path`, `$.objections.objectionOpen`, `$.deliberation.approved`…). Step Functions bills a
 * Standard workflow per state entered (retries included; the normal path has none), and each Task state
 * of this machine is one Lambda invocation.
 */

export interface ChoiceRule {
  readonly Variable?: string;
  readonly Next?: string;
  readonly And?: readonly ChoiceRule[];
  readonly Or?: readonly ChoiceRule[];
  readonly Not?: ChoiceRule;
  readonly IsPresent?: boolean;
  readonly BooleanEquals?: boolean;
  readonly StringEquals?: string;
  readonly NumericEquals?: number;
}

export interface AslState {
  readonly Type: string;
  readonly Next?: string;
  readonly End?: boolean;
  readonly Default?: string;
  readonly Choices?: readonly ChoiceRule[];
  readonly Resource?: string;
}

export interface Asl {
  readonly StartAt: string;
  readonly States: Readonly<Record<string, AslState>>;
}

export interface VisitedState {
  readonly name: string;
  readonly type: string;
}

/** `$.a.b` in `input`, or undefined when any step is missing. */
function valueAt(input: unknown, path: string): unknown {
  if (!path.startsWith('$')) throw new Error(`unsupported path ${path}`);
  let value: unknown = input;
  for (const key of path.split('.').slice(1)) {
    if (value === null || typeof value !== 'object' || !(key in value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function matches(rule: ChoiceRule, input: unknown): boolean {
  if (rule.And) return rule.And.every((inner) => matches(inner, input));
  if (rule.Or) return rule.Or.some((inner) => matches(inner, input));
  if (rule.Not) return !matches(rule.Not, input);
  if (rule.Variable === undefined) throw new Error(`choice rule without a variable: ${JSON.stringify(rule)}`);
  const value = valueAt(input, rule.Variable);
  if (rule.IsPresent !== undefined) return (value !== undefined) === rule.IsPresent;
  if (rule.BooleanEquals !== undefined) return value === rule.BooleanEquals;
  if (rule.StringEquals !== undefined) return value === rule.StringEquals;
  if (rule.NumericEquals !== undefined) return value === rule.NumericEquals;
  throw new Error(`unsupported choice rule: ${JSON.stringify(rule)}`);
}

/**
 * The states entered from `StartAt` to a Succeed or Fail state (or an `End`), taking each Choice by
 * `input`. Loops (an overdue stage flagged and waited on again) are not part of a normal path: a state
 * entered twice stops the walk with an error.
 */
export function statesOnPath(asl: Asl, input: unknown): VisitedState[] {
  const visited: VisitedState[] = [];
  let name: string | undefined = asl.StartAt;
  while (name !== undefined) {
    const state: AslState | undefined = asl.States[name];
    if (state === undefined) throw new Error(`no state ${name}`);
    if (visited.some((entry) => entry.name === name)) throw new Error(`the path loops at ${name}`);
    visited.push({ name, type: state.Type });
    if (state.Type === 'Succeed' || state.Type === 'Fail' || state.End === true) break;
    if (state.Type === 'Choice') {
      const rule: ChoiceRule | undefined = state.Choices?.find((candidate) => matches(candidate, input));
      name = rule?.Next ?? state.Default;
      if (name === undefined)
        throw new Error(`choice ${visited.at(-1)?.name ?? ''} has no way for this input`);
    } else name = state.Next;
  }
  return visited;
}

/** What one execution of a path costs in the units AWS bills. */
export interface PathProfile {
  readonly transitions: number;
  /** Task states entered: one Lambda invocation each (callback tasks included). */
  readonly lambdaTasks: number;
  /** History events the execution logs at level ALL: entered and exited per state, three more per task, start and end. */
  readonly logEvents: number;
  readonly states: readonly string[];
}

export function pathProfile(asl: Asl, input: unknown): PathProfile {
  const states = statesOnPath(asl, input);
  const tasks = states.filter((state) => state.type === 'Task').length;
  return {
    transitions: states.length,
    lambdaTasks: tasks,
    logEvents: 2 * states.length + 3 * tasks + 2,
    states: states.map((state) => state.name),
  };
}

/**
 * The machine's decisions on each path of R6.8 when nothing goes wrong: no objection open, approved, a
 * document issued (not withheld).
 */
export const NORMAL_PATHS = {
  REVIEWED: {
    path: 'REVIEWED',
    objections: { objectionOpen: false },
    deliberation: { approved: true },
    document: {},
  },
  LIGHTHOUSE: { path: 'LIGHTHOUSE', deliberation: { approved: true }, document: {} },
  AUTOMATIC: { path: 'AUTOMATIC', document: {} },
} as const;
