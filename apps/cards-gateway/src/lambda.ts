import { powertools, withPowertools } from '@devportal/runtime';
import { handle } from 'hono/aws-lambda';
import { createCardsGateway } from './cards-gateway.js';
import { dependenciesFromEnvironment } from './config.js';

const tools = powertools();

const gateway = createCardsGateway({
  ...(await dependenciesFromEnvironment(process.env, tools.instrument)),
  // The error's name and message only: a stack or a cause could carry a request's details.
  onFault: (what, error) =>
    tools.logger.error('gateway fault', {
      what,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    }),
});

/**
 * The Lambda handler for API Gateway's HTTP API (payload format 2.0): the token endpoint and the
 * bank's operations. Built once per execution environment; its AWS SDK clients traced, its faults
 * logged by the Powertools logger. Each invocation has written its plan admission and analytics
 * before it returns, so the environment may be frozen after any answer and reclaimed without
 * SIGTERM: nothing is left to flush.
 */
export const handler = withPowertools(tools, handle(gateway.app));
