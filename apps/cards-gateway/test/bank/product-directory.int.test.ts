import { CATALOG_V1, CatalogService } from '@devportal/portal-domain';
import { createTable, DocumentStore, DynamoCatalogRepository } from '@devportal/portal-dynamodb';
import { useDynamoDbTestTable } from '@devportal/test-support';
import { describe, expect, it } from 'vitest';
import { ProductDirectory } from '../../src/bank/product-directory.js';

const table = useDynamoDbTestTable('gateway-product-directory', createTable);

describe('the product directory of a new gateway instance', () => {
  it('answers every call that arrives while the catalog is first read, not only the first', async () => {
    // Prepare
    const repository = new DynamoCatalogRepository(
      new DocumentStore(table.client, table.tableName),
    );
    await repository.publish(CATALOG_V1);
    const faults: unknown[] = [];
    const directory = new ProductDirectory(new CatalogService(repository), Date.now, (_, error) =>
      faults.push(error),
    );

    // Act: concurrent first calls, as a cold instance under load receives them
    const products = await Promise.all([
      directory.productOf('listBusinessCards'),
      directory.productOf('getCorporateCard'),
      directory.productOf('createLimitChange'),
    ]);

    // Assess
    expect(products).toEqual(['business-cards', 'business-cards', 'business-cards']);
    expect(faults).toEqual([]);
  });
});
