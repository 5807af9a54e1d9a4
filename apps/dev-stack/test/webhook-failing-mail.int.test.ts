import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPortalClient, type PortalClient } from '@devportal/portal-client';
import { FAILING_WEBHOOK_STREAK } from '@devportal/portal-domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevStack, startDevStack } from '../src/dev-stack.js';
import { LocalInbox } from '../src/local-inbox.js';

/** A receiver on a loopback port that refuses every event with 503 and counts them. */
async function refusingReceiver(): Promise<{ url: string; count: () => number; server: Server }> {
  let received = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      response.writeHead(503).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook?key=receiver-key`, count: () => received, server };
}

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((wake) => setTimeout(wake, 200));
  }
}

/**
 * The local stack mails the Owner and Administrators of an organisation once when a webhook
 * endpoint fails its attempts in a row: eight test events refused together are one failing streak,
 * and one mail each, in each one's language, naming the endpoint and the last status.
 */
describe('a failing webhook endpoint, by e-mail through MailDev', () => {
  let stack: DevStack;
  let receiver: Awaited<ReturnType<typeof refusingReceiver>>;
  const run = Date.now().toString(36);

  async function person(label: string): Promise<{ client: PortalClient; email: string }> {
    const email = `${label}-${run}@partner.example`;
    const password = `pw-${label}-${run}-long`;
    await fetch(`${stack.identityProviderUrl}/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, name: label }),
    });
    const signedIn = await fetch(`${stack.identityProviderUrl}/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', username: email, password }),
    });
    const { id_token: token } = (await signedIn.json()) as { id_token: string };
    return { client: createPortalClient({ baseUrl: stack.url, token }), email };
  }

  beforeAll(async () => {
    receiver = await refusingReceiver();
    // Delivery rounds every second: the eight attempts come within the test.
    stack = await startDevStack({ port: 0, sandboxPort: 0, statusSyncIntervalMs: 1_000 });
  });

  afterAll(async () => {
    await stack?.close();
    await new Promise<void>((resolve) =>
      receiver ? receiver.server.close(() => resolve()) : resolve(),
    );
  });

  // Registrations hash passwords with scrypt: seconds each on a busy machine.
  it('sends one mail per manager for a streak of parallel failures, in their languages', {
    timeout: 120_000,
  }, async () => {
    const owner = await person('hook-owner');
    const administrator = await person('hook-admin');
    const developer = await person('hook-developer');
    await owner.client.me({ language: 'en' });
    await administrator.client.me({ language: 'ru' });
    await developer.client.me({ language: 'en' });
    const organisation = await owner.client.organizations.create({ name: 'Hooks & Co' });
    for (const [member, role] of [
      [administrator, 'Administrator'],
      [developer, 'Developer'],
    ] as const) {
      const { token } = await owner.client.invitations.create(organisation.id, {
        email: member.email,
        role,
      });
      await member.client.invitations.accept(token);
    }
    const { application } = await owner.client.applications.create(organisation.id, {
      name: 'Hooked',
    });
    const { webhook } = await owner.client.webhooks.register(organisation.id, application.id, {
      url: receiver.url,
    });

    await Promise.all(
      Array.from({ length: 8 }, () =>
        owner.client.webhooks.sendTestEvent(organisation.id, application.id, webhook.id),
      ),
    );
    await until(() => receiver.count() >= 8, 'eight refused attempts');
    const inbox = new LocalInbox(stack.mailInboxUrl);
    const failingTo = async (email: string) =>
      (await inbox.to(email)).filter((mail) => mail.text.includes('/webhooks'));
    await until(
      async () =>
        (await failingTo(owner.email)).length > 0 &&
        (await failingTo(administrator.email)).length > 0,
      'the failing-endpoint mails',
    );
    // Time for a second mail, were the streak's later failures to send one.
    await new Promise((wake) => setTimeout(wake, 2_000));

    const [toOwner] = await failingTo(owner.email);
    const [toAdministrator] = await failingTo(administrator.email);
    const endpoint = receiver.url.slice(0, receiver.url.indexOf('?'));
    expect(await failingTo(owner.email)).toHaveLength(1);
    expect(await failingTo(administrator.email)).toHaveLength(1);
    expect(await failingTo(developer.email)).toEqual([]);
    expect(toOwner?.subject).toBe(`Webhook endpoint failing: ${endpoint}`);
    expect(toOwner?.text).toContain(`The last ${FAILING_WEBHOOK_STREAK} deliveries`);
    expect(toOwner?.text).toContain('the last one: HTTP 503.');
    expect(toOwner?.text).toContain(`${stack.url}/orgs/${organisation.id}/webhooks`);
    expect(toOwner?.text).not.toContain('receiver-key');
    expect(toAdministrator?.subject).toBe(`Вебхук не принимает события: ${endpoint}`);
  });
});
