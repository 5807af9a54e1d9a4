import {
  CATALOG_V1,
  type Catalog,
  CatalogService,
  catalogProblems,
} from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { useApiWorld } from '../support/api-world.js';

const world = useApiWorld('catalog');

describe('the catalog configuration', () => {
  it('is sound, with an open sandbox plan and a confidential production plan, named in Russian and English', () => {
    const plans = CATALOG_V1.products.find((product) => product.id === 'business-cards')?.plans;

    expect(catalogProblems(CATALOG_V1)).toEqual([]);
    expect(CATALOG_V1.products[0]?.texts.ru.name).toBe('Лимиты бизнес-карт');
    expect(plans?.map((plan) => [plan.id, plan.contour, plan.confidential])).toEqual([
      ['sandbox', 'sandbox', false],
      ['production', 'production', true],
    ]);
  });

  it('names every problem of an unsound catalog', () => {
    const [product] = CATALOG_V1.products;
    if (!product) throw new Error('the catalog has no product');
    const broken: Catalog = {
      version: 0,
      products: [
        {
          ...product,
          confidential: false,
          plans: [
            {
              ...product.plans[0],
              id: 'Bad Id',
              texts: { ru: { name: ' ' }, en: { name: 'Bad' } },
              ratePerSecond: 0,
              quotaPerDay: 1.5,
            },
            ...product.plans,
          ] as Catalog['products'][number]['plans'],
        },
        product,
      ],
    };

    expect(catalogProblems(broken)).toEqual([
      'the catalog version is a positive integer',
      'product business-cards appears twice',
      'product business-cards: confidential must say whether any plan is confidential',
      'product business-cards plan Bad Id: the id is not a slug',
      'product business-cards plan Bad Id: no ru name',
      'product business-cards plan Bad Id: ratePerSecond must be positive',
      'product business-cards plan Bad Id: quotaPerDay must be a positive integer',
    ]);
  });
});

describe('the published catalog', () => {
  it('lists and reads the products as configured', async () => {
    const catalog = new CatalogService(world.repositories.catalog);

    const page = await catalog.listProducts();
    const product = await catalog.getProduct('business-cards');

    expect(page.items).toEqual(CATALOG_V1.products);
    expect(product).toEqual(CATALOG_V1.products[0]);
    await expect(catalog.getProduct('none')).rejects.toMatchObject({ code: 'product_not_found' });
    await expect(catalog.getPlan('business-cards', 'gold')).rejects.toMatchObject({
      code: 'plan_not_found',
    });
  });

  it('is not rolled back by publishing an older version', async () => {
    const newer: Catalog = {
      version: CATALOG_V1.version + 1,
      products: CATALOG_V1.products.map((product) => ({
        ...product,
        texts: { ...product.texts, en: { name: 'Renamed in v2' } },
      })),
    };
    await world.repositories.catalog.publish(newer);

    await world.repositories.catalog.publish(CATALOG_V1);

    expect((await world.repositories.catalog.getProduct('business-cards'))?.texts.en.name).toBe(
      'Renamed in v2',
    );
  });
});
