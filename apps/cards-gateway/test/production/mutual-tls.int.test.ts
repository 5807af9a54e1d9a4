import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BankSandbox } from '@devportal/bank-sandbox';
import { BankConnectionService, TokenVault } from '@devportal/portal-domain';
import { LocalKeyFileEncryption } from '@devportal/portal-dynamodb';
import { startMutualTlsBank } from '@devportal/test-support/mutual-tls-bank';
import { afterAll, describe, expect, it } from 'vitest';
import { SANDBOX_USER_HEADER } from '../../src/index.js';
import { contractFetch } from '../support/contract.js';
import { person, useGatewayWorld } from '../support/gateway-world.js';
import { withMutualTlsProduction } from '../support/local-gateway.js';

const ROMASHKA = 'd4795a53-207d-40ed-9114-c4af1d0ff816';
let bank: BankSandbox;
let vault: TokenVault;
/** A gateway token of an application on the production plan, from the first test. */
let token: string;

const world = useGatewayWorld('gateway-production', async (deps) => {
  const mutualTlsBank = await startMutualTlsBank();
  bank = mutualTlsBank.bank;
  vault = new TokenVault(
    await LocalKeyFileEncryption.open(join(mkdtempSync(join(tmpdir(), 'gateway-mtls-')), 'key')),
  );
  return withMutualTlsProduction(deps, mutualTlsBank, vault);
});
afterAll(() => bank?.close());

describe('the production contour', () => {
  it("calls the bank over mutual TLS with the organisation's own stored token", async () => {
    // Prepare
    const app = await world.application(undefined);
    await world.services.accessRequests
      .submit(
        app.owner,
        await world.services.access.authorise(
          app.owner,
          app.organisationId,
          'accessRequest.submit',
        ),
        {
          productId: 'business-cards',
          contactName: 'Anna Partner',
          contactEmail: 'anna@example.test',
          purpose: 'Manage the limits of our business cards',
        },
      )
      .then((request) =>
        world.services.accessRequests.decide(person('operator', { operator: true }), request.id, {
          decision: 'approve',
        }),
      );
    await world.services.subscriptions.subscribe(
      app.owner,
      await world.services.access.authorise(app.owner, app.organisationId, 'subscription.manage'),
      app.applicationId,
      'business-cards',
      'production',
    );
    await new BankConnectionService({
      ...world.services.repositories,
      vault,
      clock: world.deps.clock,
      crypto: world.deps.crypto,
    }).connect(
      app.owner,
      await world.services.access.authorise(app.owner, app.organisationId, 'bankConnection.manage'),
      {
        accessToken: bank.issueAccessToken({ organizationId: ROMASHKA }),
        refreshToken: 'unused-while-the-access-token-is-fresh',
        accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        refreshTokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        scopes: ['BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS', 'GET_CRYPTO_INFO'],
      },
    );
    token = await world.token(app);
    const sandboxCallsBefore = world.sandbox.requestCount('listBusinessCards');

    // Act
    const page = await contractFetch(world.apiUrl, '/v1/business-cards?page=1&statusCodes=ACTIVE', {
      token,
    });
    const crypto = await world.client(token).getCryptoInfo();

    // Assess
    expect(page.status).toBe(200);
    expect(crypto.certificateInfos?.length).toBeGreaterThan(0);
    expect(bank.requestCount('listBusinessCards', { handledOnly: true })).toBe(1);
    expect(world.sandbox.requestCount('listBusinessCards')).toBe(sandboxCallsBefore);
  });

  it('refuses the sandbox user selector on a production plan, before any bank call', async () => {
    // Prepare
    const bankCalls = bank.requestCount('listBusinessCards');
    const sandboxCalls = world.sandbox.requestLog.length;

    // Act
    const answer = await fetch(`${world.apiUrl}/v1/business-cards?page=1&statusCodes=ACTIVE`, {
      headers: { authorization: `Bearer ${token}`, [SANDBOX_USER_HEADER]: 'vector.director' },
    });

    // Assess
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ cause: 'ACTION_ACCESS_EXCEPTION' });
    expect(bank.requestCount('listBusinessCards')).toBe(bankCalls);
    expect(world.sandbox.requestLog).toHaveLength(sandboxCalls);
  });
});
