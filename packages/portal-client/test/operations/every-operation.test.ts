import { readFileSync } from 'node:fs';
import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PageList, portalOperations } from '../../src/index.js';
import { clientOf } from '../support/clients.js';

type SpecOperation = { operationId: string };
const spec = parse(
  readFileSync(new URL('../../../../spec/portal.yaml', import.meta.url), 'utf8'),
) as {
  paths: Record<string, Record<string, SpecOperation>>;
};
const specOperations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'put', 'post', 'patch', 'delete'].includes(method))
    .map(([method, operation]) => ({
      operationId: operation.operationId,
      method: method.toUpperCase(),
      path,
    })),
);

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

/** Calls a client method by its dotted path with ids and an empty body, whatever its arity. */
function invoke(client: object, clientMethod: string): Promise<unknown> {
  const names = clientMethod.split('.');
  const owner = names
    .slice(0, -1)
    .reduce<Record<string, unknown>>(
      (node, name) => node[name] as Record<string, unknown>,
      client as Record<string, unknown>,
    );
  const method = owner[names.at(-1) ?? ''] as (...args: unknown[]) => unknown;
  const ids = Array.from({ length: method.length }, (_, index) => `id-${index + 1}`);
  const result = method.apply(owner, ids);
  return result instanceof PageList ? result.firstPage() : (result as Promise<unknown>);
}

describe('every operation of the spec', () => {
  it('has exactly one client method, with the spec’s method and path', () => {
    // Act
    const declared = Object.entries(portalOperations).map(([operationId, operation]) => ({
      operationId,
      method: operation.method,
      path: operation.path,
    }));

    // Assess
    const byId = (a: { operationId: string }, b: { operationId: string }) =>
      a.operationId.localeCompare(b.operationId);
    expect(declared.sort(byId)).toEqual(specOperations.sort(byId));
  });

  it.each(Object.entries(portalOperations))(
    '%s is called by client.%s with its method and path',
    async (_, operation) => {
      // Prepare
      server.replies({ status: 200, body: { items: [] } });
      const client = clientOf(server.origin);

      // Act
      await invoke(client, operation.clientMethod);

      // Assess
      const pathPattern = new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, 'id-\\d')}(\\?|$)`);
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]?.method).toBe(operation.method);
      expect(server.requests[0]?.url).toMatch(pathPattern);
    },
  );
});
