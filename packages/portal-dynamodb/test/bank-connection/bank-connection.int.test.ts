import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BankConnectionService,
  BankTokenProvider,
  type BankTokens,
  ForbiddenError,
  nodeCrypto,
  TokenVault,
} from '@devportal/portal-domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalKeyFileEncryption } from '../../src/index.js';
import {
  roleMatrixCells,
  serviceDependencies,
  type TestOrganisation,
  useApiWorld,
} from '../support/api-world.js';

const world = useApiWorld('bank-connection');
const MINUTE = 60_000;
let vault: TokenVault;
let connections: BankConnectionService;

beforeAll(async () => {
  const keyFile = join(await mkdtemp(join(tmpdir(), 'devportal-key-')), 'token.key');
  vault = new TokenVault(await LocalKeyFileEncryption.open(keyFile));
  connections = new BankConnectionService({ ...serviceDependencies(world), vault });
});

let issued = 0;
/** Tokens as the bank would issue them now, each pair unique and remembered as secrets. */
function bankTokens(accessMinutes = 60): BankTokens {
  issued += 1;
  const now = world.clock.now().getTime();
  const tokens: BankTokens = {
    accessToken: `bank-access-${issued}-${nodeCrypto.newToken()}`,
    refreshToken: `bank-refresh-${issued}-${nodeCrypto.newToken()}`,
    accessTokenExpiresAt: new Date(now + accessMinutes * MINUTE).toISOString(),
    refreshTokenExpiresAt: new Date(now + 180 * 24 * 60 * MINUTE).toISOString(),
    scopes: ['BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS'],
  };
  world.witness.remember(`access token ${issued}`, tokens.accessToken);
  world.witness.remember(`refresh token ${issued}`, tokens.refreshToken);
  return tokens;
}

async function connected(accessMinutes = 60): Promise<TestOrganisation> {
  const org = await world.organisation();
  await connections.connect(
    org.members.Owner,
    await world.scope(org.members.Owner, org.id, 'bankConnection.manage'),
    bankTokens(accessMinutes),
  );
  return org;
}

describe('the role matrix for the bank connection', () => {
  it.each(roleMatrixCells('bankConnection.manage'))(
    'connect / disconnect as %s: allowed = %s',
    async (role, allowed) => {
      const org = await world.organisation();
      const actor = org.members[role];

      if (!allowed) {
        // Connect and disconnect each take only a scope authorised for bankConnection.manage.
        await expect(world.scope(actor, org.id, 'bankConnection.manage')).rejects.toThrow(
          ForbiddenError,
        );
        return;
      }
      const view = await connections.connect(
        actor,
        await world.scope(actor, org.id, 'bankConnection.manage'),
        bankTokens(),
      );
      await connections.disconnect(
        actor,
        await world.scope(actor, org.id, 'bankConnection.manage'),
      );

      expect(view).toMatchObject({ status: 'connected', connectedBy: actor.userId });
      expect(
        await connections.status(await world.scope(actor, org.id, 'organisation.view')),
      ).toEqual({ status: 'not_connected' });
    },
  );

  it.each(roleMatrixCells('organisation.view'))(
    'see the status as %s: allowed = %s, never a token',
    async (role, allowed) => {
      const org = await connected();

      const view = await connections.status(
        await world.scope(org.members[role], org.id, 'organisation.view'),
      );

      expect(allowed).toBe(true);
      expect(Object.keys(view).sort()).toEqual([
        'connectedAt',
        'connectedBy',
        'refreshTokenExpiresAt',
        'scopes',
        'status',
      ]);
      expect(JSON.stringify(view)).not.toContain('bank-');
    },
  );

  it('reports a connection whose refresh token ran out as expired', async () => {
    const org = await connected();
    world.clock.advance(181 * 24 * 60 * MINUTE);

    const view = await connections.status(
      await world.scope(org.members.Observer, org.id, 'organisation.view'),
    );

    expect(view.status).toBe('expired');
  });
});

describe('the access token', () => {
  it('is handed out as stored while fresh, without calling the bank', async () => {
    const org = await connected();
    const provider = new BankTokenProvider({
      ...serviceDependencies(world),
      vault,
      refresh: () => Promise.reject(new Error('no refresh expected')),
    });

    await expect(provider.accessToken(org.id)).resolves.toMatch(/^bank-access-/);
  });

  it('is refreshed by exactly one of several racing processes, the others reading its result', async () => {
    const org = await connected(0.5);
    let refreshes = 0;
    const refresh = async (refreshToken: string) => {
      refreshes += 1;
      expect(refreshToken).toMatch(/^bank-refresh-/);
      await new Promise((slow) => setTimeout(slow, 300));
      return bankTokens();
    };
    const processes = [1, 2, 3].map(
      () =>
        new BankTokenProvider(
          { ...serviceDependencies(world), vault, refresh },
          { pollMs: 50, maxWaitMs: 5_000 },
        ),
    );

    const tokens = await Promise.all(processes.map((process) => process.accessToken(org.id)));
    const stored = await world.repositories.bankConnections.get(org.id);

    expect(refreshes).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(stored).toMatchObject({ version: 2, refreshedAt: expect.any(String) });
    expect(
      Date.parse(stored?.previousRefreshTokenValidUntil ?? '') -
        Date.parse(stored?.refreshedAt ?? ''),
    ).toBe(2 * 60 * MINUTE);
  });

  it('is refreshed again after a holder died mid-refresh, once its lease ran out', async () => {
    const org = await connected(0.5);
    await world.repositories.bankConnections.acquireRefreshLease(
      org.id,
      'crashed-process',
      new Date(world.clock.now().getTime() + 30_000).toISOString(),
      world.clock.now().toISOString(),
    );
    const provider = new BankTokenProvider(
      { ...serviceDependencies(world), vault, refresh: async () => bankTokens() },
      { pollMs: 20, maxWaitMs: 200 },
    );
    await expect(provider.accessToken(org.id)).rejects.toMatchObject({
      code: 'bank_token_refresh_busy',
    });

    world.clock.advance(31_000);

    await expect(provider.accessToken(org.id)).resolves.toMatch(/^bank-access-/);
  });

  it('cannot be had without a connection', async () => {
    const org = await world.organisation();
    const provider = new BankTokenProvider({
      ...serviceDependencies(world),
      vault,
      refresh: async () => bankTokens(),
    });

    await expect(provider.accessToken(org.id)).rejects.toMatchObject({
      code: 'bank_not_connected',
    });
  });
});

describe('bank tokens at rest', () => {
  it('are stored only sealed: no access or refresh token in plaintext in the table', async () => {
    await world.expectNoPlaintextSecrets();
  });
});
