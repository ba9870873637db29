import packageJson from '../../package.json' with { type: 'json' };

/** What build is running; bundled into the Lambda by esbuild. */
export const BUILD_INFO = {
  service: packageJson.name,
  version: packageJson.version,
} as const;
