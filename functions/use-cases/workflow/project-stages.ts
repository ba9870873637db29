import { WORKFLOW_ACTOR } from '#domain/audit/audit-record';
import type { WorkingDayCalendar } from '#domain/calendar/working-day-calendar';
import { Conflict, NotFound } from '#domain/errors';
import type { Project, ProjectStage } from '#domain/workflow/project';
import { describeFailure, resumePoint } from '#domain/workflow/failure';
import type { ChangeSet, ProgrammeStore } from '#domain/programme-store';
import { rewardClaim } from '#domain/applications/application';
import type { HumanStage } from '#domain/workflow/human-stages';
import type { ProjectStages } from '#domain/workflow/project-stages-port';
import { withheldByFinding } from '#domain/workflow/document-decision';
import { mayBecome, PROJECT_STAGE_OF, requireProjectTransition } from '#domain/workflow/project-transitions';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { recordChange, revise } from '../programme/record-change.ts';
import { namedPolicyVersion } from '../programme/policy-versions.ts';
import { objectionsOutcome } from './objection-tally.ts';

/**
 * Objections are accepted until publicity ends (R6.4.1); the workflow closes it a minute later, so that
 * an objection filed in the last second is in the tally (and, from before tallies, visible through the
 * objections index) when it is read.
 */
const INDEX_SETTLE_MS = 60_000;
const closingTime = (endsAt: string): string => new Date(Date.parse(endsAt) + INDEX_SETTLE_MS).toISOString();

/** The stages over the programme's records, the statutory calendar and the project's policy version. */
export function createProjectStages(
  ports: ProgrammePorts & { readonly calendar: () => Promise<WorkingDayCalendar> },
): StoredProjectStages {
  return new StoredProjectStages(ports, (project) => publicityWorkingDays(ports.programme, project));
}

/** R6.4.1: how many working days publicity lasts under the project's policy version. */
export async function publicityWorkingDays(
  programme: ProgrammeStore,
  project: Pick<Project, 'policyVersionId'>,
): Promise<number> {
  return (await namedPolicyVersion(programme, project.policyVersionId)).publicityWorkingDays;
}

/**
 * What the workflow's stages do to a project's record. Each is idempotent: a task Step Functions
 * delivers twice finds the work done and changes nothing.
 */
export class StoredProjectStages implements ProjectStages {
  constructor(
    private readonly ports: ProgrammePorts & { readonly calendar: () => Promise<WorkingDayCalendar> },
    private readonly publicityWorkingDays: (project: Project) => Promise<number>,
  ) {}

  private async project(projectId: string, consistent = false): Promise<Project> {
    const project = await this.ports.programme.get('Project', projectId, { consistent });
    if (!project) throw new NotFound('Project', projectId);
    return project;
  }

  private async save(
    operation: string,
    before: Project,
    changes: Partial<Project>,
    releases: ChangeSet['releases'] = [],
  ): Promise<Project> {
    const now = this.ports.clock.now();
    const after = revise(before, changes, now);
    const { write, audit } = recordChange(WORKFLOW_ACTOR, now, operation, 'Project', before, after);
    await this.ports.programme.commit({ writes: [write], releases, audits: [audit] });
    return after;
  }

  /**
   * R6.3.1: a project refused at deliberation or removed by an upheld objection frees its application's
   * one-per place (`rewardClaim`), so that a corrected application can be filed while a notice is open.
   * Released only while the application holds it (a release is conditioned on its owner).
   */
  private async freedPlace(project: Project): Promise<ChangeSet['releases']> {
    if (project.applicationId === undefined) return [];
    const application = await this.ports.programme.get('Application', project.applicationId);
    return application ? [{ name: rewardClaim(application), ownerId: application.id }] : [];
  }

  /** R6.4, R6.4.1: publicity opens now for the policy's number of working days. */
  async openPublicity(projectId: string): Promise<{ endsAt: string }> {
    const project = await this.project(projectId);
    if (project.publicity) return { endsAt: closingTime(project.publicity.endsAt) };
    const calendar = await this.ports.calendar();
    const period = calendar.publicityPeriod(this.ports.clock.now(), await this.publicityWorkingDays(project));
    requireProjectTransition(project, 'IN_PUBLICITY', 'R6.4');
    const publicity = {
      startDate: period.startDate,
      endDate: period.endDate,
      endsAt: period.endsAt.toISOString(),
    };
    await this.save('openPublicity', project, { stage: 'IN_PUBLICITY', publicity });
    return { endsAt: closingTime(publicity.endsAt) };
  }

  /**
   * R6.4.3: at the end of publicity the project waits in investigation while an objection still blocks it
   * (unscreened, or admissible and unsettled) and when one was upheld (its removal); with no objection,
   * or only ones screened out or dismissed, it goes on to deliberation.
   */
  async closePublicity(projectId: string): Promise<{ objectionOpen: boolean }> {
    // An investigation decided before (an upheld objection during publicity, or a decision recorded before
    // a restart) must still be routed through the investigation stage.
    if ((await this.project(projectId)).decisions?.INVESTIGATION) return { objectionOpen: true };
    const outcome = await objectionsOutcome(projectId, this.ports);
    return { objectionOpen: outcome?.upheld !== false };
  }

