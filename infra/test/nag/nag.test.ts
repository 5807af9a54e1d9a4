import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import type { StageName } from '../../src/stage/stage-settings.js';
import { devportalApp } from '../support/synthesize.js';

/** What each stage's app synthesizes: its error if cdk-nag refused it, else its template. */
const outcomes = new Map<StageName, { error?: unknown; template?: Template }>();

beforeAll(() => {
  for (const stage of ['dev', 'prod'] as const) {
    const { app, stack } = devportalApp(stage, {
      outdir: mkdtempSync(join(tmpdir(), `devportal-nag-${stage}-`)),
    });
    try {
      app.synth();
      outcomes.set(stage, { template: Template.fromStack(stack) });
    } catch (error) {
      outcomes.set(stage, { error });
    }
  }
});

/** Each acknowledged rule with the types of the resources it is acknowledged on. */
function acknowledgements(stage: StageName): Record<string, string[]> {
  const template = outcomes.get(stage)?.template;
  if (template === undefined) throw new Error(`${stage} did not synthesize`);
  const found: Record<string, string[]> = {};
  for (const resource of Object.values(template.toJSON().Resources as Record<string, Resource>)) {
    for (const rule of resource.Metadata?.cdk_nag?.rules_to_suppress ?? []) {
      expect(rule.reason.length, `${rule.id} needs a reason`).toBeGreaterThan(40);
      const id = rule.id.replace(/<[A-Za-z0-9]+\.Arn>/, '<function>');
      found[id] = [...(found[id] ?? []), resource.Type].sort();
    }
  }
  return found;
}

interface Resource {
  readonly Type: string;
  readonly Metadata?: { cdk_nag?: { rules_to_suppress: { id: string; reason: string }[] } };
}

const times = (count: number, type: string) => Array.from({ length: count }, () => type);

/** What both stages set aside, on exactly which resources. */
const COMMON = {
  // The credentials issued to us, the signing key set and the Client Secret pepper.
  'AwsSolutions-SMG4': times(5, 'AWS::SecretsManager::Secret'),
  'AwsSolutions-L1': times(4, 'AWS::Lambda::Function'),
  'AwsSolutions-IAM5[Resource::*]': [
    ...times(4, 'AWS::IAM::Policy'),
    ...times(4, 'AWS::IAM::Role'),
  ],
  'AwsSolutions-IAM5[Resource::<function>:*]': ['AWS::IAM::Policy', 'AWS::IAM::Role'],
  'AwsSolutions-APIG4': times(2, 'AWS::ApiGatewayV2::Route'),
  // The sync's two dead-letter queues (of its schedules and runs; of its check queue).
  'AwsSolutions-SQS3': times(2, 'AWS::SQS::Queue'),
  'AwsSolutions-COG2': ['AWS::Cognito::UserPool'],
  'AwsSolutions-S1': times(2, 'AWS::S3::Bucket'),
  'AwsSolutions-CFR1': ['AWS::CloudFront::Distribution'],
  'AwsSolutions-CFR2': ['AWS::CloudFront::Distribution'],
  'AwsSolutions-CFR4': ['AWS::CloudFront::Distribution'],
  // CDK's deployment handler of the web site: its role and policy, and its function.
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
    ['AWS::IAM::Policy', 'AWS::IAM::Role'],
  ...Object.fromEntries(
    [
      'Action::s3:GetObject*',
      'Action::s3:GetBucket*',
      'Action::s3:List*',
      'Action::s3:DeleteObject*',
      'Action::s3:Abort*',
      'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
      'Resource::<function>/*',
    ].map((finding) => [`AwsSolutions-IAM5[${finding}]`, ['AWS::IAM::Policy', 'AWS::IAM::Role']]),
  ),
};

describe('cdk-nag AwsSolutions checks', () => {
  test.each(['dev', 'prod'] as const)('find nothing unacknowledged in %s', (stage) => {
    expect(outcomes.get(stage)?.error).toBeUndefined();
  });

  test('are set aside in prod only where a reason is recorded, resource by resource', () => {
    expect(acknowledgements('prod')).toEqual(COMMON);
  });

  test("are set aside in dev also for the user pool's Plus tier", () => {
    expect(acknowledgements('dev')).toEqual({
      ...COMMON,
      'AwsSolutions-COG8': ['AWS::Cognito::UserPool'],
    });
  });
});
