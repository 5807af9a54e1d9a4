import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BankAuthorizations,
  nodeCrypto,
  type PendingBankAuthorization,
  TokenVault,
} from '@devportal/portal-domain';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DynamoBankAuthorizationRepository,
  keys,
  LocalKeyFileEncryption,
} from '../../src/index.js';
import { useApiWorld } from '../support/api-world.js';

const world = useApiWorld('bank-authorizations');
const LIFETIME_MS = 10 * 60_000;
const STARTER = 'owner-1';
let authorizations: BankAuthorizations;

beforeAll(async () => {
  const keyFile = join(await mkdtemp(join(tmpdir(), 'devportal-key-')), 'token.key');
  authorizations = new BankAuthorizations({
    bankAuthorizations: new DynamoBankAuthorizationRepository(world.store),
    vault: new TokenVault(await LocalKeyFileEncryption.open(keyFile)),
    clock: world.clock,
    crypto: nodeCrypto,
  });
});

/** A started authorization, its state and PKCE verifier remembered as secrets. */
function started(): { state: string; pending: PendingBankAuthorization } {
  const state = nodeCrypto.newToken();
  const pending: PendingBankAuthorization = {
    organisationId: nodeCrypto.newId(),
    userId: STARTER,
    email: 'owner@partner.example',
    scopes: ['BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS'],
    codeVerifier: nodeCrypto.newToken(),
    expiresAt: new Date(world.clock.now().getTime() + LIFETIME_MS).toISOString(),
  };
  world.witness.remember('an authorization state', state);
  world.witness.remember('a PKCE verifier', pending.codeVerifier);
  return { state, pending };
}

describe('pending bank authorizations', () => {
  it('gives back what was started, once', async () => {
    const { state, pending } = started();
    await authorizations.remember(state, pending);

    const first = await authorizations.consume(state, STARTER);
    const second = await authorizations.consume(state, STARTER);

    expect(first).toEqual(pending);
    expect(second).toBeUndefined();
  });

  it('lets exactly one of racing consumers have it', async () => {
    const { state, pending } = started();
    await authorizations.remember(state, pending);

    const results = await Promise.all(
      Array.from({ length: 4 }, () => authorizations.consume(state, STARTER)),
    );

    expect(results.filter((result) => result !== undefined)).toEqual([pending]);
  });

  it('gives nothing to anyone but its starter, and leaves it to them', async () => {
    const { state, pending } = started();
    await authorizations.remember(state, pending);

    const stranger = await authorizations.consume(state, 'someone-else');
    const starter = await authorizations.consume(state, STARTER);

    expect(stranger).toBeUndefined();
    expect(starter).toEqual(pending);
  });

  it('knows no state that was never started, nor one that expired', async () => {
    const { state, pending } = started();
    await authorizations.remember(state, pending);
    world.clock.advance(LIFETIME_MS);

    await expect(authorizations.consume(state, STARTER)).resolves.toBeUndefined();
    await expect(authorizations.consume(nodeCrypto.newToken(), STARTER)).resolves.toBeUndefined();
  });

  it('stores the state only hashed, with a TTL, and the verifier only sealed', async () => {
    const { state, pending } = started();
    await authorizations.remember(state, pending);

    const item = await world.store.get(keys.bankAuthorization(nodeCrypto.sha256Hex(state)));

    expect(item?.expiresAt).toBe(Math.ceil(Date.parse(pending.expiresAt) / 1000));
    await world.expectNoPlaintextSecrets();
  });
});
