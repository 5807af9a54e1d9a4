import samples from '../generated/sber-business-cards.samples.json' with { type: 'json' };
import spec from '../generated/sber-business-cards.spec.json' with { type: 'json' };
import type { OpenApiDocument } from './openapi-document.js';
import type { OperationSamples } from './operation-samples.js';

/** The business-cards API's spec, parsed from `spec/sber-business-cards.yaml` by `pnpm generate`. */
export const BUSINESS_CARDS_SPEC = spec as unknown as OpenApiDocument;

/** Each operation's code samples, rendered from the spec's examples by `pnpm generate`. */
export const BUSINESS_CARDS_SAMPLES: Readonly<Record<string, OperationSamples>> = samples;

/** Where the site serves the spec's YAML for download (emitted by the build, see vite.config.ts). */
export const BUSINESS_CARDS_SPEC_FILE = '/specs/sber-business-cards.yaml';

/** The catalog's product the reference documents. */
export const BUSINESS_CARDS_PRODUCT_ID = 'business-cards';
