// Writes src/generated/portal-request-validators.ts from the generated spec: every request check
// compiled ahead by ajv (standalone code), so the Lambda compiles no schema when it starts and its
// bundle carries no ajv compiler. Run after generate-portal-spec.ts.
import { writeFileSync } from 'node:fs';
import { standaloneValidatorsModule } from '@devportal/openapi-contract/standalone';
import { portalSpec } from '../src/generated/portal-spec.js';

const outputUrl = new URL('../src/generated/portal-request-validators.ts', import.meta.url);

writeFileSync(outputUrl, standaloneValidatorsModule(portalSpec));
