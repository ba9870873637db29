import { randomUUID } from 'node:crypto';
import { StateMachine } from 'aws-local-stepfunctions';
import type { WaitableClock } from '#domain/waitable-clock';
import { Conflict } from '#domain/errors';
import type { ProjectStages } from '#domain/workflow/project-stages-port';
import { handleWorkflowTask } from '#domain/workflow/task-handler';
import type { WorkflowInput, WorkflowTask } from '#domain/workflow/task-contract';

type Json = Record<string, unknown>;
interface StateDefinition extends Json {
  Type: string;
  Resource?: string;
  TimeoutSeconds?: number;
  TimestampPath?: string;
  Next?: string;
  End?: boolean;
}

/**
 * The runner's own timer caps what it can wait for (Node timers overflow past 2^31−1 ms, about 24.8
 * days, and it defaults to 60 s without a TimeoutSeconds): human stages get this long, and their real
 * timeouts are kept by the clock instead.
 */
const RUNNER_TIMEOUT_SECONDS = 2_000_000;
const CLOCK_RESOURCE = 'arn:aws:lambda:cn-north-1:000000000000:function:local-clock';

class StatesTimeout extends Error {
  override readonly name = 'States.Timeout';
}

interface PendingCallback {
  resolve: (output: Json) => void;
  reject: (error: Error) => void;
}

/**
 * Runs the synthesized approval workflow in-process with `aws-local-stepfunctions`: every Task state is
 * bound to the same task handler the Lambda runs; callback states wait for `sendTaskSuccess` /
 * `sendTaskFailure` with the token the stage stored, and time out on the clock; Wait states wait on the
 * clock. The definition is used as synthesized except for those two mechanical changes, which only
 * swap the runner's timers for the clock.
 */
export class LocalWorkflow {
  private readonly machine: StateMachine;
  private readonly handlers: Record<string, (input: unknown) => Promise<Json>>;
  private readonly executions = new Map<string, Promise<unknown>>();
  private readonly callbacks = new Map<string, PendingCallback>();

  constructor(
    definition: Json,
    private readonly stages: ProjectStages,
    private readonly clock: WaitableClock,
    /** Tests shorten the definition's retry intervals (milliseconds); unset, they are as defined. */
    private readonly retryIntervalMs?: number,
  ) {
    const states = definition['States'] as Record<string, StateDefinition>;
    const localStates: Record<string, StateDefinition> = {};
    const timeouts: Record<string, number> = {};
    this.handlers = {};
    for (const [name, state] of Object.entries(states)) {
      if (state.Type === 'Wait' && state.TimestampPath) {
        const { TimestampPath, Type: _type, ...rest } = state;
        localStates[name] = {
          ...rest,
          Type: 'Task',
          Resource: CLOCK_RESOURCE,
          Parameters: { 'until.$': TimestampPath },
          ResultPath: null,
          // Without it the runner gives a task 60 s; publicity lasts days.
          TimeoutSeconds: RUNNER_TIMEOUT_SECONDS,
        };
        this.handlers[name] = async (input) => {
          await this.clock.sleepUntil(new Date((input as { until: string }).until));
          return {};
        };
      } else if (state.Type === 'Task' && state.Resource?.endsWith('.waitForTaskToken')) {
        timeouts[name] = state.TimeoutSeconds ?? 0;
        localStates[name] = { ...state, TimeoutSeconds: RUNNER_TIMEOUT_SECONDS };
        this.handlers[name] = (input) =>
          this.awaitCallback(name, input as { Payload: Json }, timeouts[name] ?? 0);
      } else if (state.Type === 'Task') {
        localStates[name] = state;
        this.handlers[name] = (input) => handleWorkflowTask(input as WorkflowTask, this.stages);
      } else {
        localStates[name] = state;
      }
    }
    // The ASL as synthesized, with the two local substitutions; the runner validates it.
    const local: unknown = { ...definition, States: localStates };
    this.machine = new StateMachine(local as ConstructorParameters<typeof StateMachine>[0]);
  }

  /**
   * Starts a project's execution, named after the project: a second start of the same name is refused,
   * as Step Functions refuses a running execution's name.
   */
  start(name: string, input: WorkflowInput): Promise<unknown> {
    if (this.executions.has(name)) throw new Conflict(`an execution named ${name} already exists`);
    const execution = this.machine.run(input as unknown as Parameters<StateMachine['run']>[0], {
      overrides: {
        taskResourceLocalHandlers: this.handlers as never,
        ...(this.retryIntervalMs === undefined
          ? {}
          : {
              retryIntervalOverrides: Object.fromEntries(
                Object.keys(this.handlers).map((name) => [name, this.retryIntervalMs ?? 0]),
              ),
            }),
      },
      context: {
        Execution: {
          Id: `local:${name}`,
          Name: name,
          Input: input as unknown as Json,
          StartTime: this.clock.now().toISOString(),
        },
        Task: { Token: 'replaced-by-the-local-runner' },
      } as never,
    }).result;
    this.executions.set(name, execution);
    return execution;
  }

  /** Completes a waiting stage; returns false (a no-op) for an unknown or already completed token. */
  sendTaskSuccess(token: string, output: Json): boolean {
    const pending = this.callbacks.get(token);
    if (!pending) return false;
    this.callbacks.delete(token);
    pending.resolve(output);
    return true;
  }

  sendTaskFailure(token: string, error: string, cause: string): boolean {
    const pending = this.callbacks.get(token);
    if (!pending) return false;
    this.callbacks.delete(token);
    pending.reject(Object.assign(new Error(cause), { name: error }));
    return true;
  }

  private async awaitCallback(
    stateName: string,
    input: { Payload: Json },
    timeoutSeconds: number,
  ): Promise<Json> {
    // Unique across restarts too: a stale token kept with one project must never match another's.
    const token = `local:${stateName}:${randomUUID()}`;
    const result = new Promise<Json>((resolve, reject) => this.callbacks.set(token, { resolve, reject }));
    // The task's time limit runs from the moment it starts, as in Step Functions: taken before the stage
    // is recorded as waiting, so a clock moved as soon as the record shows it cannot push the limit away.
    const deadline = new Date(this.clock.now().getTime() + timeoutSeconds * 1000);
    const { decided } = await handleWorkflowTask({ ...input.Payload, token } as WorkflowTask, this.stages);
    if (decided) {
      // Decided before a restart: the stage completes with the recorded decision.
      this.callbacks.delete(token);
      return decided as Json;
    }
    if (timeoutSeconds <= 0) return result;
    const timeout = this.clock.sleepUntil(deadline).then(() => {
      if (!this.callbacks.delete(token)) return new Promise<never>(() => undefined);
      throw new StatesTimeout(`${stateName} waited ${timeoutSeconds} s`);
    });
    return Promise.race([result, timeout]);
  }
}
