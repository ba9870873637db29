import { Duration, Stack } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import type { Bilingual } from '#domain/messages/bilingual';
import { render } from '#domain/messages/bilingual';
import { EDGE_REFUSALS, requestBodyTooLarge } from '#domain/messages/transport';

/**
 * Per source IP, the public route serves about this many requests in a trailing window of this many
 * seconds; past it, WAF answers 429 `RATE_LIMITED` until its estimate of the address's rate drops below
 * the limit. WAF's limiting is approximate and lags (usually under 30 s, by AWS's caveats): the stage
 * throttle bounds what passes meanwhile.
 *
 * Why 300 per 5 minutes (one a second on average): a person reading the publicity list or filing an
 * objection makes one GraphQL request per page or submission, a few dozen in five minutes when busy, so
 * a few dozen such people can share one address (an office or a carrier's NAT) before any of them is
 * refused. The stage's own throttle (10 requests/s, `PUBLIC_STAGE_THROTTLE`) is 3,000 per 5 minutes for
 * everyone together: one address can take at most a tenth of it, so it takes at least ten addresses,
 * not one client, to crowd the public out.
 */
export const PUBLIC_RATE_LIMIT = { requests: 300, windowSeconds: 300 } as const;

/**
 * The largest request body the public route forwards (bytes). The public operations are small: the
 * longest, `fileObjection`, carries at most 2,150 characters (a 2,000-character reason, a 50-character
 * name, a 100-character contact), about 6.5 KB as UTF-8 JSON and about 13 KB if a client escapes every
 * Chinese character as `\uXXXX`. 16 KB is also the body size API Gateway forwards to WAF by default
 * (more costs extra), so the rule can see every byte it judges; a larger body matches through
 * `oversizeHandling: MATCH`. The function itself refuses bodies over 1 MB (413).
 */
export const PUBLIC_BODY_LIMIT_BYTES = 16_384;

/** The names of the web ACL's rules, as they appear in its CloudWatch metrics and sampled requests. */
export const PUBLIC_WEB_ACL_RULES = { rateLimit: 'RateLimitPerIp', bodySize: 'BodyOver16KB' } as const;

/**
 * A GraphQL-shaped error body, so that clients read `errors[0].extensions.code` whichever layer refused, with
 * the message in both languages as the function's errors have it (issue 18).
 */
const graphqlError = (messages: Bilingual, code: string): string =>
  JSON.stringify({
    errors: [{ message: messages.en, extensions: { code, messageZh: messages.zh, messageEn: messages.en } }],
  });

/**
 * Its answers come from the edge, not from the function, so browsers must be able to read them: the
 * public route answers every origin with `*` (see `PublicGraphqlApi`, which gates origins at the
 * preflight).
 */
const ANY_ORIGIN = { name: 'access-control-allow-origin', value: '*' };

export interface PublicWebAclProps {
  /** The REST API stage that serves the public route: every request to it passes through the ACL. */
  readonly stage: Stage;
}

/**
 * The regional AWS WAF web ACL in front of the public GraphQL route (issue 16), associated with its REST
 * API stage. Two rules, in this order, default allow:
 * 1. `RateLimitPerIp`: a rate-based rule keyed on the source IP (`PUBLIC_RATE_LIMIT`); it comes first so
 *    that it counts every request, including those the next rule would block.
 * 2. `BodyOver16KB`: a size constraint on the body (`PUBLIC_BODY_LIMIT_BYTES`), so an oversized body is
 *    refused before it costs a Lambda invocation.
 * Both answer with a GraphQL-shaped JSON error (`RATE_LIMITED` with 429 and `retry-after`;
 * `BAD_REQUEST` with 413, as the function answers a body over its own limit).
 *
 * No AWS managed rule groups: each is billed as a rule (US$1/month list price, over issue 19's ≈ US$7
 * budget for the ACL and its rules), and the ones that would apply do not fit this route —
 * `AWSManagedRulesCommonRuleSet` (700 WCU) blocks bodies over 8 KB and matches script-like text in a
 * free-text objection; `AWSManagedRulesKnownBadInputsRuleSet` (200 WCU) targets Java deserialization,
 * Log4j and host-header exploits that a Node.js function behind API Gateway does not have. This ACL
 * uses a few WCU of the 1,500 its base price includes.
 *
 * CloudWatch metrics and sampled requests are on for the ACL and each rule; the access log of the stage
 * records WAF's verdict per request (`$context.wafResponseCode`).
 */
