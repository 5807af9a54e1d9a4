import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { LimitChangeSyncTrigger } from './limit-change-sync-trigger.js';

/** What Lambda answers when it queued an asynchronous invocation. */
const QUEUED = 202;

/**
 * A {@link LimitChangeSyncTrigger} invoking the status-sync Lambda asynchronously (`Event`) with
 * `{ "organisationId": …, "runId": …, "deadlineAt": … }`: Lambda queues the event and answers at once, so the
 * portal API never waits behind API Gateway's 30 s limit for a run.
 *
 * @example
 * const sync = lambdaSyncTrigger(new LambdaClient({}), 'devportal-status-sync');
 */
export function lambdaSyncTrigger(
  lambda: LambdaClient,
  functionName: string,
): LimitChangeSyncTrigger {
  return {
    async start(run) {
      const answer = await lambda.send(
        new InvokeCommand({
          FunctionName: functionName,
          InvocationType: 'Event',
          Payload: new TextEncoder().encode(JSON.stringify(run)),
        }),
      );
      if (answer.StatusCode !== QUEUED) {
        throw new Error(`Lambda did not queue the status sync (status ${answer.StatusCode})`);
      }
    },
  };
}
