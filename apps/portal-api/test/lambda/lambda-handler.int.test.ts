import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPepperSecret } from '@devportal/portal-domain';
import { createTable } from '@devportal/portal-dynamodb';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
  useDynamoDbTestTable,
} from '@devportal/test-support';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { portalContract } from '../../src/index.js';
import { portalResponseContract } from '../support/portal-response-contract.js';

const table = useDynamoDbTestTable('portal-api-lambda', createTable);
type Handler = typeof import('../../src/lambda.js')['handler'];
let handler: Handler;

beforeAll(async () => {
  // The Lambda module builds its app from the environment, as in AWS.
  Object.assign(process.env, {
    PORTAL_TABLE_NAME: table.tableName,
    DYNAMODB_ENDPOINT: inject('dynamoDbEndpoint'),
    AWS_REGION: DYNAMODB_LOCAL_REGION,
    AWS_ACCESS_KEY_ID: DYNAMODB_LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: DYNAMODB_LOCAL_CREDENTIALS.secretAccessKey,
    BANK_TOKEN_KEY_FILE: join(await mkdtemp(join(tmpdir(), 'portal-lambda-')), 'bank.key'),
    SBER_OAUTH_CLIENT_ID: 'devportal-sandbox',
    SBER_OAUTH_CLIENT_SECRET: 'sandbox-secret',
    SBER_OAUTH_REDIRECT_URI: 'https://portal.example/bank-connection/callback',
    STATUS_SYNC_FUNCTION_NAME: 'devportal-status-sync',
    CLIENT_SECRET_PEPPER: newPepperSecret(),
  });
  ({ handler } = await import('../../src/lambda.js'));
});

const person = { sub: 'cognito-user-1', email: 'lambda@partner.test', name: 'Lambda Person' };
/** What Cognito's ID tokens carry besides the person (access tokens say `access`). */
const ID_TOKEN_USE = { token_use: 'id' };

/** An API Gateway HTTP API event (payload format 2.0) as the JWT authorizer hands it over. */
function apiGatewayEvent(
  method: string,
  path: string,
  options: { body?: unknown; claims?: Record<string, string> | null; query?: string } = {},
) {
  const claims =
    options.claims === undefined
      ? { ...person, ...ID_TOKEN_USE, 'cognito:groups': '[operators]' }
      : options.claims;
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: options.query ?? '',
    headers: {
      host: 'api.portal.example',
      'user-agent': 'vitest',
      ...(options.body !== undefined && { 'content-type': 'application/json' }),
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'portalapi',
      ...(claims && { authorizer: { jwt: { claims, scopes: null } } }),
      domainName: 'api.portal.example',
      domainPrefix: 'api',
      http: {
        method,
        path,
        protocol: 'HTTP/1.1',
        sourceIp: '198.51.100.23',
        userAgent: 'vitest',
      },
      requestId: `gw-${method}-${path.length}`,
      routeKey: '$default',
      stage: '$default',
      time: '23/Nov/2026:10:00:00 +0000',
      timeEpoch: Date.parse('2026-11-23T10:00:00Z'),
    },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
    isBase64Encoded: false,
  };
}

/** The context Lambda passes with every invocation. */
const lambdaContext: Parameters<Handler>[1] = {
  callbackWaitsForEmptyEventLoop: true,
  functionName: 'devportal-portal-api',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:devportal-portal-api',
  memoryLimitInMB: '512',
  awsRequestId: 'lambda-request-1',
  logGroupName: '/aws/lambda/devportal-portal-api',
  logStreamName: '2026/11/23/[$LATEST]0123456789abcdef',
  getRemainingTimeInMillis: () => 29_000,
};

async function invoke(event: ReturnType<typeof apiGatewayEvent>) {
  const result = await handler(event as unknown as Parameters<Handler>[0], lambdaContext);
  const body = result.body === '' ? undefined : JSON.parse(result.body);
  const operation = portalContract.operation(event.requestContext.http.method, event.rawPath);
  if (operation) {
    const contentType = String(result.headers?.['content-type'] ?? '');
    expect(
      portalResponseContract.validateResponse(
        operation.operationId,
        result.statusCode,
        body,
        contentType,
      ),
    ).toEqual([]);
  }
  return { status: result.statusCode, headers: result.headers ?? {}, body };
}

describe('the Lambda handler behind API Gateway (payload 2.0)', () => {
  it("trusts the JWT authorizer's claims, groups flattened as API Gateway sends them", async () => {
    const answer = await invoke(apiGatewayEvent('GET', '/v1/me'));

    expect(answer.status).toBe(200);
    expect(answer.body.user).toEqual({
      id: person.sub,
      email: person.email,
      name: person.name,
      operator: true,
      language: 'ru',
    });
    expect(answer.headers['x-request-id']).toBe('gw-GET-6');
  });

  it("records API Gateway's source IP in the audit trail", async () => {
    const created = await invoke(
      apiGatewayEvent('POST', '/v1/organizations', { body: { name: 'Made on Lambda' } }),
    );
    const audit = await invoke(
      apiGatewayEvent('GET', `/v1/organizations/${created.body.id}/audit-events`),
    );

    expect(created.status).toBe(201);
    expect(audit.body.items[0]).toMatchObject({
      action: 'organisation.created',
      sourceIp: '198.51.100.23',
    });
  });

  it("answers 401 for an access token's claims, which the authorizer also passes", async () => {
    const answer = await invoke(
      apiGatewayEvent('GET', '/v1/me', { claims: { ...person, token_use: 'access' } }),
    );

    expect(answer.status).toBe(401);
    expect(answer.headers['content-type']).toBe('application/problem+json');
  });

  it('answers 401 when no authorizer claims came with the event', async () => {
    const answer = await invoke(apiGatewayEvent('GET', '/v1/me', { claims: null }));

    expect(answer.status).toBe(401);
    expect(answer.headers['content-type']).toBe('application/problem+json');
  });
});
