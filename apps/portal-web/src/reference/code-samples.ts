/**
 * Code that calls one operation of the business-cards API: TypeScript with
 * `@devportal/sber-client` (through the portal's gateway, or straight to the bank) and curl. The
 * reference's samples are rendered by `pnpm generate` from the spec's examples; «Попробовать»
 * renders the same code from the request it sent. A test compiles the generated TypeScript
 * against the client's real types.
 */

/** Where the code sends its calls. */
export type SampleTarget = 'gateway' | 'bank';

/** The arguments of one call, as the operation takes them. */
export interface SampleInput {
  /** the path parameter (`corpCardId`, `externalId`), for the operations that have one */
  readonly pathParameter?: string;
  readonly query?: Readonly<Record<string, string | number | readonly string[]>>;
  readonly body?: unknown;
}

/** One request as curl sends it: method, path below the API's base (with its query), body. */
export interface SampleRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
}

/** The operations the SDK has a method for, and how that method is called. */
const SDK_CALLS: Readonly<Record<string, (input: SampleInput) => string>> = {
  listBusinessCards: (input) =>
    [
      `const page = await client.getBusinessCardPage(${literal(input.query ?? {})});`,
      'console.log(page.cards, page.hasNextPage());',
      '// every page: for await (const card of client.businessCards({ statusCodes })) { … }',
    ].join('\n'),
  getCorporateCard: (input) =>
    [
      `const card = await client.getCorporateCard(${literal(input.pathParameter ?? '')});`,
      'console.log(card.limits);',
    ].join('\n'),
  createLimitChange: (input) =>
    [
      '// externalId: a fresh UUID per request, stored with it before sending',
      `const result = await client.createLimitChange(${literal(input.body ?? {})});`,
      'console.log(result.outcome);',
    ].join('\n'),
  getLimitChangeState: (input) =>
    [
      `const state = await client.getLimitChangeState(${literal(input.pathParameter ?? '')});`,
      'console.log(state.bankStatus, state.bankComment);',
    ].join('\n'),
  getCryptoInfo: () =>
    [
      'const { certificateInfos = [] } = await client.getCryptoInfo();',
      "console.log(certificateInfos.map((certificate) => certificate.uuid)); // a signature's certificateUuid",
    ].join('\n'),
};

/** Whether the SDK calls this operation (the bank's OAuth endpoints it reaches otherwise). */
export function hasSdkCall(operationId: string): boolean {
  return operationId in SDK_CALLS;
}

/** Where the code finds the gateway: the site's own origin, or an environment variable. */
export interface SampleOptions {
  readonly gatewayUrl?: string;
  readonly clientId?: string;
  /** The seeded sandbox user a sandbox call acts as (the gateway's sandbox-only header). */
  readonly sandboxUser?: string;
}

/** TypeScript that calls the operation with `@devportal/sber-client`. */
export function typescriptSample(
  operationId: string,
  input: SampleInput,
  target: SampleTarget,
  options: SampleOptions = {},
): string {
  const call = SDK_CALLS[operationId];
  if (!call) throw new Error(`No SDK call is known for the operation ${operationId}`);
  return `${target === 'gateway' ? gatewayClient(options) : bankClient()}\n\n${call(input)}\n`;
}

function gatewayClient(options: SampleOptions): string {
  const gateway = options.gatewayUrl
    ? `const gateway = ${literal(options.gatewayUrl)};`
    : 'const gateway = process.env.DEVPORTAL_GATEWAY_URL!; // e.g. https://api.devportal.example';
  const clientId = options.clientId
    ? literal(options.clientId)
    : 'process.env.DEVPORTAL_CLIENT_ID!';
  return `import { createGatewayTokenProvider, createSberClient } from '@devportal/sber-client';

${gateway}
const client = createSberClient({
  environment: \`\${gateway}/cards/fintech/api\`,
  tokenProvider: createGatewayTokenProvider({
    tokenUrl: \`\${gateway}/oauth/token\`,
    clientId: ${clientId},
    clientSecret: process.env.DEVPORTAL_CLIENT_SECRET!, // never in code or in the browser's storage
  }),
});`;
}

function bankClient(): string {
  return `import { createSberClient } from '@devportal/sber-client';

// The bank's test contour; 'production' for real cards. Both require the bank's client
// certificate (mutual TLS): see the SDK's README, "Mutual TLS".
const client = createSberClient({
  environment: 'test',
  accessToken: process.env.SBER_ACCESS_TOKEN!, // a SberBusiness ID user's token with the operation's scope
});`;
}

/** curl through the gateway (a token first, from the Client ID and Secret) or to the bank. */
export function curlSample(
  request: SampleRequest,
  target: SampleTarget,
  options: SampleOptions = {},
): string {
  const body =
    request.body === undefined
      ? []
      : ["-H 'Content-Type: application/json'", `-d ${shellQuote(JSON.stringify(request.body))}`];
  if (target === 'bank') {
    return `${[
      `curl -X ${request.method} --cert client.crt --key client.key`,
      `"https://iftfintech.testsbi.sberbank.ru:9443/fintech/api${request.path}"`,
      '-H "Authorization: Bearer $SBER_ACCESS_TOKEN"',
      ...body,
    ].join(' \\\n  ')}\n`;
  }
  const gateway = options.gatewayUrl ?? '$DEVPORTAL_GATEWAY_URL';
  const clientId = options.clientId ?? '$DEVPORTAL_CLIENT_ID';
  return `TOKEN=$(curl -s -X POST "${gateway}/oauth/token" \\
  --data-urlencode grant_type=client_credentials \\
  --data-urlencode "client_id=${clientId}" \\
  --data-urlencode "client_secret=$DEVPORTAL_CLIENT_SECRET" | jq -r .access_token)

${[
  `curl -X ${request.method} "${gateway}/cards/fintech/api${request.path}"`,
  '-H "Authorization: Bearer $TOKEN"',
  ...(options.sandboxUser === undefined
    ? []
    : [`-H ${shellQuote(`X-Sandbox-User: ${options.sandboxUser}`)}`]),
  ...body,
].join(' \\\n  ')}
`;
}

/** A value as a TypeScript literal: JSON, identifier keys unquoted, lists of words on one line. */
function literal(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, '$1$2:')
    .replace(
      /\[\s+([^[\]{}]*?)\s+\]/g,
      (_, items: string) => `[${items.split(/,\s+/).join(', ')}]`,
    );
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
