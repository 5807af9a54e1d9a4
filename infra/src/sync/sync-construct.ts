import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { AppFunction } from '../functions/app-function.js';
import { acknowledgeOnResource } from '../nag/acknowledge-on-resource.js';
import type { StageName } from '../stage/stage-settings.js';

/** How often the status sync runs (apps/status-sync: the pending index is read every run). */
export const SYNC_INTERVAL = Duration.minutes(5);

/** Props of {@link SyncConstruct}. */
export interface SyncConstructProps {
  readonly stage: StageName;
  readonly statusSync: AppFunction;
}

/**
 * Runs the status sync every {@link SYNC_INTERVAL} with EventBridge Scheduler. An invocation the
 * scheduler could not deliver after its retries lands in the dead-letter queue, as does a run that
 * failed: the function is not retried, because the next scheduled run does the same work.
 */
export class SyncConstruct extends Construct {
  readonly schedule: Schedule;
  readonly deadLetterQueue: Queue;
  /** The role the scheduler invokes the sync as. */
  readonly schedulerRole: Role;

  constructor(scope: Construct, id: string, props: SyncConstructProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledgeOnResource(this.deadLetterQueue, {
      id: 'AwsSolutions-SQS3',
      reason:
        "It is itself the dead-letter queue: of the schedule's target and of the function's failed runs.",
    });
    this.schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
      description: `Invokes the devportal ${props.stage} status sync on schedule`,
    });
    const functionId = Stack.of(this).getLogicalId(
      props.statusSync.handler.node.defaultChild as CfnFunction,
    );
    Validations.of(this.schedulerRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
      reason:
        "CDK's Lambda target grants invoking the function's versions too; the schedule invokes the function unqualified.",
    });
    this.schedule = new Schedule(this, 'Schedule', {
      description: `Runs the devportal ${props.stage} status sync`,
      schedule: ScheduleExpression.rate(SYNC_INTERVAL),
      target: new LambdaInvoke(props.statusSync.handler, {
        input: ScheduleTargetInput.fromObject({}),
        retryAttempts: 2,
        // A run delivered later than its own interval would only overlap the next one.
        maxEventAge: SYNC_INTERVAL,
        deadLetterQueue: this.deadLetterQueue,
        role: this.schedulerRole,
      }),
    });
    props.statusSync.handler.configureAsyncInvoke({
      retryAttempts: 0,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
  }
}
