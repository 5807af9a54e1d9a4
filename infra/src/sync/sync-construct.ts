import { ENVIRONMENT } from '@devportal/runtime/environment-variables';
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { AppFunction } from '../functions/app-function.js';
import { STATUS_SYNC_TIMEOUT } from '../functions/status-sync-function.js';
import { acknowledgeOnResource } from '../nag/acknowledge-on-resource.js';
import type { StageName } from '../stage/stage-settings.js';

/** How often the status sync dispatches the due checks (the pending index is read every run). */
export const SYNC_INTERVAL = Duration.minutes(5);

/** How often due webhook deliveries are attempted, apart from the checks. */
export const WEBHOOK_INTERVAL = Duration.minutes(1);

/** Documents per worker invocation: one SQS message each, at most ten per batch. */
export const CHECK_BATCH_SIZE = 10;

/** Deliveries of a check message before it is set aside in the check dead-letter queue. */
export const CHECK_MAX_RECEIVES = 5;

/**
 * The sync's environments kept from its workers: the dispatcher, a webhook round and a manual run
 * can always start, however long the queue.
 */
export const SYNC_NON_WORKER_CONCURRENCY = 3;

/** Props of {@link SyncConstruct}. */
export interface SyncConstructProps {
  readonly stage: StageName;
  readonly statusSync: AppFunction;
  /** The sync's reserved concurrency (a stage setting); its workers get all but a few. */
  readonly reservedConcurrency: number;
}

/**
 * The status sync's schedules and queue: every {@link SYNC_INTERVAL} EventBridge Scheduler invokes
 * the dispatcher, which claims the due documents and queues them in the check queue; the same
 * function, subscribed to that queue, checks them in batches of ten (partial failures come back
 * with `batchItemFailures`), as many at once as its reserved concurrency leaves. Every
 * {@link WEBHOOK_INTERVAL} a second schedule invokes a webhook delivery round on its own.
 *
 * An invocation the scheduler could not deliver after its retries lands in the dead-letter queue,
 * as does a run that failed: the function is not retried, because the next scheduled run does the
 * same work. A check message received {@link CHECK_MAX_RECEIVES} times goes to the check queue's own
 * dead-letter queue.
 */
export class SyncConstruct extends Construct {
  readonly schedule: Schedule;
  readonly webhookSchedule: Schedule;
  readonly deadLetterQueue: Queue;
  readonly checkQueue: Queue;
  readonly checkDeadLetterQueue: Queue;
  /** The role the scheduler invokes the sync as. */
  readonly schedulerRole: Role;

  constructor(scope: Construct, id: string, props: SyncConstructProps) {
    super(scope, id);
    const { handler } = props.statusSync;
    this.deadLetterQueue = deadLetterQueue(
      this,
      'DeadLetterQueue',
      "It is itself the dead-letter queue: of the schedules' target and of the function's failed runs.",
    );
    this.checkDeadLetterQueue = deadLetterQueue(
      this,
      'CheckDeadLetterQueue',
      'It is itself the dead-letter queue of the check queue.',
    );
    this.checkQueue = new Queue(this, 'CheckQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Past the function's timeout, so a batch in progress is never handed to a second worker;
      // well under the dispatcher's claim (15 minutes), so a retried message finds its claim.
      visibilityTimeout: STATUS_SYNC_TIMEOUT.plus(Duration.minutes(1)),
      // A message older than the claim it carries is dropped by the worker anyway.
      retentionPeriod: Duration.hours(1),
      deadLetterQueue: { queue: this.checkDeadLetterQueue, maxReceiveCount: CHECK_MAX_RECEIVES },
    });
    handler.addEnvironment(ENVIRONMENT.statusSyncQueueUrl.name, this.checkQueue.queueUrl);
    this.checkQueue.grantSendMessages(handler);
    handler.addEventSource(
      new SqsEventSource(this.checkQueue, {
        batchSize: CHECK_BATCH_SIZE,
        reportBatchItemFailures: true,
        maxConcurrency: Math.max(2, props.reservedConcurrency - SYNC_NON_WORKER_CONCURRENCY),
      }),
    );

    this.schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
      description: `Invokes the devportal ${props.stage} status sync on schedule`,
    });
    const functionId = Stack.of(this).getLogicalId(handler.node.defaultChild as CfnFunction);
    Validations.of(this.schedulerRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
      reason:
        "CDK's Lambda target grants invoking the function's versions too; the schedules invoke the function unqualified.",
    });
    const invoke = (input: object, interval: Duration) =>
      new LambdaInvoke(handler, {
        input: ScheduleTargetInput.fromObject(input),
        retryAttempts: 2,
        // A run delivered later than its own interval would only overlap the next one.
        maxEventAge: interval,
        deadLetterQueue: this.deadLetterQueue,
        role: this.schedulerRole,
      });
    this.schedule = new Schedule(this, 'Schedule', {
      description: `Dispatches the devportal ${props.stage} status sync's due checks`,
      schedule: ScheduleExpression.rate(SYNC_INTERVAL),
      target: invoke({}, SYNC_INTERVAL),
    });
    this.webhookSchedule = new Schedule(this, 'WebhookSchedule', {
      description: `Delivers the devportal ${props.stage} status sync's due webhook events`,
      schedule: ScheduleExpression.rate(WEBHOOK_INTERVAL),
      target: invoke({ kind: 'webhooks' }, WEBHOOK_INTERVAL),
    });
    handler.configureAsyncInvoke({
      retryAttempts: 0,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
  }
}

/** An encrypted, SSL-only queue keeping what it is given 14 days. */
function deadLetterQueue(scope: Construct, id: string, reason: string): Queue {
  const queue = new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  acknowledgeOnResource(queue, { id: 'AwsSolutions-SQS3', reason });
  return queue;
}
