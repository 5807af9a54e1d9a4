import { beforeAll, describe, expect, it } from 'vitest';
import { type BankRedirect, consentedAuthorization } from '../support/bank-connection-binding.js';
import type { HttpAnswer } from '../support/http-answer.js';
import {
  type Organisation,
  organisationWithEveryRole,
  type Person,
  portal,
  portalOk,
  signUp,
} from '../support/stack-session.js';

const COMPLETION = '/v1/bank-connection/callback';
let organisation: Organisation;
let stranger: Person;

beforeAll(async () => {
  [organisation, stranger] = await Promise.all([
    organisationWithEveryRole('bank-binding'),
    signUp('bank-binding-stranger'),
  ]);
}, 60_000);

function complete(person: Person | undefined, redirect: BankRedirect): Promise<HttpAnswer> {
  return portal(person, 'POST', COMPLETION, { body: redirect });
}

async function connectionStatus(): Promise<string> {
  const connection = await portalOk(
    organisation.members.Owner,
    'GET',
    `/v1/organizations/${organisation.id}/bank-connection`,
  );
  return connection.status;
}

function summary(answer: HttpAnswer) {
  return { status: answer.status, code: answer.body?.code ?? answer.body?.status };
}

describe("adversarial: someone else completes an organisation's bank authorization", () => {
  it('attaches nothing unless the person who started it finishes it, once', async () => {
    // Prepare: the Owner starts; the bank's redirect (code and state) reaches others too
    const owner = organisation.members.Owner;
    const redirect = await consentedAuthorization(owner, organisation.id);

    // Act
    const seen: Record<string, ReturnType<typeof summary> & { after: string }> = {};
    const attempt = async (label: string, send: () => Promise<HttpAnswer>) => {
      const answer = await send();
      seen[label] = { ...summary(answer), after: await connectionStatus() };
      return answer;
    };
    const redirectInStrangersBrowser = await attempt('bank redirect, no token', () =>
      portal(undefined, 'GET', `${COMPLETION}?${new URLSearchParams(redirect)}`),
    );
    const byStranger = await attempt('stranger (other organisation)', () =>
      complete(stranger, redirect),
    );
    const byColleague = await attempt('colleague (same organisation, Administrator)', () =>
      complete(organisation.members.Administrator, redirect),
    );
    const byStarter = await attempt('the Owner who started it', () => complete(owner, redirect));
    const replayed = await attempt('the Owner again (replay)', () => complete(owner, redirect));
    console.info(`bank-connection binding: ${JSON.stringify(seen)}`);

    // Assess
    for (const refused of [redirectInStrangersBrowser, byStranger, byColleague]) {
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);
      expect(refused.headers.get('content-type')).toBe('application/problem+json');
    }
    expect(byStranger.body.code).toBe('bank_authorization_not_found');
    expect(byColleague.body.code).toBe('bank_authorization_not_found');
    expect(seen['colleague (same organisation, Administrator)']?.after).toBe('not_connected');
    expect(byStarter.status, byStarter.text).toBe(200);
    expect(byStarter.body).toMatchObject({
      organizationId: organisation.id,
      connection: { status: 'connected', connectedBy: owner.userId },
    });
    expect(replayed.status).toBe(404);
    expect(replayed.body.code).toBe('bank_authorization_not_found');
  });
});
