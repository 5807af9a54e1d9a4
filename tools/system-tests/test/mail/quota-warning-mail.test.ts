import { LocalInbox } from '@devportal/dev-stack';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { send } from '../support/http-answer.js';
import { MAIL_QUOTA_PLAN_ID } from '../support/load-test-catalog.js';
import {
  gatewayToken,
  type Organisation,
  organisationWithEveryRole,
  portalOk,
  subscribedApplication,
} from '../support/stack-session.js';

const inbox = () => new LocalInbox(inject('mailInboxUrl'));

function callTheBank(token: string) {
  return send('GET', `${inject('gatewayApiBaseUrl')}/v1/business-cards?page=1&statusCodes=ACTIVE`, {
    bearer: token,
  });
}

/** The quota warnings in the inbox to `address`, by the share they report (Russian or English). */
async function warningsTo(address: string): Promise<string[]> {
  return (await inbox().to(address))
    .map((message) => message.subject.match(/(?:израсходовано (\d+) %|: (\d+) % of the)/))
    .map((match) => match?.[1] ?? match?.[2])
    .filter((share): share is string => share !== undefined);
}

async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((wake) => setTimeout(wake, 200));
    }
  }
}

describe('quota warnings by e-mail', () => {
  let organisation: Organisation;
  let token: string;

  beforeAll(async () => {
    organisation = await organisationWithEveryRole('quota-mail');
    const application = await subscribedApplication(
      organisation.members.Owner,
      organisation.id,
      MAIL_QUOTA_PLAN_ID,
    );
    token = await gatewayToken(application);
    // The Administrator reads English: the portal keeps that on their profile.
    const { Administrator } = organisation.members;
    await portalOk(Administrator, 'GET', '/v1/me');
    await portalOk(Administrator, 'PATCH', '/v1/me', { body: { language: 'en' } });
  });

  it('warns the Owner and the Administrators once at 80 %, however many calls cross together', async () => {
    // Eight calls at once: the 8th of the 10 a day crosses 80 %, whichever of them it is.
    const answers = await Promise.all(Array.from({ length: 8 }, () => callTheBank(token)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));

    const { Owner, Administrator, Developer, Observer } = organisation.members;
    await eventually(async () => {
      expect(await warningsTo(Owner.email)).toEqual(['80']);
      expect(await warningsTo(Administrator.email)).toEqual(['80']);
    });
    const message = (await inbox().to(Owner.email)).find((m) => m.subject.includes('квоты'));
    expect(message?.text).toContain('(10 вызовов)');
    expect(message?.text).toContain(`/orgs/${organisation.id}/analytics`);
    const [english] = await inbox()
      .to(Administrator.email)
      .then((all) => all.filter((m) => m.subject.includes('quota used')));
    expect(english?.subject).toMatch(/: 80 % of the daily quota used$/);
    // They had their invitations, and hear of no quota.
    expect(await warningsTo(Developer.email)).toEqual([]);
    expect(await warningsTo(Observer.email)).toEqual([]);

    // The next call crosses 90 %: one more warning, the 80 % one is not repeated.
    expect((await callTheBank(token)).status).toBe(200);
    await eventually(async () => {
      expect(await warningsTo(Owner.email)).toEqual(['80', '90']);
    });
  });
});
