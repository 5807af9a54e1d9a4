import { portalContract, portalOperations } from '@devportal/portal-api';
import { ROLES } from '@devportal/portal-domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPool } from '../support/bounded-pool.js';
import { type Footprint, leaveFootprint } from '../support/organisation-footprint.js';
import {
  type Organisation,
  organisationWithEveryRole,
  portal,
  portalOk,
} from '../support/stack-session.js';
import { organisationItems } from '../support/stack-table.js';
import { type Probe, probesOf } from './probes.js';

const PROBE_CONCURRENCY = 8;
/** B's own gateway calls (its footprint) are counted by a background flush while the probes run. */
const withoutUsageCounters = (items: string[]) =>
  items.filter((item) => !item.startsWith('USAGE#'));
let a: Organisation;
let b: Organisation;
let aFootprint: Footprint;
let bFootprint: Footprint;

beforeAll(async () => {
  [a, b] = await Promise.all([
    organisationWithEveryRole('iso-a'),
    organisationWithEveryRole('iso-b'),
  ]);
  [aFootprint, bFootprint] = await Promise.all([leaveFootprint(a), leaveFootprint(b)]);
}, 60_000);

describe('isolation: members of one organisation at every route of another', () => {
  it('get no success anywhere, and organisation B is left exactly as it was', async () => {
    // Prepare
    const probes = portalOperations(portalContract).flatMap((operation) =>
      probesOf(operation, aFootprint, bFootprint),
    );
    const attempts = ROLES.flatMap((role) => probes.map((probe) => ({ role, probe })));
    const bBefore = withoutUsageCounters(await organisationItems(b.id));
    const refusedWrongly: { role: string; probe: Probe; status: number; body: string }[] = [];

    // Act
    const startedAt = performance.now();
    await runPool(attempts.length, PROBE_CONCURRENCY, async (index) => {
      const { role, probe } = attempts[index] as (typeof attempts)[number];
      const answer = await portal(a.members[role], probe.method, probe.path, {
        ...(probe.body !== undefined && { body: probe.body }),
      });
      const problem = answer.headers.get('content-type') === 'application/problem+json';
      if (!probe.allowed.includes(answer.status) || !problem) {
        refusedWrongly.push({
          role,
          probe,
          status: answer.status,
          body: answer.text.slice(0, 300),
        });
      }
    });
    const seconds = (performance.now() - startedAt) / 1000;

    // Assess
    const operations = new Set(probes.map((probe) => probe.operationId)).size;
    console.info(
      `isolation: ${attempts.length} probes (${operations} operations × ${ROLES.length} roles of A) in ${seconds.toFixed(1)} s; ${refusedWrongly.length} answered otherwise than refused`,
    );
    expect(refusedWrongly).toEqual([]);
    expect(withoutUsageCounters(await organisationItems(b.id))).toEqual(bBefore);
  }, 120_000);

  it("never lists B in A's members' profiles or organisations", async () => {
    for (const role of ROLES) {
      const me = await portalOk(a.members[role], 'GET', '/v1/me');
      const organisations = await portalOk(a.members[role], 'GET', '/v1/organizations?limit=100');
      const seen = [...me.organizations, ...organisations.items].map((o: { id: string }) => o.id);
      expect(seen).not.toContain(b.id);
    }
  });
});
