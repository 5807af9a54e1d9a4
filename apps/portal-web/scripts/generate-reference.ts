// Writes src/generated/: the business-cards spec as JSON (the API reference renders it; the YAML
// is parsed here, never in the browser) and each operation's code samples, from the spec's examples.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  curlSample,
  hasSdkCall,
  type SampleInput,
  type SampleRequest,
  typescriptSample,
} from '../src/reference/code-samples.js';
import {
  exampleOf,
  type LocatedOperation,
  type OpenApiDocument,
  operationsOf,
} from '../src/reference/openapi-document.js';
import type { OperationSamples } from '../src/reference/operation-samples.js';

const specUrl = new URL('../../../spec/sber-business-cards.yaml', import.meta.url);
const generated = new URL('../src/generated/', import.meta.url);

const document = parse(readFileSync(specUrl, 'utf8')) as OpenApiDocument;

/** The operation's arguments and request, from the examples its spec gives. */
function exampleCall({ method, path, operation }: LocatedOperation): {
  input: SampleInput;
  request: SampleRequest;
} {
  const parameters = operation.parameters ?? [];
  const value = (parameter: (typeof parameters)[number]) =>
    parameter.example ?? exampleOf(document, parameter.schema);
  const pathParameter = parameters.find((parameter) => parameter.in === 'path');
  const queryParameters = parameters.filter((parameter) => parameter.in === 'query');
  const query = Object.fromEntries(
    queryParameters.map((parameter) => [parameter.name, value(parameter)]),
  ) as SampleInput['query'];
  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  const body = bodySchema ? exampleOf(document, bodySchema) : undefined;
  const pathValue = pathParameter ? String(value(pathParameter)) : undefined;
  const queryString = queryParameters
    .map((parameter) => {
      const example = value(parameter);
      // form style without explode: an array is one comma-separated value
      return `${parameter.name}=${Array.isArray(example) ? example.join(',') : String(example)}`;
    })
    .join('&');
  const filledPath = pathParameter
    ? path.replace(`{${pathParameter.name}}`, encodeURIComponent(pathValue ?? ''))
    : path;
  return {
    input: {
      ...(pathValue === undefined ? {} : { pathParameter: pathValue }),
      ...(queryParameters.length > 0 ? { query } : {}),
      ...(body === undefined ? {} : { body }),
    },
    request: {
      method,
      path: queryString ? `${filledPath}?${queryString}` : filledPath,
      ...(body === undefined ? {} : { body }),
    },
  };
}

const samples: Record<string, OperationSamples> = {};
for (const located of operationsOf(document)) {
  const id = located.operation.operationId;
  if (!hasSdkCall(id)) continue;
  const { input, request } = exampleCall(located);
  samples[id] = {
    typescriptGateway: typescriptSample(id, input, 'gateway'),
    typescriptBank: typescriptSample(id, input, 'bank'),
    curlGateway: curlSample(request, 'gateway'),
    curlBank: curlSample(request, 'bank'),
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(new URL('sber-business-cards.spec.json', generated), json(document));
writeFileSync(new URL('sber-business-cards.samples.json', generated), json(samples));
