import { _ } from 'ajv/dist/2020.js';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { contractAjv, DOCUMENT_ID } from './contract.js';
import { requestSchemaPointers } from './contract-of.js';

// ajv's standalone entry is CommonJS; under NodeNext its default import is the module object.
const standaloneCode = ((standaloneCodeModule as unknown as { default?: unknown }).default ??
  standaloneCodeModule) as typeof import('ajv/dist/standalone/index.js').default;

/**
 * The source of an ES module exporting `validators`: ajv's standalone code of every schema a
 * request of `document` is checked against, by JSON pointer, for `precompiledContract` (from
 * `@devportal/openapi-contract/precompiled`). Run it at build time and commit the output; it
 * imports only ajv's small runtime helpers and ajv-formats' formats.
 */
export function standaloneValidatorsModule(document: Record<string, unknown>): string {
  const ajv = contractAjv(document, {
    source: true,
    esm: true,
    formats: _`fullFormats`,
  });
  const pointers = requestSchemaPointers(document).sort();
  const names: Record<string, string> = {};
  pointers.forEach((at, index) => {
    const name = `check${index}`;
    ajv.addSchema({ $ref: `${DOCUMENT_ID}#${at}` }, name);
    names[name] = name;
  });
  const { code, runtimeImports } = esmRuntimeImports(standaloneCode(ajv, names));
  const table = pointers.map((at, index) => `  ${JSON.stringify(at)}: check${index},`).join('\n');
  return [
    '// @ts-nocheck: ajv standalone code, generated.',
    "import { fullFormats } from 'ajv-formats/dist/formats.js';",
    ...runtimeImports,
    // ajv's runtime helpers are CommonJS with `exports.default`: Node hands an ES module the
    // exports object, a bundler the default itself.
    'const runtimeDefault = (m) => (typeof m.default === "function" ? m.default : m.default.default);',
    code.replace(/^"use strict";/, ''),
    `export const validators = {\n${table}\n};`,
    '',
  ].join('\n');
}

/**
 * ajv's standalone code `require`s its runtime helpers even with `esm` set; an ES module has no
 * `require`, so each becomes an import.
 */
function esmRuntimeImports(code: string): { code: string; runtimeImports: string[] } {
  const modules: string[] = [];
  const rewritten = code.replace(/require\("([^"]+)"\)\.default/g, (_match, module: string) => {
    if (!modules.includes(module)) modules.push(module);
    return `runtimeDefault(runtime${modules.indexOf(module)})`;
  });
  return {
    code: rewritten,
    runtimeImports: modules.map(
      (module, index) => `import * as runtime${index} from '${module}.js';`,
    ),
  };
}
