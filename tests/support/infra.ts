import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { BUNDLING_STACKS } from 'aws-cdk-lib/cx-api';
import { buildServiceApp } from '../../infra/app-builder.ts';
import type { DeploymentSettings, ServiceApp } from '../../infra/app-builder.ts';

/** The context `npx cdk synth` uses, from cdk.json, so the tests check what would be deployed. */
export function cdkJsonContext(): Record<string, unknown> {
  return (
    JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
      context: Record<string, unknown>;
    }
  ).context;
}

export interface SynthesizedService {
  readonly service: ServiceApp;
  readonly stateful: Template;
  readonly stateless: Template;
}

/**
 * The whole service built with cdk.json's context and `settings` (a test stage for the front end at
 * https://awards.example.gov.cn unless given), then synthesized: synthesis runs the cdk-nag AwsSolutions
 * checks, so an unacknowledged finding throws here. The functions are bundled only when `bundles` is
 * asked for (a test that reads them): bundling every function is most of a synthesis's time, and the
 * templates are the same but for the assets' hashes.
 */
export function synthesizeService(
  settings: Partial<DeploymentSettings> = {},
  { bundles = false }: { readonly bundles?: boolean } = {},
): SynthesizedService {
  const context = { ...cdkJsonContext(), ...(bundles ? {} : { [BUNDLING_STACKS]: [] }) };
  const service = buildServiceApp(
    { stage: 'test', allowedOrigins: ['https://awards.example.gov.cn'], ...settings },
    new App({ context }),
  );
  service.app.synth();
  return {
    service,
    stateful: Template.fromStack(service.stateful),
    stateless: Template.fromStack(service.stateless),
  };
}
