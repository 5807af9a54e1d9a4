import { Duration } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { TABLE_ACTIONS } from '../data/table-access.js';
import { STATUS_SYNC_SERVICE } from '../observability/sync-lag-metric.js';
import { lambdaEntryOf } from './app-entry.js';
import { AppFunction } from './app-function.js';
import { bankContourEnvironment, grantBankContours } from './bank-contours.js';
import {
  type AppFunctionDependencies,
  grantPortalData,
  portalDataEnvironment,
} from './portal-data-access.js';

/**
 * `apps/status-sync`: checks pending limit-change requests at the bank and delivers webhooks.
 * Invoked by the schedule and, for one organisation, by the portal API. Reads the pending index
 * and writes outcomes; reaches the contours exactly as the cards gateway does.
 */
export class StatusSyncFunction extends AppFunction {
  constructor(scope: Construct, id: string, props: AppFunctionDependencies) {
    const { settings, data, secrets } = props;
    super(scope, id, {
      settings,
      entry: lambdaEntryOf('@devportal/status-sync'),
      serviceName: STATUS_SYNC_SERVICE,
      description: 'Syncs the state of pending limit-change requests with the bank',
      memorySize: 512,
      // A run ends well before the next one is due (every 5 minutes); racing runs are safe anyway.
      timeout: Duration.minutes(4),
      environment: {
        ...portalDataEnvironment(data, secrets),
        ...bankContourEnvironment(settings, secrets),
        STATUS_SYNC_CONTOUR: settings.syncContour,
      },
    });
    grantPortalData(this, data, secrets, [...TABLE_ACTIONS.read, ...TABLE_ACTIONS.write]);
    grantBankContours(this.role, secrets);
  }
}
