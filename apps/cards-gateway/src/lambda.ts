import { handle } from 'hono/aws-lambda';
import { createCardsGateway } from './cards-gateway.js';
import { dependenciesFromEnvironment } from './config.js';

const gateway = createCardsGateway(await dependenciesFromEnvironment(process.env));

// Lambda sends SIGTERM before it shuts an environment down (when an extension is registered):
// the last analytics and unspent quota are written then; otherwise the background flush is what
// runs, while the environment is thawed.
process.once('SIGTERM', () => {
  void gateway.close().finally(() => process.exit(0));
});

/**
 * The Lambda handler for API Gateway's HTTP API (payload format 2.0): the token endpoint and the
 * bank's operations. Built once per execution environment.
 */
export const handler = handle(gateway.app);
