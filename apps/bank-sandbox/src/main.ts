import { TEST_CREDENTIALS_PATH } from './crypto/test-credentials-route.js';
import { startBankSandbox } from './sandbox.js';

const port = Number(process.env.PORT ?? 8443);
const pageSize = process.env.PAGE_SIZE === undefined ? undefined : Number(process.env.PAGE_SIZE);

const sandbox = await startBankSandbox({
  port,
  host: process.env.HOST ?? '127.0.0.1',
  ...(pageSize === undefined ? {} : { pageSize }),
  log: (line) => console.log(line),
});

const lines = [
  `bank sandbox listening on ${sandbox.url}`,
  `  bank API:   ${sandbox.apiBaseUrl}/v1/...`,
  `  authorize:  ${sandbox.url}/ic/sso/api/v2/oauth/authorize`,
  `  token:      ${sandbox.url}/ic/sso/api/v2/oauth/token`,
  'OAuth clients:',
  ...sandbox.clients.map(
    (c) =>
      `  ${c.clientId} / ${c.clientSecret}  scopes: ${c.scopes.join(' ')}  redirect: ${c.redirectUris.join(', ')}`,
  ),
  'organisations (login_hint → user):',
  ...sandbox.organizations.map(
    (o) =>
      `  ${o.name}  ${o.id}  cards: ${o.cardCount}  users: ${o.users.map((u) => u.login).join(', ')}`,
  ),
  'test signing keys of seeded users (sandbox-only, never the bank):',
  `  ${sandbox.url}${TEST_CREDENTIALS_PATH.replace('{user}', '<login>')}`,
];
console.log(lines.join('\n'));

const shutdown = (signal: string) => {
  console.log(`${signal}: closing the bank sandbox`);
  sandbox.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
