import { randomUUID } from 'node:crypto';
import { SoftwareGostSigner, signLimitChange } from '@devportal/digest';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type HttpAnswer, send } from '../support/http-answer.js';
import { LOAD_TEST_PLAN_ID } from '../support/load-test-catalog.js';
import {
  gatewayToken,
  type Person,
  portalOk,
  signUp,
  subscribedApplication,
} from '../support/stack-session.js';

/** One organisation calling the sandbox contour through the gateway. */
interface SandboxCaller {
  readonly owner: Person;
  readonly organisationId: string;
  readonly token: string;
}

const api = () => inject('gatewayApiBaseUrl');
const NON_RENEW = 'NON_RENEW';

let a: SandboxCaller;
let b: SandboxCaller;
let cardId: string;
/** A's documents: one signed (so it carries A's signatures and moves on), one a draft. */
let aSigned: string;
let aDraft: string;

async function sandboxCaller(label: string): Promise<SandboxCaller> {
  const owner = await signUp(label);
  const organisation = await portalOk(owner, 'POST', '/v1/organizations', {
    body: { name: label },
  });
  // The load plan: the sandbox plan's 5 calls a second would space this file's calls out.
  const application = await subscribedApplication(owner, organisation.id, LOAD_TEST_PLAN_ID);
  return { owner, organisationId: organisation.id, token: await gatewayToken(application) };
}

function create(caller: SandboxCaller, body: Record<string, unknown>): Promise<HttpAnswer> {
  return send('POST', `${api()}/v1/business-cards/limits`, { bearer: caller.token, body });
}

/** The requisites of a change of the card's NON_RENEW limit. */
function requisites(externalId: string, limit: number) {
  return { businessCardId: cardId, code: NON_RENEW, externalId, limit };
}

/** Creates a draft (no signatures) of `requisites`. */
function createDraft(caller: SandboxCaller, externalId: string, limit: number) {
  return create(caller, requisites(externalId, limit));
}

function stateOf(caller: SandboxCaller, externalId: string): Promise<HttpAnswer> {
  return send('GET', `${api()}/v1/business-cards/limits/${externalId}/state`, {
    bearer: caller.token,
  });
}

/** The limit change as the portal recorded it for the caller's organisation. */
function recordedState(caller: SandboxCaller, externalId: string) {
  const path = `/v1/organizations/${caller.organisationId}/limit-changes/${externalId}`;
  return portalOk(caller.owner, 'GET', path);
}

/** What a create answer shows besides the values that are new with every document. */
function shapeOf(answer: HttpAnswer) {
  const { number: _number, date: _date, externalId: _externalId, ...rest } = answer.body ?? {};
  return { status: answer.status, keys: Object.keys(answer.body ?? {}).sort(), rest };
}

beforeAll(async () => {
  [a, b] = await Promise.all([sandboxCaller('extid-a'), sandboxCaller('extid-b')]);
  const page = await send('GET', `${api()}/v1/business-cards?page=1&statusCodes=ACTIVE`, {
    bearer: a.token,
  });
  expect(page.status, page.text).toBe(200);
  cardId = page.body.businessCards[0].businessCardId;
  const credentials = await send(
    'GET',
    `${inject('sandboxUrl')}/sandbox/users/romashka.director/test-credentials`,
  );
  aSigned = randomUUID();
  const signed = await signLimitChange(requisites(aSigned, 1_000), [
    new SoftwareGostSigner(credentials.body),
  ]);
  const createdSigned = await create(a, signed);
  expect(createdSigned.body.bankStatus, createdSigned.text).toBe('SIGNED');
  aDraft = randomUUID();
  const createdDraft = await createDraft(a, aDraft, 2_000);
  expect(createdDraft.status, createdDraft.text).toBe(201);
}, 60_000);

describe("sandbox contour: another organisation's externalId", () => {
  it('with the same requisites is a fresh document of the caller, without the owner’s signatures or status', async () => {
    // Act
    const fresh = await createDraft(b, randomUUID(), 1_000);
    const reposted = await createDraft(b, aSigned, 1_000);

    // Assess
    console.info(
      `sandbox externalId: B re-posting A's signed document got ${reposted.status} ${reposted.body?.bankStatus} with ${reposted.body?.digestSignatures?.length ?? 0} signatures; a fresh id ${fresh.status} ${fresh.body?.bankStatus}`,
    );
    expect(shapeOf(reposted)).toEqual(shapeOf(fresh));
    expect(reposted.body.externalId).toBe(aSigned);
    expect((await stateOf(b, aSigned)).body.bankStatus).toBe('CREATED');
    expect((await recordedState(b, aSigned)).state).toBe('CREATED');
    expect((await stateOf(a, aSigned)).body.bankStatus).not.toBe('CREATED');
  });

  it('with other requisites is answered as a fresh id is, and the owner’s document stays as it was', async () => {
    // Act
    const fresh = await createDraft(b, randomUUID(), 3_000);
    const reposted = await createDraft(b, aDraft, 3_000);

    // Assess
    console.info(
      `sandbox externalId: B posting A's draft id with other requisites got ${reposted.status} ${reposted.body?.cause ?? reposted.body?.bankStatus}; a fresh id ${fresh.status} ${fresh.body?.bankStatus}`,
    );
    expect(shapeOf(reposted)).toEqual(shapeOf(fresh));
    expect(reposted.body.limit).toBe(3_000);
    const aReplay = await createDraft(a, aDraft, 2_000);
    expect(aReplay.status).toBe(201);
    expect(aReplay.body.limit).toBe(2_000);
    expect((await stateOf(a, aDraft)).body.bankStatus).toBe('CREATED');
    expect((await recordedState(a, aDraft)).state).toBe('CREATED');
  });

  it("never answers a state read of the other organisation's document but its own", async () => {
    const unknown = await stateOf(b, randomUUID());
    expect(unknown.status).toBe(404);
    const aOnly = randomUUID();
    const created = await createDraft(a, aOnly, 4_000);
    expect(created.status).toBe(201);
    const probed = await stateOf(b, aOnly);
    expect({ status: probed.status, cause: probed.body?.cause }).toEqual({
      status: unknown.status,
      cause: unknown.body?.cause,
    });
  });
});
