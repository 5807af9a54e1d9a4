import { readFileSync } from 'node:fs';
import { ERROR_CATALOGUE, ROLE_MATRIX } from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runtimeCopy } from '../../scripts/runtime-copy.js';
import { portalSpec } from '../../src/generated/portal-spec.js';
import { HTTP_PROBLEMS } from '../../src/http/problem.js';
import { PORTAL_OPERATION_IDS, portalContract, portalOperations } from '../../src/index.js';
import { usePortalApi } from '../support/portal-api-world.js';

const world = usePortalApi('portal-api-drift');
const operations = portalOperations(portalContract);

describe('the spec and the code agree', () => {
  it('the generated copy of the spec is spec/portal.yaml without its prose', () => {
    const spec = parse(
      readFileSync(new URL('../../../../spec/portal.yaml', import.meta.url), 'utf8'),
    );

    expect(portalSpec).toEqual(runtimeCopy(spec));
    expect(JSON.stringify(portalSpec)).not.toContain('"summary"');
  });

  it('lists exactly the problem codes the API answers with (clients keep a text per listed code)', () => {
    const schemas = (portalSpec.components as { schemas: Record<string, { enum?: string[] }> })
      .schemas;
    const answered = [...Object.keys(HTTP_PROBLEMS), ...Object.keys(ERROR_CATALOGUE)];

    expect([...(schemas.ProblemCode?.enum ?? [])].sort()).toEqual(answered.sort());
  });

  it('names only role-matrix actions in x-action', () => {
    const actions = operations.flatMap((operation) => operation.action ?? []);

    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(Object.keys(ROLE_MATRIX)).toContain(action);
  });

  it('opens no operation to callers without a JWT (the pipeline authenticates every one)', () => {
    const open = operations.filter((operation) => !operation.authenticated);

    expect(open.map((operation) => operation.operationId)).toEqual([]);
  });

  it.each([...PORTAL_OPERATION_IDS])(
    'routes %s (an unauthenticated call reaches its pipeline, not a 404 or 405)',
    async (operationId) => {
      const operation = portalContract.operationById(operationId);
      const path = operation.pathTemplate.replace(
        /\{[^}]+\}/g,
        'probe-id-0123456789-abcdefghijklmnopqrstuvwxyzABCDEFG',
      );

      const answer = await fetch(`${world.url}${path}`, { method: operation.method.toUpperCase() });

      expect([400, 401]).toContain(answer.status);
      const problem = (await answer.json()) as { code: string };
      expect(problem.code).not.toMatch(/route_not_found|method_not_allowed/);
    },
  );
});
