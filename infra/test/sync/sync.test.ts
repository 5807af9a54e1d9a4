import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DevportalStack } from '../../src/devportal-stack.js';
import { synthesizeStage } from '../support/synthesize.js';
import {
  actionsOf,
  actionsOn,
  arnOf,
  environmentOf,
  refTo,
  resourceOf,
  statementsOf,
} from '../support/template-queries.js';

let stack: DevportalStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthesizeStage('dev'));
});

describe('the schedule', () => {
  test('runs the status sync every 5 minutes with an empty event (a scheduled run)', () => {
    expect(resourceOf(template, stack.sync.schedule).Properties).toMatchObject({
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: { Arn: arnOf(stack.statusSync.handler), Input: '{}' },
    });
  });

  test('retries a failed delivery twice within one interval, then dead-letters it', () => {
    expect(resourceOf(template, stack.sync.schedule).Properties.Target).toMatchObject({
      RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 300 },
      DeadLetterConfig: { Arn: arnOf(stack.sync.deadLetterQueue) },
    });
  });

  test('runs as a role that may invoke the sync and send to the queue, and nothing else', () => {
    for (const schedule of [stack.sync.schedule, stack.sync.webhookSchedule]) {
      expect(resourceOf(template, schedule).Properties.Target).toMatchObject({
        RoleArn: arnOf(stack.sync.schedulerRole),
      });
    }
    const actions = statementsOf(template, stack.sync.schedulerRole).flatMap(actionsOf);
    expect([...new Set(actions)].sort()).toEqual(['lambda:InvokeFunction', 'sqs:SendMessage']);
  });
});

describe('the webhook schedule', () => {
  test('runs a delivery round of its own every minute, apart from the checks', () => {
    expect(resourceOf(template, stack.sync.webhookSchedule).Properties).toMatchObject({
      ScheduleExpression: 'rate(1 minute)',
      State: 'ENABLED',
      Target: {
        Arn: arnOf(stack.statusSync.handler),
        Input: '{"kind":"webhooks"}',
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 60 },
        DeadLetterConfig: { Arn: arnOf(stack.sync.deadLetterQueue) },
      },
    });
  });
});

describe('the check queue', () => {
  test('is encrypted, hides a batch longer than the function may run, and dead-letters after 5 receives', () => {
    expect(resourceOf(template, stack.sync.checkQueue).Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 300,
      RedrivePolicy: {
        deadLetterTargetArn: arnOf(stack.sync.checkDeadLetterQueue),
        maxReceiveCount: 5,
      },
    });
    const timeout = resourceOf(template, stack.statusSync.handler).Properties.Timeout as number;
    expect(timeout).toBeLessThan(300);
    expect(resourceOf(template, stack.sync.checkDeadLetterQueue).Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
  });

  test('feeds the sync in batches of ten with partial failures, workers bounded below its reserved concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: arnOf(stack.sync.checkQueue),
      FunctionName: refTo(stack.statusSync.handler),
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
    expect(resourceOf(template, stack.statusSync.handler).Properties).toMatchObject({
      ReservedConcurrentExecutions: 5,
    });
  });

  test('is named to the sync, which may send to it and receive from it', () => {
    expect(environmentOf(template, stack.statusSync.handler)).toMatchObject({
      STATUS_SYNC_QUEUE_URL: refTo(stack.sync.checkQueue),
      STATUS_SYNC_CHECK_TIMEOUT_MS: '10000',
    });
    expect(actionsOn(template, stack.statusSync.role, arnOf(stack.sync.checkQueue))).toEqual(
      expect.arrayContaining([
        'sqs:ChangeMessageVisibility',
        'sqs:DeleteMessage',
        'sqs:ReceiveMessage',
        'sqs:SendMessage',
      ]),
    );
  });
});

describe('a failed run', () => {
  test('is not retried by Lambda (the next run does the same work) and lands in the queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: refTo(stack.statusSync.handler),
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: arnOf(stack.sync.deadLetterQueue) } },
    });
  });
});

describe('the dead-letter queue', () => {
  test('is encrypted, refuses plain HTTP and keeps messages 14 days; so do the other queues', () => {
    expect(resourceOf(template, stack.sync.deadLetterQueue).Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    const queues = [
      stack.sync.deadLetterQueue,
      stack.sync.checkQueue,
      stack.sync.checkDeadLetterQueue,
    ];
    for (const queue of queues) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [refTo(queue)],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
  });
});
