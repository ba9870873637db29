import type { WaitableClock } from '#domain/waitable-clock';
import type { ProgrammeStore } from '#domain/programme-store';
import type { Workflow } from '#domain/workflow/workflow-port';
import type { Project, ProjectStage } from '#domain/workflow/project';
import type { Page } from '#domain/validation';
import type { WorkflowPath } from '#domain/workflow/paths';
import type { ProjectStages } from '#domain/workflow/project-stages-port';
import { synthesizeWorkflowDefinition } from '../../infra/workflow-definition.ts';
import { LocalWorkflow } from './local-workflow.ts';
import { chineseDaysCalendar } from '#adapters/calendar/statutory-arrangements';
import { storedCalendar } from '#use-cases/workflow/calendar';
import { createProjectStages } from '#use-cases/workflow/project-stages';
import { executionName, resumePoint } from '#domain/workflow/failure';
import type { WorkflowStage } from '#domain/workflow/failure';

/** Synthesized once per process: the CDK synthesis takes a moment, and the definition never changes. */
let definition: Record<string, unknown> | undefined;

/** Stages in which a project's execution is still under way. */
const UNDER_WAY: readonly ProjectStage[] = [
  'PROPOSED',
  'IN_PUBLICITY',
  'INVESTIGATION',
  'DELIBERATION',
  'AWAITING_DOCUMENT',
];

/**
 * The workflow on one machine: the synthesized definition run by the local runner. Executions live in
 * this process; `resume` starts again, after a restart, every project whose execution was under way —
 * the stages are idempotent and recorded decisions complete their stage at once, so each project
 * continues from the stage it was in (a resumed one from its stage directly).
 */
export class LocalWorkflowEngine implements Workflow {
  private readonly runner: LocalWorkflow;

  constructor(
    stages: ProjectStages,
    clock: WaitableClock,
    private readonly onFailure: (projectId: string, error: unknown) => void,
  ) {
    definition ??= synthesizeWorkflowDefinition();
    this.runner = new LocalWorkflow(definition, stages, clock);
  }

  start(
    projectId: string,
    path: WorkflowPath,
    resume?: { readonly from: WorkflowStage; readonly resumption: number },
  ): Promise<void> {
    try {
      this.runner
        .start(executionName(projectId, resume?.resumption), {
          projectId,
          path,
          resumeFrom: resume?.from ?? 'START',
        })
        .catch((error: unknown) => this.onFailure(projectId, error));
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  completeStage(token: string, output: Record<string, unknown>): Promise<boolean> {
    return Promise.resolve(this.runner.sendTaskSuccess(token, output));
  }

  async resume(programme: ProgrammeStore): Promise<number> {
    // Collected first: executions resumed meanwhile move projects on to later stages.
    const underWay = new Map<string, Project>();
    for (const stage of UNDER_WAY) {
      let after: string | null = null;
      do {
        const page: Page<Project> = await programme.list('Project', {
          pattern: 'byStage',
          value: stage,
          first: 100,
          after,
        });
        for (const { node } of page.edges) underWay.set(node.id, node);
        after = page.hasNextPage ? page.endCursor : null;
      } while (after !== null);
    }
    // A project the commission resumed after a failure goes on under its resumption's name, from its stage.
    for (const project of underWay.values())
      await this.start(
        project.id,
        project.path,
        project.resumption ? { from: resumePoint(project), resumption: project.resumption.count } : undefined,
      );
    return underWay.size;
  }
}

/** The local workflow for `createAppServices`: the runner over the project stages and the statutory calendar. */
export function localWorkflow(
  clock: WaitableClock,
  onFailure: (projectId: string, error: unknown) => void,
): (services: { readonly programme: ProgrammeStore }) => LocalWorkflowEngine {
  return ({ programme }) =>
    new LocalWorkflowEngine(
      createProjectStages({
        programme,
        clock,
        calendar: storedCalendar({ programme, statutoryCalendar: chineseDaysCalendar }),
      }),
      clock,
      onFailure,
    );
}
