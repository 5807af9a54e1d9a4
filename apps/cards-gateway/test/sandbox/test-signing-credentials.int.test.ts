import { randomUUID } from 'node:crypto';
import type { TestSigningCredentials } from '@devportal/bank-sandbox';
import { SoftwareGostSigner, signLimitChange } from '@devportal/digest';
import { describe, expect, it } from 'vitest';
import { useGatewayWorld } from '../support/gateway-world.js';
import { firstActiveCard } from '../support/sandbox-cards.js';

const world = useGatewayWorld('gateway-test-signing-credentials');

const credentialsOf = (token?: string) =>
  fetch(`${world.server.url}/cards/sandbox/test-signing-credentials`, {
    ...(token && { headers: { authorization: `Bearer ${token}` } }),
  });

describe('the sandbox contour test signing credentials', () => {
  it('hands a sandbox plan the demo user key, whose signature the sandbox contour accepts', async () => {
    // Prepare
    const token = await world.token(await world.application('roomy'));

    // Act
    const answer = await credentialsOf(token);
    const credentials = (await answer.json()) as TestSigningCredentials;
    const signed = await signLimitChange(
      {
        businessCardId: firstActiveCard(world.sandbox),
        code: 'NON_RENEW',
        externalId: randomUUID(),
        limit: 4200,
      },
      [new SoftwareGostSigner(credentials)],
    );
    const created = await world.client(token).createLimitChange(signed);

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(credentials).toEqual(await world.sandbox.signingCredentials('romashka.director'));
    expect(created).toMatchObject({ outcome: 'created', document: { bankStatus: 'SIGNED' } });
  });

  it('refuses a caller without a gateway token (401) and a token without a sandbox plan (403)', async () => {
    // Prepare
    const planless = await world.token(await world.application(undefined));

    // Act
    const anonymous = await credentialsOf();
    const withoutSandboxPlan = await credentialsOf(planless);

    // Assess
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ cause: 'UNAUTHORIZED' });
    expect(withoutSandboxPlan.status).toBe(403);
    expect(await withoutSandboxPlan.json()).toMatchObject({ cause: 'ACTION_ACCESS_EXCEPTION' });
  });
});
