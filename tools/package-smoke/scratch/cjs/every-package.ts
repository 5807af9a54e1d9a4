// A CommonJS TypeScript project using every published package (and the sandbox's programmatic
// API): type-checked with `module: NodeNext` in a `"type": "commonjs"` package and run with node.
import { strict as assert } from 'node:assert';
import { randomUUID } from 'node:crypto';
import { startBankSandbox } from '@devportal/bank-sandbox';
import { limitChangeDigest } from '@devportal/digest';
import { createHttpTransport } from '@devportal/http-transport';
import { createPortalClient, PortalError } from '@devportal/portal-client';
import { createSberClient, SberNotFoundError } from '@devportal/sber-client';
import { businessCardStatusValues } from '@devportal/sber-client/contract';

async function main(): Promise<void> {
  const sandbox = await startBankSandbox({ port: 0 });
  try {
    const bank = createSberClient({
      environment: sandbox.apiBaseUrl,
      accessToken: sandbox.issueAccessToken(),
    });
    const page = await bank.getBusinessCardPage({ statusCodes: ['ACTIVE'] });
    assert.ok(page.cards.length > 0);
    const missing = await bank.getCorporateCard(randomUUID()).catch((error: unknown) => error);
    assert.ok(missing instanceof SberNotFoundError);

    const digest = limitChangeDigest({
      businessCardId: page.cards[0]?.businessCardId ?? '',
      code: 'NON_RENEW',
      externalId: randomUUID(),
      limit: 1000,
    });
    assert.equal(digest.split('\n').length, 4);
    assert.equal(typeof createHttpTransport, 'function');
    assert.ok(createPortalClient({ baseUrl: sandbox.url, token: 'unused' }));
    assert.equal(typeof PortalError, 'function');
    assert.ok(businessCardStatusValues.includes('ACTIVE'));

    console.log(
      JSON.stringify({
        ok: true,
        moduleSystem: typeof require === 'function' ? 'commonjs' : 'esm',
        activeCardsOnFirstPage: page.cards.length,
      }),
    );
  } finally {
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
