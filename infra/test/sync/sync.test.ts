import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DevportalStack } from '../../src/devportal-stack.js';
import { synthesizeStage } from '../support/synthesize.js';
import { actionsOf, arnOf, refTo, resourceOf, statementsOf } from '../support/template-queries.js';

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
    expect(resourceOf(template, stack.sync.schedule).Properties.Target).toMatchObject({
      RoleArn: arnOf(stack.sync.schedulerRole),
    });
    const actions = statementsOf(template, stack.sync.schedulerRole).flatMap(actionsOf);
    expect(actions.sort()).toEqual(['lambda:InvokeFunction', 'sqs:SendMessage']);
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
  test('is encrypted, refuses plain HTTP and keeps messages 14 days', () => {
    expect(resourceOf(template, stack.sync.deadLetterQueue).Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ],
      },
    });
  });
});