export class PublicWebAcl extends Construct {
  readonly webAcl: CfnWebACL;
  readonly association: CfnWebACLAssociation;
  /** Named, because WAF's CloudWatch metrics are keyed by the ACL's name. */
  readonly webAclName: string;

  constructor(scope: Construct, id: string, props: PublicWebAclProps) {
    super(scope, id);
    this.webAclName = `${Stack.of(this).stackName}-public-graphql`;
    const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName,
    });

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      // REGIONAL: in the stack's own region, beside the REST API it protects (no us-east-1 stack, no
      // cross-region references; the only scope AWS WAF offers in the Beijing and Ningxia Regions).
      scope: 'REGIONAL',
      name: this.webAclName,
      // CloudFormation allows no parentheses or semicolons here.
      description: 'Public GraphQL route, R6.4: per-IP rate limit and body size, issue 16',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('PublicGraphqlWebAcl'),
      // The body size WAF inspects on API Gateway: the default, stated so that the size rule's limit and
      // what WAF sees cannot drift apart (KB_32 and above are billed extra).
      associationConfig: { requestBody: { API_GATEWAY: { defaultSizeInspectionLimit: 'KB_16' } } },
      customResponseBodies: {
        RateLimited: {
          contentType: 'APPLICATION_JSON',
          content: graphqlError(EDGE_REFUSALS.tooManyFromAddress, 'RATE_LIMITED'),
        },
        BodyTooLarge: {
          contentType: 'APPLICATION_JSON',
          content: graphqlError(
            render(requestBodyTooLarge, { limit: `${PUBLIC_BODY_LIMIT_BYTES / 1024} KB` }),
            'BAD_REQUEST',
          ),
        },
      },
      rules: [
        {
          name: PUBLIC_WEB_ACL_RULES.rateLimit,
          priority: 0,
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: PUBLIC_RATE_LIMIT.requests,
              evaluationWindowSec: PUBLIC_RATE_LIMIT.windowSeconds,
            },
          },
          action: {
            block: {
              customResponse: {
                responseCode: 429,
                customResponseBodyKey: 'RateLimited',
                responseHeaders: [
                  { name: 'retry-after', value: String(PUBLIC_RATE_LIMIT.windowSeconds) },
                  ANY_ORIGIN,
                  // Not a header browsers show a page unless CORS exposes it.
                  { name: 'access-control-expose-headers', value: 'retry-after' },
                ],
              },
            },
          },
          visibilityConfig: visibility(PUBLIC_WEB_ACL_RULES.rateLimit),
        },
        {
          name: PUBLIC_WEB_ACL_RULES.bodySize,
          priority: 1,
          statement: {
            sizeConstraintStatement: {
              fieldToMatch: { body: { oversizeHandling: 'MATCH' } },
              comparisonOperator: 'GT',
              size: PUBLIC_BODY_LIMIT_BYTES,
              textTransformations: [{ priority: 0, type: 'NONE' }],
            },
          },
          action: {
            block: {
              customResponse: {
                responseCode: 413,
                customResponseBodyKey: 'BodyTooLarge',
                responseHeaders: [ANY_ORIGIN],
              },
            },
          },
          visibilityConfig: visibility(PUBLIC_WEB_ACL_RULES.bodySize),
        },
      ],
    });

    // A web ACL associated with a stage sees every request to that stage, whichever host name it used
    // (the default execute-api endpoint included), so the public route has no way around it. The ARN
    // refers to the stage, so CloudFormation creates the association after it.
    this.association = new CfnWebACLAssociation(this, 'StageAssociation', {
      resourceArn: props.stage.stageArn,
      webAclArn: this.webAcl.attrArn,
    });
  }

  /** Requests a rule blocked (`ALL`: the whole ACL), summed over 5 minutes. */
  metricBlocked(rule: (typeof PUBLIC_WEB_ACL_RULES)[keyof typeof PUBLIC_WEB_ACL_RULES] | 'ALL'): Metric {
    return new Metric({
      namespace: 'AWS/WAFV2',
      metricName: 'BlockedRequests',
      dimensionsMap: { WebACL: this.webAclName, Rule: rule, Region: Stack.of(this).region },
      statistic: 'Sum',
      period: Duration.minutes(5),
      label: rule === 'ALL' ? 'blocked by WAF' : `blocked: ${rule}`,
    });
  }
}
