import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where local state lives: all under the git-ignored `.data/` folder of the repository. */
export const LOCAL_PATHS = {
  root,
  dynamodbData: `${root}.data/dynamodb`,
  devTokenSecret: `${root}.data/dev-token-secret`,
} as const;
