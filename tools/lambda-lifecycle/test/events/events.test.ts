import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  httpApiEvent,
  httpApiResponse,
  PORTAL_API_ROUTES,
  schedulerEvent,
  sqsEvent,
} from '../../src/index.js';

describe('HTTP API payload 2.0 events', () => {
  it('carries a form POST on its own route, headers lower-cased, the body as text', async () => {
    // Act
    const event = await httpApiEvent(
      new Request('https://api.example.test/oauth/token', {
        method: 'POST',
        headers: {
          Authorization: 'Basic eDp5',
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      }),
    );

    // Assess
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /oauth/token',
      rawPath: '/oauth/token',
      rawQueryString: '',
      headers: { authorization: 'Basic eDp5', 'content-type': 'application/x-www-form-urlencoded' },
      requestContext: { http: { method: 'POST', path: '/oauth/token' }, stage: '$default' },
      body: 'grant_type=client_credentials',
      isBase64Encoded: false,
    });
    expect(event.queryStringParameters).toBeUndefined();
  });

  it('matches the greedy gateway route, joins repeated query parameters and base64-encodes binary bodies', async () => {
    // Act
    const event = await httpApiEvent(
      new Request('https://api.example.test/cards/fintech/api/v1/business-cards?page=1&s=A&s=B', {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream', cookie: 'a=1; b=2' },
        body: new Uint8Array([0, 255, 1]),
      }),
    );

    // Assess
    expect(event.routeKey).toBe('ANY /cards/{proxy+}');
    expect(event.pathParameters).toEqual({ proxy: 'fintech/api/v1/business-cards' });
    expect(event.rawQueryString).toBe('page=1&s=A&s=B');
    expect(event.queryStringParameters).toEqual({ page: '1', s: 'A,B' });
    expect(event.cookies).toEqual(['a=1', 'b=2']);
    expect(event.headers.cookie).toBeUndefined();
    expect(event).toMatchObject({ body: 'AP8B', isBase64Encoded: true });
  });

  it('carries a signed-in person’s ID-token claims on the portal route, as the JWT authorizer flattens them', async () => {
    // Act
    const event = await httpApiEvent(
      new Request('https://api.example.test/v1/organizations/o-1/limit-changes/sync', {
        method: 'POST',
      }),
      PORTAL_API_ROUTES,
      { person: { sub: 'user-1', email: 'anna@example.test', groups: ['operators', 'admins'] } },
    );

    // Assess
    expect(event.routeKey).toBe('ANY /v1/{proxy+}');
    expect(event.requestContext.authorizer?.jwt).toMatchObject({
      claims: {
        sub: 'user-1',
        email: 'anna@example.test',
        token_use: 'id',
        'cognito:groups': '[operators admins]',
      },
      scopes: null,
    });
    const claims = Object.values(event.requestContext.authorizer?.jwt.claims ?? {});
    expect(claims.every((value) => typeof value === 'string')).toBe(true);
  });

  it('carries no authorizer context for a caller who is not a signed-in person', async () => {
    // Act
    const event = await httpApiEvent(
      new Request('https://api.example.test/oauth/token', { method: 'POST' }),
    );

    // Assess
    expect(event.requestContext.authorizer).toBeUndefined();
  });

  it('refuses a request no route of the API matches, as API Gateway answers 404 before any function', async () => {
    await expect(httpApiEvent(new Request('https://api.example.test/elsewhere'))).rejects.toThrow(
      /No route/,
    );
  });

  it('maps a result back to a Response: status, headers, cookies and a base64 body', async () => {
    // Act
    const response = httpApiResponse({
      statusCode: 429,
      headers: { 'retry-after': '3' },
      cookies: ['s=1'],
      body: Buffer.from('{"a":1}').toString('base64'),
      isBase64Encoded: true,
    });

    // Assess
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.headers.get('set-cookie')).toBe('s=1');
    expect(await response.json()).toEqual({ a: 1 });
  });
});

describe('other event sources', () => {
  it('gives a scheduled run the schedule input as it is (infra sends {})', () => {
    expect(schedulerEvent()).toEqual({});
  });

  it('delivers SQS messages as Records with ids, bodies, attributes and their MD5', () => {
    // Act
    const { Records } = sqsEvent(['{"n":1}', '{"n":2}']);

    // Assess
    expect(Records).toHaveLength(2);
    expect(Records[0]).toMatchObject({
      body: '{"n":1}',
      eventSource: 'aws:sqs',
      attributes: { ApproximateReceiveCount: '1' },
      md5OfBody: createHash('md5').update('{"n":1}').digest('hex'),
    });
    expect(Records[0]?.messageId).not.toBe(Records[1]?.messageId);
  });
});
