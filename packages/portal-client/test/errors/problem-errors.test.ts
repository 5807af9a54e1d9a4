import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PortalApiError,
  PortalConflictError,
  PortalError,
  PortalForbiddenError,
  PortalNotFoundError,
  PortalServerError,
  PortalUnauthenticatedError,
  PortalValidationError,
} from '../../src/index.js';
import { clientOf } from '../support/clients.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

const problemHeaders = { 'content-type': 'application/problem+json' };

describe('problem details become typed errors', () => {
  it.each([
    [400, PortalValidationError],
    [401, PortalUnauthenticatedError],
    [403, PortalForbiddenError],
    [404, PortalNotFoundError],
    [409, PortalConflictError],
    [500, PortalServerError],
    [502, PortalServerError],
    [418, PortalApiError],
  ])('HTTP %i is a %o carrying status, code, requestId and detail', async (status, errorClass) => {
    // Prepare
    server.replies({
      status,
      headers: problemHeaders,
      body: {
        type: 'about:blank',
        title: 'Refused',
        status,
        detail: 'why',
        code: 'c',
        requestId: 'r-9',
      },
    });
    const client = clientOf(server.origin, { maxRetries: 0 });

    // Act
    const failure = await client.members.remove('org-1', 'user-1').catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(errorClass);
    expect(failure).toBeInstanceOf(PortalError);
    expect(failure).toMatchObject({
      status,
      code: 'c',
      requestId: 'r-9',
      detail: 'why',
      title: 'Refused',
      operationId: 'removeMember',
      callId: expect.any(String),
    });
    expect((failure as Error).message).toBe(
      `HTTP ${status} c: Refused: why (DELETE /v1/organizations/{orgId}/members/{userId}, requestId r-9)`,
    );
  });

  it('the last Owner conflict is a conflict error with the portal’s code', async () => {
    // Prepare
    server.replies({
      status: 409,
      headers: problemHeaders,
      body: { type: 'about:blank', title: 'Conflict', status: 409, code: 'owner_cannot_leave' },
    });
    const client = clientOf(server.origin);

    // Act
    const failure = await client.members.remove('org-1', 'owner').catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(PortalConflictError);
    expect(failure).toMatchObject({ code: 'owner_cannot_leave' });
    expect(server.requests).toHaveLength(1);
  });

  it('an answer that is not problem details (a proxy’s HTML) is still typed, with the header’s request id', async () => {
    // Prepare
    server.script(() => ({
      status: 502,
      headers: { 'content-type': 'text/html', 'x-request-id': 'edge-7' },
      body: '<html>bad gateway</html>',
    }));
    const client = clientOf(server.origin, { maxRetries: 0 });

    // Act
    const failure = await client.me().catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(PortalServerError);
    expect(failure).toMatchObject({
      status: 502,
      requestId: 'edge-7',
      code: undefined,
    });
  });
});
