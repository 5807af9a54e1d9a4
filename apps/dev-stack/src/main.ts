import { resolve } from 'node:path';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { DEFAULT_STATUS_SYNC_INTERVAL_MS, startDevStack } from './dev-stack.js';

const dataDirectory = resolve(
  process.env.DEVPORTAL_DATA_DIR ?? `${import.meta.dirname}/../../../.data`,
);
const port = Number(process.env.PORT ?? 3000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 8443);
const mailSmtpPort = Number(process.env.MAIL_SMTP_PORT ?? 1025);
const mailWebPort = Number(process.env.MAIL_WEB_PORT ?? 1080);
const statusSyncIntervalMs = Number(
  process.env.STATUS_SYNC_INTERVAL_MS ?? DEFAULT_STATUS_SYNC_INTERVAL_MS,
);
if (!Number.isInteger(statusSyncIntervalMs) || statusSyncIntervalMs <= 0) {
  console.error('STATUS_SYNC_INTERVAL_MS must be a whole number of milliseconds above 0');
  process.exit(1);
}
const startedAt = performance.now();

const stack = await startDevStack({
  dataDirectory,
  port,
  sandboxPort,
  mailSmtpPort,
  mailWebPort,
  hostname: process.env.HOST ?? '127.0.0.1',
  statusSyncIntervalMs,
  log: (line) => console.log(line),
}).catch((error: unknown) => {
  console.error(`The local stack did not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

console.log(
  [
    '',
    `devportal is running (started in ${((performance.now() - startedAt) / 1000).toFixed(1)} s)`,
    `  website            ${stack.url}/   (sign in with a demo login below)`,
    `  portal API         ${stack.url}/v1   (spec: spec/portal.yaml)`,
    `  identity provider  ${stack.identityProviderUrl}   (POST /register, POST /token, JWKS)`,
    `  cards gateway      ${stack.gatewayApiBaseUrl}   (token: POST ${stack.gatewayTokenUrl}, client credentials)`,
    `  bank sandbox       ${stack.sandbox.apiBaseUrl}   (OAuth: ${stack.sandbox.url}/ic/sso/api/v2/oauth)`,
    `  mail inbox         ${stack.mailInboxUrl}   (every e-mail the portal sends; SMTP on MAIL_SMTP_PORT, inbox on MAIL_WEB_PORT)`,
    `  DynamoDB Local     ${stack.dynamoDbEndpoint}   table ${stack.tableName}, data in ${dataDirectory}`,
    `  status sync        every ${stack.statusSyncIntervalMs / 1000} s (STATUS_SYNC_INTERVAL_MS); on demand: POST /v1/organizations/{id}/limit-changes/sync`,
    'demo logins (local only):',
    ...DEMO_ACCOUNTS.map((a) => `  ${a.email} / ${a.password}   ${a.description}`),
    'try it:',
    `  curl -s -X POST ${stack.identityProviderUrl}/token -d grant_type=password -d username=${DEMO_ACCOUNTS[0].email} -d password=${DEMO_ACCOUNTS[0].password}`,
    `  curl -s ${stack.url}/v1/me -H "Authorization: Bearer <id_token>"`,
    "  pnpm demo   (in another terminal: a new partner's journey to an IMPLEMENTED limit change)",
    'Ctrl-C stops everything.',
    '',
  ].join('\n'),
);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the local stack…`);
  stack.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));
