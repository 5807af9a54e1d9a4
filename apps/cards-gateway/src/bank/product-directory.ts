import type { CatalogService } from '@devportal/portal-domain';

/** How often the catalog is read again, so a newly published product reaches running instances. */
const RELOAD_MS = 5 * 60_000;

/**
 * Which API product each bank operation belongs to, read from the catalog once and then every few
 * minutes in the background: a call never waits for the table after the first.
 */
export class ProductDirectory {
  private productOfOperation = new Map<string, string>();
  private loaded: Promise<void> | undefined;
  private loadedAtMs = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly catalog: CatalogService,
    private readonly now: () => number,
    private readonly onFault: (what: string, error: unknown) => void,
  ) {}

  /** The product offering `operationId`, or `undefined` if none does. */
  productOf(operationId: string): string | undefined | Promise<string | undefined> {
    const neverLoaded = this.loadedAtMs === Number.NEGATIVE_INFINITY;
    if (this.now() - this.loadedAtMs > RELOAD_MS && !this.loaded) {
      this.loaded = this.load().finally(() => {
        this.loaded = undefined;
      });
      if (!neverLoaded)
        this.loaded.catch((error: unknown) => this.onFault('catalog reload', error));
    }
    // Until the first read completes the map is empty: every caller meanwhile waits for it,
    // or a cold instance's concurrent calls would be refused as if no product offered them.
    if (neverLoaded && this.loaded) {
      return this.loaded.then(() => this.productOfOperation.get(operationId));
    }
    return this.productOfOperation.get(operationId);
  }

  private async load(): Promise<void> {
    const next = new Map<string, string>();
    let cursor: string | undefined;
    do {
      const page = await this.catalog.listProducts({ limit: 100, ...(cursor && { cursor }) });
      for (const product of page.items) {
        for (const operation of product.operations) next.set(operation, product.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    this.productOfOperation = next;
    this.loadedAtMs = this.now();
  }
}
