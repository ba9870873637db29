import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Asl } from './state-machine.ts';

/**
 * What the bill needs from the synthesized CloudFormation templates (`cdk.out`, `npm run synth`): each
 * function's memory, architecture, tracing, log retention and whether it publishes metrics; alarms and the metrics each reads; dashboards;
 * metric filters; the state machine's definition, tracing and log level; the web ACLs' rules; the APIs'
 * access log formats and tracing; the user pool's feature plan; customer managed keys; the pipe's batch.
 */

export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
}
export interface CfnTemplate {
  readonly Resources?: Record<string, CfnResource>;
}

export interface FunctionFacts {
  readonly logicalId: string;
  readonly memoryMb: number;
  readonly architecture: string;
  /** `Active`, `PassThrough`, or `off` when the template sets no tracing. */
  readonly tracing: string;
  /** The retention of its log group in days; undefined for never-expiring or unknown. */
  readonly logRetentionDays: number | undefined;
  /**
   * Whether it publishes the code's custom metrics: a Powertools function (`POWERTOOLS_SERVICE_NAME`)
   * whose metrics are not switched off (`POWERTOOLS_METRICS_DISABLED`, set without the dashboard).
   */
  readonly publishesMetrics: boolean;
}

export interface AlarmFacts {
  readonly logicalId: string;
  /** Metrics it reads (a metric-math alarm is billed for each). */
  readonly metrics: number;
  readonly highResolution: boolean;
  /** `namespace/name` of each metric it reads. */
  readonly metricNames: readonly string[];
}

export interface MetricFilterFacts {
  readonly namespace: string;
  readonly name: string;
  /** With a default value, the filter publishes for every log event; without, only for matches. */
  readonly hasDefault: boolean;
}

export interface StateMachineFacts {
  readonly logicalId: string;
  readonly definition: Asl;
  readonly tracing: boolean;
  readonly logLevel: string;
  readonly includeExecutionData: boolean;
  readonly logRetentionDays: number | undefined;
}

export interface ApiStageFacts {
  readonly kind: 'http' | 'rest';
  readonly accessLogFormat: string | undefined;
  readonly tracing: boolean;
  readonly logRetentionDays: number | undefined;
}

export interface TemplateFacts {
  readonly stacks: readonly string[];
  readonly functions: readonly FunctionFacts[];
  readonly alarms: readonly AlarmFacts[];
  readonly dashboards: readonly {
    readonly logicalId: string;
    readonly body: string;
    readonly metrics: number;
  }[];
  readonly metricFilters: readonly MetricFilterFacts[];
  readonly stateMachines: readonly StateMachineFacts[];
  readonly webAcls: readonly { readonly logicalId: string; readonly rules: number }[];
  readonly apiStages: readonly ApiStageFacts[];
  readonly userPools: readonly { readonly logicalId: string; readonly plan: string }[];
  readonly kmsKeys: number;
  readonly queues: number;
  readonly pipes: readonly { readonly logicalId: string; readonly batchSize: number }[];
  /** Rules on an event bus of the app: the detail-types they match and the functions they invoke. */
  readonly busRules: readonly {
    readonly detailTypes: readonly string[];
    readonly targets: readonly string[];
  }[];
  /** Functions reading the table's stream through an event source mapping, with their filter patterns. */
  readonly streamConsumers: readonly {
    readonly functionId: string;
    readonly batchSize: number;
    readonly filters: readonly string[];
  }[];
  /** Schedules (EventBridge rules with a ScheduleExpression) and the function each invokes. */
  readonly schedules: readonly { readonly expression: string; readonly targets: readonly string[] }[];
  readonly buckets: number;
  /** X-Ray sampling rules the app defines (otherwise X-Ray's default: 1 a second and 5 % of the rest). */
  readonly samplingRules: readonly {
    readonly serviceName: string;
    readonly serviceType: string;
    readonly reservoirPerSecond: number;
    readonly fixedRate: number;
  }[];
}

/** A string with every intrinsic function replaced by a placeholder (Fn::Join of strings and references). */
export function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value !== null && typeof value === 'object') {
    const join = (value as Record<string, unknown>)['Fn::Join'];
    if (Array.isArray(join)) {
      const [separator, parts] = join as [unknown, unknown];
      if (typeof separator === 'string' && Array.isArray(parts))
        return parts.map((part) => flatten(part)).join(separator);
    }
  }
  return 'PLACEHOLDER';
}

/** The logical id a `{ Ref }` or `{ Fn::GetAtt: [id, …] }` points at. */
function referenced(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record['Ref'] === 'string') return record['Ref'];
  const getAtt = record['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  return undefined;
}

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

/** Counts the metrics a dashboard body graphs: each `metrics` entry that names a metric (not an expression). */
export function dashboardMetricCount(body: string): number {
  const parsed = JSON.parse(body) as { widgets?: { properties?: { metrics?: unknown[] } }[] };
  let count = 0;
  for (const widget of parsed.widgets ?? [])
    for (const entry of widget.properties?.metrics ?? []) {
      const parts = list(entry);
      const options = record(parts.at(-1));
      if (typeof options['expression'] === 'string') continue;
      count += 1;
    }
  return count;
}

