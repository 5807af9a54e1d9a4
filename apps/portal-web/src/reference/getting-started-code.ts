/**
 * The code of the getting-started page, step by step. Each block is complete on its own (the
 * test compiles every one against `@devportal/sber-client` and `@devportal/digest`).
 */
export const INSTALL = 'npm install @devportal/sber-client @devportal/digest\n';

const CLIENT = `import { createGatewayTokenProvider, createSberClient } from '@devportal/sber-client';

const gateway = process.env.DEVPORTAL_GATEWAY_URL!; // the portal's address
const tokenProvider = createGatewayTokenProvider({
  tokenUrl: \`\${gateway}/oauth/token\`,
  clientId: process.env.DEVPORTAL_CLIENT_ID!,
  clientSecret: process.env.DEVPORTAL_CLIENT_SECRET!,
});
const client = createSberClient({ environment: \`\${gateway}/cards/fintech/api\`, tokenProvider });
`;

export const FIRST_CALL = `${CLIENT}
const page = await client.getBusinessCardPage({ statusCodes: ['ACTIVE'] });
for (const card of page.cards) console.log(card.businessCardId, card.cardPan, card.status);
`;

export const SIGN = `${CLIENT.replace(
  "import { createGatewayTokenProvider, createSberClient } from '@devportal/sber-client';",
  `import {
  SoftwareGostSigner,
  type SoftwareGostSignerOptions,
  signLimitChange,
} from '@devportal/digest';
import {
  createGatewayTokenProvider,
  createSberClient,
  type LimitChangeRequest,
} from '@devportal/sber-client';`,
)}
const change: LimitChangeRequest = {
  businessCardId: process.env.CARD_ID!, // from the first call
  code: 'NON_RENEW',
  externalId: crypto.randomUUID(), // store it with your request before sending
  limit: 150000,
};
// The sandbox hands its seeded user's test key to a sandbox plan; in production you sign with yours.
const answer = await fetch(\`\${gateway}/cards/sandbox/test-signing-credentials\`, {
  headers: { authorization: \`Bearer \${await tokenProvider({ forceRefresh: false })}\` },
});
const credentials = (await answer.json()) as SoftwareGostSignerOptions;
const signed = await signLimitChange(change, [new SoftwareGostSigner(credentials)]);
const created = await client.createLimitChange(signed);
console.log(created.outcome, change.externalId);
`;

export const FOLLOW = `${CLIENT.replace(
  "import { createGatewayTokenProvider, createSberClient } from '@devportal/sber-client';",
  `import {
  createGatewayTokenProvider,
  createSberClient,
  isSuccessfulBankStatus,
} from '@devportal/sber-client';`,
)}
const externalId = process.env.EXTERNAL_ID!; // the one you sent
const state = await client.waitForLimitChange(externalId, { intervalMs: 2_000, timeoutMs: 5 * 60_000 });
console.log(isSuccessfulBankStatus(state.bankStatus) ? 'IMPLEMENTED' : state.bankStatus);
`;
