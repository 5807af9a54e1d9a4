import { randomUUID } from 'node:crypto';
import type { TestSigningCredentials } from '@devportal/bank-sandbox';
import { SoftwareGostSigner, signLimitChange } from '@devportal/digest';
import { describe, expect, it } from 'vitest';
import { SANDBOX_USER_HEADER } from '../../src/index.js';
import { useGatewayWorld } from '../support/gateway-world.js';

const world = useGatewayWorld('gateway-sandbox-users');
const VECTOR = 'vector.director';

/** A gateway path with the token and, when named, the sandbox user. */
const get = (path: string, token: string, user?: string) =>
  fetch(`${world.server.url}${path}`, {
    headers: {
      authorization: `Bearer ${token}`,
      ...(user !== undefined && { [SANDBOX_USER_HEADER]: user }),
    },
  });
const cardsAs = (token: string, user?: string) =>
  get('/cards/fintech/api/v1/business-cards?page=1&statusCodes=ACTIVE', token, user);
const stateAs = (token: string, externalId: string, user?: string) =>
  get(`/cards/fintech/api/v1/business-cards/limits/${externalId}/state`, token, user);
/** `createLimitChange` through the gateway as the sandbox user. */
const createAs = (token: string, body: object, user: string) =>
  fetch(`${world.apiUrl}/v1/business-cards/limits`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      [SANDBOX_USER_HEADER]: user,
    },
    body: JSON.stringify(body),
  });
const vector = () => world.sandbox.organizations.find((org) => org.name === 'АО «Вектор»');

describe("the sandbox contour's choice of seeded user", () => {
  it('lists the seeded users with their organisation and cards, to a sandbox plan only', async () => {
    const token = await world.token(await world.application('roomy'));
    const planless = await world.token(await world.application(undefined));

    const answer = await get('/cards/sandbox/users', token);
    const refused = await get('/cards/sandbox/users', planless);

    const { users, defaultLogin } = (await answer.json()) as {
      users: Record<string, unknown>[];
      defaultLogin: string;
    };
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(defaultLogin).toBe('romashka.director');
    expect(users.find((user) => user.login === VECTOR)).toMatchObject({
      organization: { name: 'АО «Вектор»' },
      cardCount: 100,
      signAuthorities: ['SINGLE'],
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ cause: 'ACTION_ACCESS_EXCEPTION' });
  });

  it('acts as the chosen user: their cards, their key, a limit change they sign', async () => {
    const token = await world.token(await world.application('roomy'));
    const vectorCards = new Set(vector()?.cards.map((card) => card.businessCardId));

    const asDefault = (await (await cardsAs(token)).json()) as {
      businessCards: { businessCardId: string }[];
    };
    const asVector = (await (await cardsAs(token, VECTOR)).json()) as {
      businessCards: { businessCardId: string }[];
    };
    const credentials = (await (
      await get(`/cards/sandbox/test-signing-credentials?user=${VECTOR}`, token)
    ).json()) as TestSigningCredentials;
    const card = asVector.businessCards[0]?.businessCardId ?? '';
    const signed = await signLimitChange(
      { businessCardId: card, code: 'NON_RENEW', externalId: randomUUID(), limit: 4200 },
      [new SoftwareGostSigner(credentials)],
    );
    const created = await createAs(token, signed, VECTOR);

    expect(asVector.businessCards.every((one) => vectorCards.has(one.businessCardId))).toBe(true);
    expect(asDefault.businessCards.some((one) => vectorCards.has(one.businessCardId))).toBe(false);
    expect(credentials).toEqual(await world.sandbox.signingCredentials(VECTOR));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ bankStatus: 'SIGNED' });
    // The organisation's documents are its own whichever user it acts as.
    expect((await stateAs(token, signed.externalId)).status).toBe(200);
  });

  it("never reaches another partner's documents, with the same user or any other", async () => {
    const mine = await world.token(await world.application('roomy'));
    const theirs = await world.token(await world.application('roomy'));
    const card = vector()?.cards.find((one) => one.status === 'ACTIVE')?.businessCardId ?? '';
    const externalId = randomUUID();
    const created = await createAs(
      mine,
      { businessCardId: card, code: 'NON_RENEW', externalId, limit: 1000 },
      VECTOR,
    );

    const sameUser = await stateAs(theirs, externalId, VECTOR);
    const defaultUser = await stateAs(theirs, externalId);

    expect(created.status).toBe(201);
    expect(sameUser.status).toBe(404);
    expect(defaultUser.status).toBe(404);
  });

  it('refuses what is no seeded login in the bank format, without signing anyone in', async () => {
    const token = await world.token(await world.application('roomy'));
    const authorizations = world.sandbox.requestCount('authorize');

    const answers = await Promise.all(
      ['../romashka.director', 'Vector Director', '', 'x'.repeat(65)].map((user) =>
        cardsAs(token, user),
      ),
    );
    const wellFormedButUnknown = await cardsAs(token, 'nobody.at.all');
    const keyOfNobody = await get('/cards/sandbox/test-signing-credentials?user=nobody', token);
    const keyOfReader = await get(
      '/cards/sandbox/test-signing-credentials?user=newstart.director',
      token,
    );

    for (const answer of [...answers, wellFormedButUnknown]) {
      expect(answer.status).toBe(400);
      expect(await answer.json()).toMatchObject({
        cause: 'VALIDATION_FAULT',
        checks: [{ fields: ['X-Sandbox-User'] }],
      });
    }
    // Only the well-formed login went to the sandbox's sign-in, which refused it.
    expect(world.sandbox.requestCount('authorize')).toBe(authorizations + 1);
    expect(keyOfNobody.status).toBe(404);
    expect(keyOfReader.status).toBe(404);
  });
});
