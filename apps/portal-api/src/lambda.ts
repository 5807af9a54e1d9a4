import { powertools, withPowertools } from '@devportal/runtime';
import { handle } from 'hono/aws-lambda';
import { dependenciesFromEnvironment } from './config.js';
import { createPortalApi } from './portal-api.js';

const tools = powertools();

/**
 * The Lambda handler for API Gateway's HTTP API (payload format 2.0). People are authenticated by
 * the API's JWT authorizer; the app reads its verified claims from
 * `event.requestContext.authorizer.jwt.claims`. Built once per execution environment; its AWS SDK
 * clients traced, its log lines written by the Powertools logger (the entries never carry a
 * secret or a token).
 */
export const handler = withPowertools(
  tools,
  handle(
    createPortalApi({
      ...(await dependenciesFromEnvironment(process.env, tools.instrument)),
      logger: ({ level, ...entry }) => {
        if (level === 'error') tools.logger.error('request failed', entry);
        else tools.logger.info('request', entry);
      },
    }),
  ),
);
