import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DevportalStack } from '../../src/devportal-stack.js';
import { SYNC_LAG_METRIC_NAME } from '../../src/observability/sync-lag-metric.js';
import { USAGE_ROLLUP_AGE_METRIC_NAME } from '../../src/observability/usage-rollup-metric.js';
import { synthesizeStage } from '../support/synthesize.js';
import { logicalIdOf, refTo, resourceOf } from '../support/template-queries.js';

let stack: DevportalStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthesizeStage('dev'));
});

interface AlarmProperties {
  readonly AlarmName: string;
  readonly Namespace: string;
  readonly MetricName: string;
  readonly Dimensions: { Name: string; Value: unknown }[];
  readonly Statistic: string;
  readonly Period: number;
  readonly Threshold: number;
  readonly EvaluationPeriods: number;
  readonly ComparisonOperator: string;
  readonly TreatMissingData: string;
  readonly AlarmActions: unknown[];
  readonly OKActions: unknown[];
}

function alarm(name: string): AlarmProperties {
  const found = Object.values(template.findResources('AWS::CloudWatch::Alarm')).find(
    (resource) => resource.Properties.AlarmName === `devportal-dev-${name}`,
  );
  if (found === undefined) throw new Error(`no alarm ${name}`);
  return found.Properties;
}

describe('alarms', () => {
  test.each(['PortalApi', 'CardsGateway', 'StatusSync'])(
    "fire on any error or throttle of %s's function",
    (id) => {
      const handler = refTo(stack.node.findChild(id).node.findChild('Handler'));
      for (const [suffix, metricName] of [
        ['Errors', 'Errors'],
        ['Throttles', 'Throttles'],
      ] as const) {
        expect(alarm(`${id}${suffix}`)).toMatchObject({
          Namespace: 'AWS/Lambda',
          MetricName: metricName,
          Dimensions: [{ Name: 'FunctionName', Value: handler }],
          Statistic: 'Sum',
          Period: 300,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        });
      }
    },
  );

  test('fire on 5 or more server errors of the API in 5 minutes', () => {
    expect(alarm('Api5xx')).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: refTo(stack.api.httpApi) }],
      Statistic: 'Sum',
      Threshold: 5,
    });
  });

  test.each([
    ['SyncDeadLetters', 'the sync dead-letter queue', () => stack.sync.deadLetterQueue],
    [
      'SyncCheckDeadLetters',
      'the check queue’s dead-letter queue',
      () => stack.sync.checkDeadLetterQueue,
    ],
  ])('%s fires on any message in %s', (name, _queue, queue) => {
    expect(alarm(name)).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        { Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalIdOf(queue()), 'QueueName'] } },
      ],
      Threshold: 1,
    });
  });

  test.each([
    ['SyncLag', 'the sync is 10 minutes behind', SYNC_LAG_METRIC_NAME, 600, 3],
    [
      'UsageRollupLag',
      'a closed usage minute waited 30 minutes for the roll-up',
      USAGE_ROLLUP_AGE_METRIC_NAME,
      30 * 60_000,
      2,
    ],
  ] as const)(
    '%s fires when %s, over its evaluation periods, or when the metric stops',
    (name, _what, metricName, threshold, periods) => {
      expect(alarm(name)).toMatchObject({
        Namespace: 'Devportal/dev',
        MetricName: metricName,
        Dimensions: [{ Name: 'service', Value: 'status-sync' }],
        Statistic: 'Maximum',
        Period: 300,
        Threshold: threshold,
        EvaluationPeriods: periods,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'breaching',
      });
    },
  );

  test('notify the alarm topic when they fire and when they recover', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toHaveLength(11);
    for (const { Properties } of alarms) {
      expect(Properties.AlarmActions).toEqual([refTo(stack.observability.alarmTopic)]);
      expect(Properties.OKActions).toEqual([refTo(stack.observability.alarmTopic)]);
    }
  });
});

describe('the alarm topic', () => {
  test('is encrypted with a rotating key CloudWatch may use, and refuses plain HTTP', () => {
    const topic = resourceOf(template, stack.observability.alarmTopic).Properties;
    const keyArn = (topic.KmsMasterKeyId as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
    const key = template.toJSON().Resources[keyArn[0]];
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.Properties.KeyPolicy.Statement).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      }),
    );
    const policies = Object.values(template.findResources('AWS::SNS::TopicPolicy'));
    expect(JSON.stringify(policies)).toContain('"aws:SecureTransport":"false"');
  });

  test('has no subscriber when the stage names no e-mail address', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 0);
  });
});

describe('the dashboard', () => {
  test('shows the alarms, the API, each function and the sync', () => {
    const body = JSON.stringify(
      resourceOf(template, stack.observability.dashboard).Properties.DashboardBody,
    );
    for (const expected of [
      'Alarms',
      'API requests and errors',
      'API latency (p99)',
      'PortalApi',
      'CardsGateway',
      'StatusSync',
      SYNC_LAG_METRIC_NAME,
      USAGE_ROLLUP_AGE_METRIC_NAME,
      'ApproximateNumberOfMessagesVisible',
    ]) {
      expect(body).toContain(expected);
    }
  });
});
