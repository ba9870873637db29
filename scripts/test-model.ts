/**
 * `npm run test:model -- --runs N [--seed S]`: the model-based property tests of tests/model with more
 * sequences than `npm test` runs (MODEL_RUNS, MODEL_SEED); a failure prints its seed and shrunk sequence.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' } } });
const env: NodeJS.ProcessEnv = { ...process.env };
if (values.runs !== undefined) env['MODEL_RUNS'] = values.runs;
if (values.seed !== undefined) env['MODEL_SEED'] = values.seed;
const result = spawnSync('vitest', ['run', 'tests/model'], { stdio: 'inherit', env, shell: false });
process.exit(result.status ?? 1);
