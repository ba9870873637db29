import { describe, expect, it } from 'vitest';
import { synthesizeWorkflowDefinition } from '../../../infra/workflow-definition.ts';
import type { Asl } from '../../../scripts/cost/state-machine.ts';
import { NORMAL_PATHS, pathProfile, statesOnPath } from '../../../scripts/cost/state-machine.ts';

const ASL: Asl = {
  StartAt: 'Route',
  States: {
    Route: {
      Type: 'Choice',
      Choices: [
        {
          And: [
            { Variable: '$.flag', IsPresent: true },
            { Variable: '$.flag', BooleanEquals: true },
          ],
          Next: 'Flagged',
        },
        { Variable: '$.path', StringEquals: 'SHORT', Next: 'Done' },
      ],
      Default: 'Work',
    },
    Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Wait' },
    Wait: { Type: 'Wait', Next: 'Done' },
    Flagged: { Type: 'Fail' },
    Done: { Type: 'Succeed' },
    Loop: { Type: 'Pass', Next: 'Loop' },
  },
};

describe('state transitions per path', () => {
  it('follows each Choice by the input to the end state, counting every state entered', () => {
    expect(statesOnPath(ASL, { path: 'LONG' }).map((state) => state.name)).toEqual([
      'Route',
      'Work',
      'Wait',
      'Done',
    ]);
    expect(statesOnPath(ASL, { path: 'SHORT' }).map((state) => state.name)).toEqual(['Route', 'Done']);
    expect(statesOnPath(ASL, { flag: true }).map((state) => state.name)).toEqual(['Route', 'Flagged']);
  });

  it('counts one Lambda invocation per Task state and the log events of level ALL', () => {
    expect(pathProfile(ASL, { path: 'LONG' })).toEqual({
      transitions: 4,
      lambdaTasks: 1,
      logEvents: 2 * 4 + 3 + 2,
      states: ['Route', 'Work', 'Wait', 'Done'],
    });
  });

  it('refuses a loop: a normal path enters no state twice', () => {
    expect(() => statesOnPath({ StartAt: 'Loop', States: ASL.States }, {})).toThrow(/loops at Loop/);
  });

  it('R6.8: on the synthesized approval workflow, a reviewed project passes 11 states, 5 of them Lambda tasks', () => {
    const definition = synthesizeWorkflowDefinition() as unknown as Asl;
    const reviewed = pathProfile(definition, NORMAL_PATHS.REVIEWED);
    expect(reviewed.states).toEqual([
      'ChoosePath',
      'OpenPublicity',
      'WaitForPublicityEnd',
      'ClosePublicity',
      'ObjectionOpen',
      'AwaitDeliberation',
      'Approved',
      'AwaitDisbursementDocument',
      'DocumentWithheld',
      'CompleteProject',
      'Completed',
    ]);
    expect(reviewed.lambdaTasks).toBe(5);
    expect(pathProfile(definition, NORMAL_PATHS.AUTOMATIC).transitions).toBeLessThan(reviewed.transitions);
  }, 60_000);
});
