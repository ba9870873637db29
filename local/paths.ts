import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** LOCAL_DATA_DIR moves all local state elsewhere (the end-to-end tests use a temporary folder). */
const dataDir = process.env['LOCAL_DATA_DIR'] ?? `${root}.data`;

/** Where local state lives: by default the git-ignored `.data/` folder of the repository. */
export const LOCAL_PATHS = {
  root,
  dynamodbData: `${dataDir}/dynamodb`,
  devTokenSecret: `${dataDir}/dev-token-secret`,
  files: `${dataDir}/files`,
  /** Where `npm start` keeps its clock between runs, so that time never goes back for the data kept here. */
  clock: `${dataDir}/clock.json`,
} as const;
