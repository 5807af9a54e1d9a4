import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import { type BusinessCardStatus, createSberClient } from '@devportal/sber-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const allStatuses: BusinessCardStatus[] = [
  'ACTIVE',
  'BLOCKED',
  'TO_BE_REISSUED',
  'TO_BE_BLOCKED',
  'NOT_DELIVERED',
];
let sandbox: BankSandbox;
beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0, pageSize: 50 });
});
afterAll(() => sandbox.close());

/** A client of the sandbox organisation that has `cardCount` cards. */
function clientOfOrganizationWith(predicate: (cardCount: number) => boolean) {
  const organization = sandbox.organizations.find((candidate) => predicate(candidate.cardCount));
  if (!organization) throw new Error('the sandbox seed has no such organisation');
  const accessToken = sandbox.issueAccessToken({ organizationId: organization.id });
  return {
    organization,
    client: createSberClient({ environment: sandbox.apiBaseUrl, accessToken }),
  };
}

async function readAll(
  client: ReturnType<typeof createSberClient>,
  statusCodes: BusinessCardStatus[],
) {
  const pageSizes: number[] = [];
  const ids = new Set<string>();
  for await (const page of client.businessCardPages({ statusCodes })) {
    pageSizes.push(page.cards.length);
    for (const card of page.cards) ids.add(card.businessCardId ?? '');
  }
  return { pageSizes, ids };
}

describe('pagination against the sandbox', () => {
  it('reads 250+ cards over six pages, each card once', async () => {
    // Prepare
    const { organization, client } = clientOfOrganizationWith((count) => count > 250);
    sandbox.clearRequestLog();

    // Act
    const { pageSizes, ids } = await readAll(client, allStatuses);

    // Assess
    expect(ids).toEqual(new Set(organization.cards.map((card) => card.businessCardId)));
    expect(pageSizes).toEqual([50, 50, 50, 50, 50, organization.cardCount - 250]);
    expect(sandbox.requestCount('listBusinessCards')).toBe(6);
  });

  it('stops after exactly full pages without asking for an empty one', async () => {
    // Prepare
    const { organization, client } = clientOfOrganizationWith((count) => count === 100);
    const statusCodes = allStatuses.filter((status) => organization.cardCountsByStatus[status] > 0);
    sandbox.clearRequestLog();

    // Act
    const { pageSizes, ids } = await readAll(client, statusCodes);

    // Assess
    expect(pageSizes).toEqual([50, 50]);
    expect(ids.size).toBe(100);
    expect(sandbox.requestCount('listBusinessCards')).toBe(2);
  });

  it('reads a single page', async () => {
    // Prepare
    const { organization, client } = clientOfOrganizationWith((count) => count > 0 && count < 50);

    // Act
    const { pageSizes } = await readAll(client, ['ACTIVE']);

    // Assess
    expect(pageSizes).toEqual([organization.cardCountsByStatus.ACTIVE]);
  });

  it('filters by the statuses asked for', async () => {
    // Prepare
    const { organization, client } = clientOfOrganizationWith((count) => count > 250);
    const statuses = new Set<string>();

    // Act
    let count = 0;
    for await (const card of client.businessCards({ statusCodes: ['BLOCKED', 'TO_BE_BLOCKED'] })) {
      statuses.add(card.status ?? '');
      count += 1;
    }

    // Assess
    expect(statuses).toEqual(new Set(['BLOCKED', 'TO_BE_BLOCKED']));
    expect(count).toBe(
      organization.cardCountsByStatus.BLOCKED + organization.cardCountsByStatus.TO_BE_BLOCKED,
    );
  });

  it('an organisation without cards yields none', async () => {
    // Prepare
    const { client } = clientOfOrganizationWith((count) => count === 0);

    // Act
    const { pageSizes } = await readAll(client, allStatuses);

    // Assess
    expect(pageSizes).toEqual([0]);
  });
});
