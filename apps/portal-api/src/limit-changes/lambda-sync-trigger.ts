import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { type LimitChangeSyncTrigger, syncReportOf } from './limit-change-sync-trigger.js';

/** How much of a failed function's error document is repeated in the fault. */
const ERROR_EXCERPT_LENGTH = 500;

/**
 * A {@link LimitChangeSyncTrigger} invoking the status-sync Lambda synchronously
 * (`RequestResponse`) with `{ "organisationId": … }` and reading its report from the answer.
 *
 * @example
 * const sync = lambdaSyncTrigger(new LambdaClient({}), process.env.STATUS_SYNC_FUNCTION_NAME);
 */
export function lambdaSyncTrigger(
  lambda: LambdaClient,
  functionName: string,
): LimitChangeSyncTrigger {
  return {
    async trigger(organisationId) {
      const answer = await lambda.send(
        new InvokeCommand({
          FunctionName: functionName,
          InvocationType: 'RequestResponse',
          Payload: new TextEncoder().encode(JSON.stringify({ organisationId })),
        }),
      );
      const text = new TextDecoder().decode(answer.Payload ?? new Uint8Array());
      if (answer.FunctionError !== undefined) {
        // Lambda's error document names the error's type and message; it carries no secret.
        throw new Error(
          `The status sync failed (${answer.FunctionError}): ${text.slice(0, ERROR_EXCERPT_LENGTH)}`,
        );
      }
      return syncReportOf(JSON.parse(text));
    },
  };
}
