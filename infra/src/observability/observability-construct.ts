import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ApiConstruct } from '../api/api-construct.js';
import type { AppFunction } from '../functions/app-function.js';
import type { StageSettings } from '../stage/stage-context.js';
import { CHECK_MAX_RECEIVES, SYNC_INTERVAL, type SyncConstruct } from '../sync/sync-construct.js';
import { syncLagMetric } from './sync-lag-metric.js';
import { usageRollupAgeMetric } from './usage-rollup-metric.js';

/** Alarms look at 5-minute periods: the schedule's own rhythm. */
const PERIOD = Duration.minutes(5);

/** Server errors of the HTTP API in one period before someone is told. */
const API_5XX_THRESHOLD = 5;

/** How far behind its schedule the sync may fall: two intervals. */
const SYNC_LAG_THRESHOLD_SECONDS = 600;

/**
 * How long a closed usage minute may wait for the roll-up: a handful of the schedule's runs, far
 * inside the two days after which an unrolled minute is lost from its hour and day.
 */
const USAGE_ROLLUP_AGE_THRESHOLD_MS = 30 * 60_000;

/** Props of {@link ObservabilityConstruct}. */
export interface ObservabilityConstructProps {
  readonly settings: StageSettings;
  readonly functions: readonly AppFunction[];
  readonly api: ApiConstruct;
  readonly sync: SyncConstruct;
}

/** What an alarm watches, and what is wrong when it fires. */
interface AlarmSpec {
  readonly id: string;
  readonly description: string;
  readonly metric: IMetric;
  readonly threshold: number;
  readonly evaluationPeriods?: number;
  readonly treatMissingData?: TreatMissingData;
}

/**
 * Alarms on what needs a person (function errors and throttles, API 5xx, anything in the sync's
 * dead-letter queue, the sync or the usage roll-up falling behind) sent to an encrypted SNS
 * topic, and a dashboard of the same signals.
 */
export class ObservabilityConstruct extends Construct {
  readonly alarmTopic: Topic;
  readonly alarms: readonly Alarm[];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ObservabilityConstructProps) {
    super(scope, id);
    const { settings, functions, api, sync } = props;
    const alarmKey = new Key(this, 'AlarmTopicKey', {
      description: `Encrypts devportal ${settings.name} alarm notifications`,
      enableKeyRotation: true,
    });
    // CloudWatch publishes to the encrypted topic, so it must be able to use the key.
    alarmKey.grant(
      new ServicePrincipal('cloudwatch.amazonaws.com'),
      'kms:Decrypt',
      'kms:GenerateDataKey',
    );
    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: `devportal ${settings.name} alarms`,
      masterKey: alarmKey,
      enforceSSL: true,
    });
    const { alarmEmail } = settings.deployment;
    if (alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(alarmEmail));

    const lag = syncLagMetric(settings.name);
    const rollupAge = usageRollupAgeMetric(settings.name);
    const waitingIn = (queue: Queue) =>
      queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' });
    const dlqDepth = waitingIn(sync.deadLetterQueue);
    const api5xx = api.httpApi.metricServerError({ period: PERIOD, statistic: 'Sum' });
    const specs: AlarmSpec[] = [
      ...functions.flatMap((app): AlarmSpec[] => [
        {
          id: `${app.node.id}Errors`,
          description: `${app.node.id} failed an invocation`,
          metric: app.handler.metricErrors({ period: PERIOD, statistic: 'Sum' }),
          threshold: 1,
        },
        {
          id: `${app.node.id}Throttles`,
          description: `${app.node.id} was throttled: concurrency is exhausted`,
          metric: app.handler.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
          threshold: 1,
        },
      ]),
      {
        id: 'Api5xx',
        description: `The HTTP API answered ${API_5XX_THRESHOLD} or more server errors in 5 minutes`,
        metric: api5xx,
        threshold: API_5XX_THRESHOLD,
      },
      {
        id: 'SyncDeadLetters',
        description:
          'A status-sync run failed or could not be delivered: see the dead-letter queue',
        metric: dlqDepth,
        threshold: 1,
      },
      {
        id: 'SyncCheckDeadLetters',
        description: `A document's check failed ${CHECK_MAX_RECEIVES} times in a row: see the check queue's dead-letter queue`,
        metric: waitingIn(sync.checkDeadLetterQueue),
        threshold: 1,
      },
      {
        id: 'SyncLag',
        description: `The status sync is more than ${SYNC_LAG_THRESHOLD_SECONDS} s behind its schedule, or reports nothing`,
        metric: lag,
        threshold: SYNC_LAG_THRESHOLD_SECONDS,
        evaluationPeriods: 3,
        // A sync that stops reporting is as late as one that reports a lag.
        treatMissingData: TreatMissingData.BREACHING,
      },
      {
        id: 'UsageRollupLag',
        description: `A closed usage minute has waited ${USAGE_ROLLUP_AGE_THRESHOLD_MS / 60_000} minutes or more to be rolled into its hour and day, or the roll-up has reported nothing, for ${2 * SYNC_INTERVAL.toMinutes()} minutes: unrolled minutes are lost from their hours and days after two days`,
        metric: rollupAge,
        threshold: USAGE_ROLLUP_AGE_THRESHOLD_MS,
        // Two intervals: one run landing in the next period leaves a gap that is no failure.
        evaluationPeriods: 2,
        // A roll-up that fails or gets no time reports nothing while minutes wait.
        treatMissingData: TreatMissingData.BREACHING,
      },
    ];
    const action = new SnsAction(this.alarmTopic);
    this.alarms = specs.map((spec) => {
      const alarm = new Alarm(this, spec.id, {
        alarmName: `devportal-${settings.name}-${spec.id}`,
        alarmDescription: spec.description,
        metric: spec.metric,
        threshold: spec.threshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: spec.evaluationPeriods ?? 1,
        treatMissingData: spec.treatMissingData ?? TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      return alarm;
    });

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `devportal-${settings.name}`,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: `# devportal ${settings.name}\nAPI, functions and the status sync; alarms go to the SNS topic ${this.alarmTopic.topicName}.`,
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      new AlarmStatusWidget({ title: 'Alarms', alarms: [...this.alarms], width: 24 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API requests and errors',
        left: [api.httpApi.metricCount({ period: PERIOD, statistic: 'Sum' })],
        right: [api.httpApi.metricClientError({ period: PERIOD, statistic: 'Sum' }), api5xx],
        width: 12,
      }),
      new GraphWidget({
        title: 'API latency (p99)',
        left: [
          api.httpApi.metricLatency({ period: PERIOD, statistic: 'p99' }),
          api.httpApi.metricIntegrationLatency({ period: PERIOD, statistic: 'p99' }),
        ],
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      ...functions.map(
        (app) =>
          new GraphWidget({
            title: app.node.id,
            left: [
              app.handler.metricInvocations({ period: PERIOD, statistic: 'Sum' }),
              app.handler.metricErrors({ period: PERIOD, statistic: 'Sum' }),
              app.handler.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
            ],
            right: [app.handler.metricDuration({ period: PERIOD, statistic: 'p99' })],
            width: 8,
          }),
      ),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Status sync lag', left: [lag], width: 12 }),
      new GraphWidget({ title: 'Status sync dead letters', left: [dlqDepth], width: 12 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Usage roll-up: oldest pending minute',
        left: [rollupAge],
        width: 12,
      }),
    );
  }
}
