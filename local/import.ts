/**
 * `npm run import -- FILE`: imports a municipal or national list (R6.7b) into the running local API, as
 * the commission would from its browser, with a progress bar and the report at the end.
 *
 *   npm run import -- tests/fixtures/certifications-sample.csv
 *
 * Start the API first (`npm start`). Environment: PORT (4000) or API_URL.
 */
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { signDevToken } from '#adapters/identity/dev-tokens';
import { optionalEnv } from '#config/env';
import { formatFen } from '#domain/money';
import { loadOrCreateDevSecret } from './dev-secret.ts';
import { ApiClientError } from './api-client.ts';
import { importListFile } from './import-client.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const path = positionals[0];
if (path === undefined) {
  console.error('usage: npm run import -- FILE.csv|FILE.xlsx   (the local API must be running: npm start)');
  process.exit(2);
}
const url =
  optionalEnv(process.env, 'API_URL') ??
  `http://localhost:${optionalEnv(process.env, 'PORT') ?? '4000'}/graphql`;
const token = await signDevToken(loadOrCreateDevSecret(), {
  userId: 'cli-import',
  role: 'ECONOMIC_COMMISSION',
  ttlSeconds: 3600,
});

const bar = new SingleBar(
  { format: 'importing |{bar}| {value}/{total} lines', hideCursor: true },
  Presets.shades_classic,
);
let started = false;
try {
  const summary = await importListFile({
    url,
    token,
    path,
    onProgress: ({ processedLines, totalLines }) => {
      if (!started) bar.start(totalLines, processedLines);
      started = true;
      bar.update(processedLines);
    },
  });
  bar.stop();
  const { counts } = summary;
  console.log(
    [
      `import ${summary.id}: ${summary.status} (run ${summary.runs}, ${summary.totalLines} lines, ${summary.encoding})`,
      `  created ${counts['created']}, zero amount ${counts['zeroAmount']}, duplicate ${counts['duplicate']}, unmatched ${counts['unmatched']}, ineligible ${counts['ineligible']}, invalid ${counts['invalid']}`,
      `  awarded ${formatFen(summary.awardedFen)} yuan, sent down the automatic path (disbursement document, then payment)`,
      ...(summary.failure ? [`  failed: ${summary.failure} — run the same file again to finish it`] : []),
      ...summary.notCreated.map((line) => `  line ${line.line}: ${line.outcome} — ${line.reason}`),
      ...(summary.reportCsvUrl ? [`  report (CSV, 5 minutes): ${summary.reportCsvUrl}`] : []),
    ].join('\n'),
  );
  process.exit(summary.status === 'COMPLETED' ? 0 : 1);
} catch (error) {
  bar.stop();
  console.error(error instanceof ApiClientError ? `npm run import: ${error.message}` : error);
  process.exit(1);
}
