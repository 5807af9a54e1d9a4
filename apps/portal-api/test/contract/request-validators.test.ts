import { readFileSync } from 'node:fs';
import { standaloneValidatorsModule } from '@devportal/openapi-contract/standalone';
import { describe, expect, it } from 'vitest';
import { validators } from '../../src/generated/portal-request-validators.js';
import { portalSpec } from '../../src/generated/portal-spec.js';
import { portalContract } from '../../src/index.js';

describe('the precompiled request checks', () => {
  it('are the ones the spec compiles to: regenerate them with `pnpm generate` when this fails', () => {
    const committed = readFileSync(
      new URL('../../src/generated/portal-request-validators.ts', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(standaloneValidatorsModule(portalSpec));
  });

  it('cover every schema a request is checked against, and refuse what the spec refuses', () => {
    const createApp = portalContract.operationById('createApplication');
    expect(Object.keys(validators).length).toBeGreaterThan(0);
    const violations = portalContract.validateRequest(createApp.operationId, {
      path: { orgId: 'not an id!' },
      body: { name: 42 },
      contentType: 'application/json',
    });
    expect(violations.map((violation) => violation.location).sort()).toEqual(['body', 'path']);
  });
});
