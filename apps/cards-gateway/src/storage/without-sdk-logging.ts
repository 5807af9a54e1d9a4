import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** The name the AWS SDK gives its logging middleware in every client's stack. */
const SDK_LOGGER_MIDDLEWARE = 'loggerMiddleware';

/**
 * `client` without the AWS SDK's logging middleware. The gateway gives the SDK no logger, yet with
 * the default no-op one that middleware still copies every command's input and output through the
 * schema's sensitive-field filter, on the two table writes of every call (the plan meter's and the
 * analytics'). The gateway reports its storage faults itself (`onFault`). Middleware added to the
 * stack (the Tracer's, on Lambda) is kept.
 */
export function withoutSdkLogging(client: DynamoDBClient): DynamoDBClient {
  client.middlewareStack.remove(SDK_LOGGER_MIDDLEWARE);
  return client;
}