function alarmFacts(logicalId: string, properties: Record<string, unknown>): AlarmFacts {
  const metrics = list(properties['Metrics']);
  if (metrics.length === 0) {
    const period = Number(properties['Period'] ?? 60);
    return {
      logicalId,
      metrics: 1,
      highResolution: period < 60,
      metricNames: [`${flatten(properties['Namespace'])}/${flatten(properties['MetricName'])}`],
    };
  }
  const stats = metrics
    .map((entry) => record(record(entry)['MetricStat']))
    .filter((stat) => 'Metric' in stat);
  return {
    logicalId,
    metrics: stats.length,
    highResolution: stats.some((stat) => Number(stat['Period'] ?? 60) < 60),
    metricNames: stats.map((stat) => {
      const metric = record(stat['Metric']);
      return `${flatten(metric['Namespace'])}/${flatten(metric['MetricName'])}`;
    }),
  };
}

/** Facts from a set of templates (one app: the stateful and the stateless stack). */
export function templateFacts(templates: Readonly<Record<string, CfnTemplate>>): TemplateFacts {
  const resources = Object.values(templates).flatMap((template) => Object.entries(template.Resources ?? {}));
  const byId = new Map(resources);
  const ofType = (type: string) => resources.filter(([, resource]) => resource.Type === type);
  const props = (resource: CfnResource): Record<string, unknown> => resource.Properties ?? {};
  const retentionOf = (logGroup: unknown): number | undefined => {
    const id = referenced(logGroup);
    const retention = id === undefined ? undefined : props(byId.get(id) ?? { Type: '' })['RetentionInDays'];
    return typeof retention === 'number' ? retention : undefined;
  };
  const logGroupOfArn = (arn: unknown): unknown => {
    const id = referenced(arn);
    return id === undefined ? undefined : { Ref: id };
  };

  return {
    stacks: Object.keys(templates),
    functions: ofType('AWS::Lambda::Function').map(([logicalId, resource]) => {
      const p = props(resource);
      const variables = record(record(p['Environment'])['Variables']);
      return {
        logicalId,
        memoryMb: Number(p['MemorySize'] ?? 128),
        architecture: flatten(list(p['Architectures'])[0] ?? 'x86_64'),
        tracing: flatten(record(p['TracingConfig'])['Mode'] ?? 'off'),
        logRetentionDays: retentionOf(record(p['LoggingConfig'])['LogGroup']),
        publishesMetrics:
          variables['POWERTOOLS_SERVICE_NAME'] !== undefined &&
          !['true', '1'].includes(flatten(variables['POWERTOOLS_METRICS_DISABLED'] ?? '').toLowerCase()),
      };
    }),
    alarms: ofType('AWS::CloudWatch::Alarm').map(([logicalId, resource]) =>
      alarmFacts(logicalId, props(resource)),
    ),
    dashboards: ofType('AWS::CloudWatch::Dashboard').map(([logicalId, resource]) => {
      const body = flatten(props(resource)['DashboardBody']);
      return { logicalId, body, metrics: dashboardMetricCount(body) };
    }),
    metricFilters: ofType('AWS::Logs::MetricFilter').flatMap(([, resource]) =>
      list(props(resource)['MetricTransformations']).map((transformation) => {
        const t = record(transformation);
        return {
          namespace: flatten(t['MetricNamespace']),
          name: flatten(t['MetricName']),
          hasDefault: t['DefaultValue'] !== undefined,
        };
      }),
    ),
    stateMachines: ofType('AWS::StepFunctions::StateMachine').map(([logicalId, resource]) => {
      const p = props(resource);
      const logging = record(p['LoggingConfiguration']);
      const destination = record(record(list(logging['Destinations'])[0])['CloudWatchLogsLogGroup']);
      return {
        logicalId,
        definition: JSON.parse(flatten(p['DefinitionString'])) as Asl,
        tracing: record(p['TracingConfiguration'])['Enabled'] === true,
        logLevel: flatten(logging['Level'] ?? 'OFF'),
        includeExecutionData: logging['IncludeExecutionData'] === true,
        logRetentionDays: retentionOf(logGroupOfArn(destination['LogGroupArn'])),
      };
    }),
    webAcls: ofType('AWS::WAFv2::WebACL').map(([logicalId, resource]) => ({
      logicalId,
      rules: list(props(resource)['Rules']).length,
    })),
    apiStages: [
      ...ofType('AWS::ApiGatewayV2::Stage').map(([, resource]): ApiStageFacts => {
        const settings = record(props(resource)['AccessLogSettings']);
        return {
          kind: 'http',
          accessLogFormat: typeof settings['Format'] === 'string' ? settings['Format'] : undefined,
          tracing: false,
          logRetentionDays: retentionOf(logGroupOfArn(settings['DestinationArn'])),
        };
      }),
      ...ofType('AWS::ApiGateway::Stage').map(([, resource]): ApiStageFacts => {
        const settings = record(props(resource)['AccessLogSetting']);
        return {
          kind: 'rest',
          accessLogFormat: typeof settings['Format'] === 'string' ? settings['Format'] : undefined,
          tracing: props(resource)['TracingEnabled'] === true,
          logRetentionDays: retentionOf(logGroupOfArn(settings['DestinationArn'])),
        };
      }),
    ],
    userPools: ofType('AWS::Cognito::UserPool').map(([logicalId, resource]) => ({
      logicalId,
      // CloudFormation's default feature plan for a new user pool is Essentials.
      plan: flatten(props(resource)['UserPoolTier'] ?? 'ESSENTIALS'),
    })),
    kmsKeys: ofType('AWS::KMS::Key').length,
    queues: ofType('AWS::SQS::Queue').length,
    pipes: ofType('AWS::Pipes::Pipe').map(([logicalId, resource]) => ({
      logicalId,
      batchSize: Number(
        record(record(props(resource)['SourceParameters'])['DynamoDBStreamParameters'])['BatchSize'] ?? 1,
      ),
    })),
    busRules: ofType('AWS::Events::Rule')
      .filter(([, resource]) => props(resource)['EventBusName'] !== undefined)
      .map(([, resource]) => ({
        detailTypes: list(record(props(resource)['EventPattern'])['detail-type']).map((type) =>
          flatten(type),
        ),
        targets: list(props(resource)['Targets'])
          .map((target) => referenced(record(target)['Arn']))
          .filter((id): id is string => id !== undefined),
      })),
    streamConsumers: ofType('AWS::Lambda::EventSourceMapping')
      .filter(([, resource]) => JSON.stringify(props(resource)['EventSourceArn'] ?? '').includes('StreamArn'))
      .map(([, resource]) => ({
        functionId: referenced(props(resource)['FunctionName']) ?? '',
        batchSize: Number(props(resource)['BatchSize'] ?? 100),
        filters: list(record(props(resource)['FilterCriteria'])['Filters']).map((filter) =>
          flatten(record(filter)['Pattern']),
        ),
      })),
    schedules: ofType('AWS::Events::Rule')
      .filter(([, resource]) => typeof props(resource)['ScheduleExpression'] === 'string')
      .map(([, resource]) => ({
        expression: String(props(resource)['ScheduleExpression']),
        targets: list(props(resource)['Targets'])
          .map((target) => referenced(record(target)['Arn']))
          .filter((id): id is string => id !== undefined),
      })),
    buckets: ofType('AWS::S3::Bucket').length,
    samplingRules: ofType('AWS::XRay::SamplingRule').map(([, resource]) => {
      const rule = record(props(resource)['SamplingRule']);
      return {
        serviceName: flatten(rule['ServiceName'] ?? '*'),
        serviceType: flatten(rule['ServiceType'] ?? '*'),
        reservoirPerSecond: Number(rule['ReservoirSize'] ?? 1),
        fixedRate: Number(rule['FixedRate'] ?? 0.05),
      };
    }),
  };
}

