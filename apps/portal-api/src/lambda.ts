import { handle } from 'hono/aws-lambda';
import { dependenciesFromEnvironment } from './config.js';
import { createPortalApi } from './portal-api.js';

/**
 * The Lambda handler for API Gateway's HTTP API (payload format 2.0). People are authenticated by
 * the API's JWT authorizer; the app reads its verified claims from
 * `event.requestContext.authorizer.jwt.claims`. Built once per execution environment.
 */
export const handler = handle(createPortalApi(await dependenciesFromEnvironment(process.env)));
