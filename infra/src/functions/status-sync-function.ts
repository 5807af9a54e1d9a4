import { variablesOf } from '@devportal/runtime/environment-variables';
import { Duration } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { TABLE_ACTIONS } from '../data/table-access.js';
import {
  grantMailSending,
  type MailingFunctionDependencies,
  mailEnvironment,
} from '../mail/mail-sending.js';
import { STATUS_SYNC_SERVICE } from '../observability/sync-lag-metric.js';
import { lambdaEntryOf } from './app-entry.js';
import { AppFunction } from './app-function.js';
import { bankContourEnvironment, grantBankContours } from './bank-contours.js';
import { grantPortalData, portalDataEnvironment } from './portal-data-access.js';

/**
 * The longest bank call of one check: the sync stops starting
 * checks this long (plus its write and the report) before the invocation's deadline.
 */
export const STATUS_SYNC_CHECK_TIMEOUT = Duration.seconds(10);

/** The function's timeout: every kind of invocation reads its remaining time and ends before it. */
export const STATUS_SYNC_TIMEOUT = Duration.minutes(4);

/**
 * `apps/status-sync`: one bundle, four kinds of invocation (the check schedule's dispatcher, the
 * check queue's worker, the webhook schedule's delivery round, and a manual run of one
 * organisation for the portal API). Reads the pending index and writes outcomes; reaches the
 * contours exactly as the cards gateway does. Its reserved concurrency is a stage setting.
 */
export class StatusSyncFunction extends AppFunction {
  constructor(scope: Construct, id: string, props: MailingFunctionDependencies) {
    const { settings, data, secrets } = props;
    super(scope, id, {
      settings,
      entry: lambdaEntryOf('@devportal/status-sync'),
      serviceName: STATUS_SYNC_SERVICE,
      description: 'Syncs the state of pending limit-change requests with the bank',
      memorySize: 512,
      timeout: STATUS_SYNC_TIMEOUT,
      environment: {
        ...portalDataEnvironment(data, secrets),
        ...bankContourEnvironment(settings, secrets),
        ...mailEnvironment(settings.deployment, props.webOrigin),
        ...variablesOf({
          statusSyncCheckTimeoutMs: STATUS_SYNC_CHECK_TIMEOUT.toMilliseconds(),
        }),
      },
    });
    (this.handler.node.defaultChild as CfnFunction).reservedConcurrentExecutions =
      settings.syncReservedConcurrency;
    // Batched reads: the usage roll-up reads the minute items its index query found.
    grantPortalData(this, data, secrets, [
      ...TABLE_ACTIONS.read,
      ...TABLE_ACTIONS.batchRead,
      ...TABLE_ACTIONS.write,
    ]);
    grantBankContours(this.role, secrets);
    grantMailSending(this.role, this, settings.deployment);
  }
}
