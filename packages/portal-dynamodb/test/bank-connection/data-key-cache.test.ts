import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DataKeyCache,
  type EncryptionContext,
  type KeyEncryptionPort,
  TokenVault,
  type WrappedDataKey,
} from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { LocalKeyFileEncryption } from '../../src/index.js';

/** The local key file's keeper, counting the unwraps that reach it (KMS `Decrypt`s on AWS). */
async function countingKeeper() {
  const keeper = await LocalKeyFileEncryption.open(
    join(await mkdtemp(join(tmpdir(), 'devportal-key-')), 'token.key'),
  );
  const counting = {
    unwraps: 0,
    generateDataKey: (context: EncryptionContext) => keeper.generateDataKey(context),
    unwrapDataKey: (wrapped: WrappedDataKey, context: EncryptionContext) => {
      counting.unwraps++;
      return keeper.unwrapDataKey(wrapped, context);
    },
  } satisfies KeyEncryptionPort & { unwraps: number };
  return counting;
}

describe('the data key cache', () => {
  it('opens a sealed token 1,000 times with one unwrap', async () => {
    // Prepare
    const keeper = await countingKeeper();
    const vault = new TokenVault(new DataKeyCache(keeper));
    const sealed = await vault.seal('bank-access-token', 'org-a');

    // Act
    const opened = new Set<string>();
    for (let open = 0; open < 1_000; open++) opened.add(await vault.open(sealed, 'org-a'));

    // Assess
    expect([...opened]).toEqual(['bank-access-token']);
    expect(keeper.unwraps).toBe(1);
  });

  it('never hands a cached key out under another encryption context', async () => {
    // Prepare
    const keeper = await countingKeeper();
    const vault = new TokenVault(new DataKeyCache(keeper));
    const sealed = await vault.seal('bank-access-token', 'org-a');
    await vault.open(sealed, 'org-a');

    // Act
    const elsewhere = vault.open(sealed, 'org-b');

    // Assess
    await expect(elsewhere).rejects.toThrow();
    expect(keeper.unwraps).toBe(2);
  });

  it('unwraps again once a key has lived its time or served its uses', async () => {
    // Prepare
    const keeper = await countingKeeper();
    let now = 0;
    const vault = new TokenVault(
      new DataKeyCache(keeper, { maxAgeMs: 1_000, maxUses: 3 }, () => now),
    );
    const sealed = await vault.seal('bank-access-token', 'org-a');

    // Act
    for (let open = 0; open < 3; open++) await vault.open(sealed, 'org-a');
    const afterUses = keeper.unwraps;
    now = 1_000;
    await vault.open(sealed, 'org-a');
    const afterAge = keeper.unwraps;
    now = 1_500;
    await vault.open(sealed, 'org-a');

    // Assess
    expect(afterUses).toBe(1);
    expect(afterAge).toBe(2);
    expect(keeper.unwraps).toBe(2);
  });

  it('keeps the most recently used keys when it is full', async () => {
    // Prepare
    const keeper = await countingKeeper();
    const vault = new TokenVault(new DataKeyCache(keeper, { maxEntries: 2 }));
    const [a, b, c] = await Promise.all(
      ['org-a', 'org-b', 'org-c'].map((org) => vault.seal(`token of ${org}`, org)),
    );
    if (!a || !b || !c) throw new Error('sealing failed');

    // Act
    await vault.open(a, 'org-a');
    await vault.open(b, 'org-b');
    await vault.open(a, 'org-a'); // a is now the most recent: c's arrival drops b
    await vault.open(c, 'org-c');
    const beforeRevisits = keeper.unwraps;
    await vault.open(a, 'org-a');
    await vault.open(b, 'org-b');

    // Assess
    expect(beforeRevisits).toBe(3);
    expect(keeper.unwraps).toBe(4);
  });

  it('hands out copies, so a caller wiping its key leaves the cache intact', async () => {
    // Prepare
    const keeper = await countingKeeper();
    const cache = new DataKeyCache(keeper);
    const { wrapped, plaintext } = await keeper.generateDataKey({ organisationId: 'org-a' });
    const expected = Buffer.from(plaintext);

    // Act
    const first = await cache.unwrapDataKey(wrapped, { organisationId: 'org-a' });
    first.fill(0);
    const second = await cache.unwrapDataKey(wrapped, { organisationId: 'org-a' });

    // Assess
    expect(second.equals(expected)).toBe(true);
    expect(keeper.unwraps).toBe(1);
  });
});
