import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@devportal/portal-domain';
import { expect, inject } from 'vitest';
import { type HttpAnswer, type Sending, send } from './http-answer.js';
import { runLedger } from './run-ledger.js';
import './provided-context.js';

/** A person registered at the stack's identity provider, signed in. */
export interface Person {
  readonly userId: string;
  readonly email: string;
  readonly idToken: string;
}

/** A portal organisation with one member of every role. */
export interface Organisation {
  readonly id: string;
  readonly members: Readonly<Record<Role, Person>>;
}

/** An application with its credentials (the secret as shown once at creation). */
export interface PartnerApplication {
  readonly id: string;
  readonly organisationId: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Calls the portal API as `person` (anonymously without one); `path` starts with `/v1`. */
export function portal(
  person: Person | undefined,
  method: string,
  path: string,
  sending: Sending = {},
): Promise<HttpAnswer> {
  return send(method, `${inject('stackUrl')}${path}`, {
    ...sending,
    ...(person && { bearer: person.idToken }),
  });
}

/** Calls the portal API and expects a 2xx; the answer's body. */
// biome-ignore lint/suspicious/noExplicitAny: the spec types the bodies, the suites read a few fields
export async function portalOk(...args: Parameters<typeof portal>): Promise<any> {
  const answer = await portal(...args);
  expect(answer.status, `${args[1]} ${args[2]}: ${answer.text}`).toBeLessThan(300);
  return answer.body;
}

/** Registers a new person at the dev identity provider and signs them in. */
export async function signUp(label: string): Promise<Person> {
  const email = `${label}-${randomUUID().slice(0, 8)}@system.test`;
  const password = `pw-${randomUUID()}`;
  runLedger.witness(`password of ${label}`, password);
  const idp = `${inject('stackUrl')}/idp`;
  const registered = await send('POST', `${idp}/register`, {
    body: { email, password, name: label },
  });
  expect(registered.status).toBe(201);
  const signedIn = await send('POST', `${idp}/token`, {
    rawBody: new URLSearchParams({ grant_type: 'password', username: email, password }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  expect(signedIn.status).toBe(200);
  const idToken: string = signedIn.body.id_token;
  runLedger.witness(`ID token of ${label}`, idToken);
  return { userId: registered.body.id, email, idToken };
}

/** A new organisation whose Owner invited one member of every other role, who accepted. */
export async function organisationWithEveryRole(label: string): Promise<Organisation> {
  const owner = await signUp(`${label}-owner`);
  const created = await portalOk(owner, 'POST', '/v1/organizations', { body: { name: label } });
  const id: string = created.id;
  const members = { Owner: owner } as Record<Role, Person>;
  for (const role of ROLES.filter((candidate) => candidate !== 'Owner')) {
    const person = await signUp(`${label}-${role.toLowerCase()}`);
    const invited = await portalOk(owner, 'POST', `/v1/organizations/${id}/invitations`, {
      body: { email: person.email, role },
    });
    runLedger.witness(`invitation token of ${label}`, invited.token);
    await portalOk(person, 'POST', `/v1/invitations/${encodeURIComponent(invited.token)}/accept`);
    members[role] = person;
  }
  return { id, members };
}

/** A new application of the organisation, subscribed to `planId` of the business-cards product. */
export async function subscribedApplication(
  owner: Person,
  organisationId: string,
  planId: string,
): Promise<PartnerApplication> {
  const base = `/v1/organizations/${organisationId}/applications`;
  const created = await portalOk(owner, 'POST', base, { body: { name: `App ${planId}` } });
  runLedger.witness('Client Secret', created.clientSecret);
  await portalOk(owner, 'PUT', `${base}/${created.application.id}/subscriptions/business-cards`, {
    body: { planId },
  });
  return {
    id: created.application.id,
    organisationId,
    clientId: created.application.clientId,
    clientSecret: created.clientSecret,
  };
}

/** A gateway token for the application (client credentials by HTTP Basic). */
export async function gatewayToken(application: PartnerApplication): Promise<string> {
  const basic = Buffer.from(`${application.clientId}:${application.clientSecret}`).toString(
    'base64',
  );
  const answer = await send('POST', inject('gatewayTokenUrl'), {
    rawBody: 'grant_type=client_credentials',
    headers: {
      authorization: `Basic ${basic}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
  });
  expect(answer.status, answer.text).toBe(200);
  runLedger.witness('Basic credentials', basic);
  runLedger.witness('gateway token', answer.body.access_token);
  return answer.body.access_token;
}
