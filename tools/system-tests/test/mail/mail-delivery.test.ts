import { DEMO_ACCOUNTS, type InboxMessage, LocalInbox } from '@devportal/dev-stack';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { send } from '../support/http-answer.js';
import { runLedger } from '../support/run-ledger.js';
import { type Person, portalOk, signUp } from '../support/stack-session.js';

const inbox = () => new LocalInbox(inject('mailInboxUrl'));

/** The invitation link of `message`: the website's accept page with the token. */
function acceptLinkOf(message: InboxMessage): string {
  const link = message.text.match(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/)?.[0];
  expect(link, message.text).toBeDefined();
  return link as string;
}

async function signInOperator(): Promise<Person> {
  const operator = DEMO_ACCOUNTS.find((account) => account.email.startsWith('operator'));
  if (!operator) throw new Error('the stack has no demo operator');
  const signedIn = await send('POST', `${inject('stackUrl')}/idp/token`, {
    rawBody: new URLSearchParams({
      grant_type: 'password',
      username: operator.email,
      password: operator.password,
    }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  expect(signedIn.status).toBe(200);
  return { userId: 'operator', email: operator.email, idToken: signedIn.body.id_token };
}

describe('e-mail through the local mail server', () => {
  let owner: Person;
  let organisationId: string;
  const organisationName = 'Ромашка <Labs> & Co';

  beforeAll(async () => {
    owner = await signUp('mail-owner');
    const created = await portalOk(owner, 'POST', '/v1/organizations', {
      body: { name: organisationName },
    });
    organisationId = created.id;
  });

  it('delivers an English invitation naming the organisation, role and inviter, whose link accepts it', async () => {
    const invitee = await signUp('mail-invitee');
    const issued = await portalOk(
      owner,
      'POST',
      `/v1/organizations/${organisationId}/invitations`,
      {
        body: { email: invitee.email, role: 'Developer', language: 'en' },
      },
    );
    runLedger.witness('invitation token (mail)', issued.token);

    const message = await inbox().waitFor(invitee.email);

    expect(message.subject).toBe(`mail-owner invites you to ${organisationName}`);
    expect(message.text).toContain(`«${organisationName}»`);
    expect(message.text).toContain('as Developer');
    expect(message.text).toContain('mail-owner invites you');
    // Names are text: the HTML escapes them rather than letting them add markup.
    expect(message.html).toContain('Ромашка &lt;Labs&gt; &amp; Co');
    expect(message.html).not.toContain('<Labs>');
    const link = acceptLinkOf(message);
    expect(link).toBe(`${inject('stackUrl')}/invitations/${issued.token}`);

    const token = decodeURIComponent(link.slice(link.lastIndexOf('/') + 1));
    const joined = await portalOk(
      invitee,
      'POST',
      `/v1/invitations/${encodeURIComponent(token)}/accept`,
    );
    expect(joined).toMatchObject({ id: organisationId, role: 'Developer' });
  });

  it('writes in Russian when the inviter names no language', async () => {
    const invitee = await signUp('mail-invitee-ru');
    const issued = await portalOk(
      owner,
      'POST',
      `/v1/organizations/${organisationId}/invitations`,
      {
        body: { email: invitee.email, role: 'Observer' },
      },
    );
    runLedger.witness('invitation token (mail, ru)', issued.token);

    const message = await inbox().waitFor(invitee.email);

    expect(message.subject).toBe(`mail-owner приглашает вас в «${organisationName}»`);
    expect(message.text).toContain('с ролью «Наблюдатель»');
    expect(message.text).toContain('Принять приглашение');
  });

  it("sends the operator's decision on an access request to its contact", async () => {
    const contact = `contact-${organisationId.slice(0, 8)}@system.test`;
    const submitted = await portalOk(
      owner,
      'POST',
      `/v1/organizations/${organisationId}/access-requests`,
      {
        body: {
          productId: 'business-cards',
          contactName: 'Мария Контакт',
          contactEmail: contact,
          purpose: 'Limits of our business cards from our ERP',
        },
      },
    );
    const operator = await signInOperator();
    await portalOk(operator, 'POST', `/v1/operator/access-requests/${submitted.id}/decision`, {
      body: { decision: 'approve', comment: 'Договор подписан' },
    });

    const message = await inbox().waitFor(contact);

    expect(message.subject).toContain('одобрен');
    expect(message.text).toContain(`«${organisationName}»`);
    expect(message.text).toContain('Комментарий оператора: Договор подписан');
    expect(message.text).toContain(`/orgs/${organisationId}/access-requests`);
  });

  it('writes the decision in the language its submitter chose, and follows a change of it', async () => {
    const english = await signUp('mail-english');
    // The website's first call names the page's language; the portal keeps it for its mails.
    const me = await portalOk(english, 'GET', '/v1/me?language=en');
    expect(me.user.language).toBe('en');
    const organisation = await portalOk(english, 'POST', '/v1/organizations', {
      body: { name: 'English Readers Ltd' },
    });
    const operator = await signInOperator();
    const decide = async (submitter: Person, organisationId: string, contact: string) => {
      const submitted = await portalOk(
        submitter,
        'POST',
        `/v1/organizations/${organisationId}/access-requests`,
        {
          body: {
            productId: 'business-cards',
            contactName: 'Contact',
            contactEmail: contact,
            purpose: 'Limits of our business cards from our ERP',
          },
        },
      );
      await portalOk(operator, 'POST', `/v1/operator/access-requests/${submitted.id}/decision`, {
        body: { decision: 'reject', comment: 'No contract yet' },
      });
      return inbox().waitFor(contact);
    };

    const inEnglish = await decide(
      english,
      organisation.id,
      `en-${organisation.id.slice(0, 8)}@system.test`,
    );
    await portalOk(english, 'PATCH', '/v1/me', { body: { language: 'ru' } });
    const second = await portalOk(english, 'POST', '/v1/organizations', {
      body: { name: 'Readers of Russian' },
    });
    const inRussian = await decide(english, second.id, `ru-${second.id.slice(0, 8)}@system.test`);

    expect(inEnglish.subject).toMatch(/^Access to .+ rejected$/);
    expect(inEnglish.text).toContain("Operator's comment: No contract yet");
    expect(inRussian.subject).toContain('отклонён');
  });

  it('never mails a Client Secret', async () => {
    const created = await portalOk(
      owner,
      'POST',
      `/v1/organizations/${organisationId}/applications`,
      {
        body: { name: 'Mail witness' },
      },
    );
    const secret: string = created.clientSecret;
    runLedger.witness('Client Secret (mail)', secret);
    const invitee = await signUp('mail-after-secret');
    await portalOk(owner, 'POST', `/v1/organizations/${organisationId}/invitations`, {
      body: { email: invitee.email, role: 'Administrator', language: 'en' },
    });
    await inbox().waitFor(invitee.email);

    for (const message of await inbox().all()) {
      expect(`${message.subject}\n${message.text}\n${message.html}`).not.toContain(secret);
    }
  });
});