/** Runs a month of a schedule expression: `rate(n unit)` or a daily `cron(m h * * ? *)`. */
export function runsPerMonth(expression: string, daysPerMonth: number): number {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (rate) {
    const every = Number(rate[1]);
    const unit = rate[2] ?? '';
    const perDay = unit.startsWith('minute')
      ? 1440 / every
      : unit.startsWith('hour')
        ? 24 / every
        : 1 / every;
    return perDay * daysPerMonth;
  }
  if (/^cron\(\d+ \d+ \* \* \? \*\)$/.test(expression)) return daysPerMonth;
  throw new Error(`schedule ${expression}: only rate(…) and daily cron(m h * * ? *) are modelled`);
}

/** The app's stack templates as `npm run synth` left them in `cdk.out` (the stacks its manifest lists). */
export function readSynthesizedTemplates(cdkOut: string): Record<string, CfnTemplate> {
  const manifest = JSON.parse(readFileSync(join(cdkOut, 'manifest.json'), 'utf8')) as {
    artifacts?: Record<string, { type?: string; properties?: { templateFile?: string } }>;
  };
  const templates: Record<string, CfnTemplate> = {};
  for (const [name, artifact] of Object.entries(manifest.artifacts ?? {})) {
    const file = artifact.properties?.templateFile;
    if (artifact.type !== 'aws:cloudformation:stack' || file === undefined) continue;
    templates[name] = JSON.parse(readFileSync(join(cdkOut, file), 'utf8')) as CfnTemplate;
  }
  if (Object.keys(templates).length === 0)
    throw new Error(`no stack templates in ${cdkOut}: run npm run synth`);
  return templates;
}
