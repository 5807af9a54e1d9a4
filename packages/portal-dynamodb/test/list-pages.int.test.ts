import { randomUUID } from 'node:crypto';
import type { AccessRequestStatus, Page, PageRequest } from '@devportal/portal-domain';
import { useDynamoDbTestTable } from '@devportal/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicationItem } from '../src/application-item.js';
import {
  accessRequestItem,
  attemptItem,
  auditItem,
  createTable,
  DocumentStore,
  DynamoAccessRequestRepository,
  DynamoApplicationRepository,
  DynamoAuditTrail,
  DynamoCatalogRepository,
  DynamoLimitChangeRepository,
  DynamoWebhookRepository,
  type ItemKey,
  keys,
} from '../src/index.js';
import { limitChangeItem } from '../src/limit-change-item.js';
import { putItem } from '../src/write-operations.js';

const table = useDynamoDbTestTable('portal-domain-list-pages', createTable);
let store: DocumentStore;

beforeAll(() => {
  store = new DocumentStore(table.client, table.tableName);
});

/** One list of the portal: how to store its `index`-th item under `scope`, and how to read a page. */
interface ListUnderTest {
  readonly name: string;
  item(scope: string, index: number): ItemKey & Record<string, unknown>;
  page(scope: string, page: PageRequest): Promise<Page<unknown>>;
}

const at = (index: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString();

const accessRequest = (organisationId: string, productId: string, index: number) => ({
  id: `request-${index}`,
  organisationId,
  productId,
  status: 'pending' as const,
  contactName: 'Anna Partner',
  contactEmail: 'anna@example.test',
  purpose: 'Manage the limits of our business cards',
  submittedBy: 'owner',
  submittedAt: at(index),
  version: 1,
});

// Every list the portal pages, the catalog included: each scope is fresh, so a list holds
// exactly the items a case stores (the catalog's partition is the table's one, hence first).
const LISTS: readonly ListUnderTest[] = [
  {
    name: 'catalog products',
    item: (_scope, index) => ({ ...keys.catalogEntry(`product-${index}`), product: { index } }),
    page: (_scope, page) => new DynamoCatalogRepository(store).listProducts(page),
  },
  {
    name: 'applications',
    item: (scope, index) =>
      applicationItem({
        organisationId: scope,
        id: `app-${index}`,
        name: `App ${index}`,
        clientId: `dpc_${scope}_${index}`,
        createdAt: at(index),
        secrets: [],
        version: 1,
      }),
    page: (scope, page) => new DynamoApplicationRepository(store).list(scope, page),
  },
  {
    name: 'audit events',
    item: (scope, index) =>
      auditItem({
        id: `${index}`,
        organisationId: scope,
        at: at(index),
        actorUserId: 'owner',
        actorRole: 'Owner',
        action: 'organisation.renamed',
        target: { type: 'organisation', id: scope },
        sourceIp: '203.0.113.7',
        details: {},
      }),
    page: (scope, page) => new DynamoAuditTrail(store).list(scope, page),
  },
  {
    name: 'limit changes',
    item: (scope, index) =>
      limitChangeItem({
        organisationId: scope,
        externalId: `external-${index}`,
        contour: 'sandbox',
        state: 'CREATED',
        history: [{ state: 'CREATED', at: at(index) }],
        createdAt: at(index),
        checksInState: 0,
        version: 1,
      }),
    page: (scope, page) => new DynamoLimitChangeRepository(store).list(scope, page),
  },
  {
    name: "an organisation's access requests",
    item: (scope, index) => accessRequestItem(accessRequest(scope, `product-${index}`, index)),
    page: (scope, page) =>
      new DynamoAccessRequestRepository(store).listForOrganisation(scope, page),
  },
  {
    name: 'access requests of a status',
    // The scope stands for a status of its own, so the index partition holds this case's items.
    item: (scope, index) => ({
      ...accessRequestItem(accessRequest(`organisation-${index}`, 'product', index)),
      ...keys.accessRequestStatusLookup(scope, at(index), `organisation-${index}`, 'product'),
    }),
    page: (scope, page) =>
      new DynamoAccessRequestRepository(store).listByStatus(scope as AccessRequestStatus, page),
  },
  {
    name: "a webhook's delivery log",
    item: (scope, index) =>
      attemptItem(scope, {
        webhookId: 'webhook',
        eventId: `event-${index}`,
        eventType: 'quota.warning',
        attempt: 1,
        at: at(index),
        outcome: 'delivered',
        httpStatus: 204,
        durationMs: 5,
      }),
    page: (scope, page) =>
      new DynamoWebhookRepository(store).listAttempts('organisation', scope, 'webhook', page),
  },
];

/** Every page of `list` under `scope`, `limit` at a time. */
async function allPages(list: ListUnderTest, scope: string, limit: number) {
  const pages: { size: number; hasNext: boolean }[] = [];
  let cursor: string | undefined;
  do {
    const page = await list.page(scope, { limit, ...(cursor && { cursor }) });
    pages.push({ size: page.items.length, hasNext: page.nextCursor !== undefined });
    cursor = page.nextCursor;
  } while (cursor && pages.length < 10);
  return pages;
}

describe('every list of the portal', () => {
  it.each(LISTS)(
    '$name: full pages never lead to an empty one, and the last page has no cursor',
    async (list) => {
      // Act: the empty list, then four items read two, three and four at a time (two and four
      // end on a page boundary).
      const scope = randomUUID();
      const empty = await allPages(list, scope, 2);
      await Promise.all(
        [0, 1, 2, 3].map((index) => store.write(putItem(store.tableName, list.item(scope, index)))),
      );
      const byTwo = await allPages(list, scope, 2);
      const byThree = await allPages(list, scope, 3);
      const byFour = await allPages(list, scope, 4);

      // Assess
      expect(empty).toEqual([{ size: 0, hasNext: false }]);
      expect(byTwo).toEqual([
        { size: 2, hasNext: true },
        { size: 2, hasNext: false },
      ]);
      expect(byThree).toEqual([
        { size: 3, hasNext: true },
        { size: 1, hasNext: false },
      ]);
      expect(byFour).toEqual([{ size: 4, hasNext: false }]);
    },
  );
});
