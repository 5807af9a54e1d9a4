import { powertools, withPowertools } from '@devportal/bank-access';
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

// Lambda sends SIGTERM before it shuts an environment down (when an extension is registered):
// the last analytics and unspent quota are written then; otherwise the background flush is what
// runs, while the environment is thawed.
process.once('SIGTERM', () => {
  void gateway.close().finally(() => process.exit(0));
});

/**
 * The Lambda handler for API Gateway's HTTP API (payload format 2.0): the token endpoint and the
 * bank's operations. Built once per execution environment; its AWS SDK clients traced, its faults
 * logged by the Powertools logger.
 */
export const handler = withPowertools(tools, handle(gateway.app));