  async awaitDecision(
    projectId: string,
    stage: HumanStage,
    token: string,
  ): Promise<Record<string, unknown> | undefined> {
    // The commission's screening and settling may write the project meanwhile (R6.4.3): a lost race is
    // read again rather than failing the stage.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.awaitDecisionOnce(projectId, stage, token);
      } catch (error) {
        if (!(error instanceof Conflict) || attempt >= 3) throw error;
      }
    }
  }

  private async awaitDecisionOnce(
    projectId: string,
    stage: HumanStage,
    token: string,
  ): Promise<Record<string, unknown> | undefined> {
    const project = await this.project(projectId, true);
    const decided = project.decisions?.[stage];
    if (decided) {
      // R6.4.3: an objection upheld while publicity ran decided the removal before the project came to its
      // investigation stage: it enters it now, which is where an upheld objection removes it (R6.4).
      if (stage === 'INVESTIGATION' && project.stage === 'IN_PUBLICITY')
        await this.save('awaitDecision', project, { stage: 'INVESTIGATION' });
      return decided;
    }
    // R7.1.1: a project found fraudulent before it came to wait for its document (a finding during a
    // race, or before a resume) waits for nothing: its stage is decided at once, withheld.
    if (stage === 'DISBURSEMENT_DOCUMENT' && project.fraudFindingId !== undefined) {
      const withheld = withheldByFinding(project.fraudFindingId);
      await this.save('decideDISBURSEMENT_DOCUMENT', project, {
        decisions: { ...project.decisions, DISBURSEMENT_DOCUMENT: withheld },
      });
      return withheld;
    }
    if (project.taskToken === token) return this.concludedInvestigation(project, stage);
    // Waiting again on the same stage (after its time limit, or a resumed execution): it keeps its start
    // and stays overdue; only the token is new.
    const next = PROJECT_STAGE_OF[stage];
    if (project.stage !== next) requireProjectTransition(project, next, 'R6.8');
    const waiting =
      project.waiting?.stage === stage
        ? project.waiting
        : { stage, since: this.ports.clock.now().toISOString(), overdue: false };
    const stored = await this.save('awaitDecision', project, { stage: next, waiting, taskToken: token });
    return this.concludedInvestigation(stored, stage);
  }

  /**
   * R6.4.3: the investigation is decided here, without waiting, when its objections already decide it —
   * one upheld, or none blocking any more (all screened out or settled before publicity closed, or the
   * last one just now). Read after the token is stored, strongly consistent, as the commission's changes
   * read the project after they commit: of a settlement and this wait, one always sees the other.
   */
  private async concludedInvestigation(
    project: Project,
    stage: HumanStage,
  ): Promise<Record<string, unknown> | undefined> {
    if (stage !== 'INVESTIGATION') return undefined;
    const outcome = await objectionsOutcome(project.id, this.ports);
    if (!outcome) return undefined;
    await this.save('decideINVESTIGATION', project, {
      decisions: { ...project.decisions, INVESTIGATION: outcome },
    });
    return outcome;
  }

  async flagOverdue(projectId: string, stage: HumanStage): Promise<void> {
    const project = await this.project(projectId);
    if (project.waiting?.stage !== stage || project.waiting.overdue) return;
    await this.save('flagOverdue', project, { waiting: { ...project.waiting, overdue: true } });
  }

  /** R6.4: an upheld objection removes the project; its application's one-per place is freed (R6.3.1). */
  removeProject(projectId: string): Promise<void> {
    return this.finish(projectId, 'REMOVED', 'removeProject', 'R6.4', true);
  }

  /** R6.5: the promotion office rejected it; its application's one-per place is freed (R6.3.1). */
  recordRejection(projectId: string): Promise<void> {
    return this.finish(projectId, 'REJECTED', 'recordRejection', 'R6.5', true);
  }

  /** R5.3.1: approved at 0 (recorded with the reason at deliberation): nothing to issue or pay. */
  recordZeroAward(projectId: string): Promise<void> {
    return this.finish(projectId, 'ZERO_AWARD_RECORDED', 'recordZeroAward', 'R5.3.1');
  }

  /** R6.6: its joint disbursement document is issued. */
  completeProject(projectId: string): Promise<void> {
    return this.finish(projectId, 'COMPLETED', 'completeProject', 'R6.6');
  }

  /** R7.1.1: a fraud finding ended its wait for the joint disbursement document; nothing is paid. */
  withholdProject(projectId: string): Promise<void> {
    return this.finish(projectId, 'WITHHELD', 'withholdProject', 'R7.1.1');
  }

  /**
   * The project fails where it stands: its code, rule and message (a refusal's) and the stage a resume
   * starts from (R6.4.4). A project whose life already ended (a stale execution failing after it) keeps
   * its final stage: the failure is in the execution's history and dead letters.
   */
  async recordFailure(projectId: string, error: unknown): Promise<void> {
    const project = await this.project(projectId);
    if (!mayBecome(project, 'FAILED')) return;
    await this.save('recordFailure', project, {
      stage: 'FAILED',
      waiting: undefined,
      taskToken: undefined,
      failure: describeFailure(error, resumePoint(project), this.ports.clock.now()),
    });
  }

  private async finish(
    projectId: string,
    stage: ProjectStage,
    operation: string,
    rule: string,
    freesPlace = false,
  ): Promise<void> {
    const project = await this.project(projectId);
    if (project.stage === stage) return;
    requireProjectTransition(project, stage, rule);
    const releases = freesPlace ? await this.freedPlace(project) : [];
    await this.save(operation, project, { stage, waiting: undefined, taskToken: undefined }, releases);
  }
}
