import { beforeAll, describe, expect, it } from 'vitest';
import type { HttpAnswer } from '../support/http-answer.js';
import { runLedger } from '../support/run-ledger.js';
import { type Person, portal, portalOk, signUp } from '../support/stack-session.js';

function expectNotFound(answer: HttpAnswer): void {
  expect(answer.status, answer.text).toBe(404);
  expect(answer.headers.get('content-type')).toBe('application/problem+json');
  expect(answer.body).toMatchObject({ status: 404, code: 'invitation_not_found' });
}

/** `token` with its last character changed: as close to the real one as a guess gets. */
function nearMiss(token: string): string {
  const last = token.at(-1) === 'A' ? 'B' : 'A';
  return `${token.slice(0, -1)}${last}`;
}

describe('the invitation preview and my pending invitations', () => {
  let owner: Person;
  let invitee: Person;
  let stranger: Person;
  let organisationId: string;
  let token: string;

  beforeAll(async () => {
    owner = await signUp('preview-owner');
    invitee = await signUp('preview-invitee');
    stranger = await signUp('preview-stranger');
    organisationId = (
      await portalOk(owner, 'POST', '/v1/organizations', { body: { name: 'Preview Org' } })
    ).id;
    const issued = await portalOk(
      owner,
      'POST',
      `/v1/organizations/${organisationId}/invitations`,
      {
        body: { email: invitee.email, role: 'Developer' },
      },
    );
    token = issued.token;
    runLedger.witness('invitation token (preview)', token);
  });

  it('names the organisation, the role and the inviter to the holder of the token', async () => {
    const preview = await portalOk(invitee, 'GET', `/v1/invitations/${token}`);
    expect(preview).toMatchObject({
      organization: { id: organisationId, name: 'Preview Org' },
      role: 'Developer',
      email: invitee.email,
      inviter: { name: 'preview-owner', email: owner.email },
    });
    expect(JSON.stringify(preview)).not.toContain(token);
  });

  it('answers the same 404 to any token but the exact one, and to nobody signed out', async () => {
    expectNotFound(await portal(invitee, 'GET', `/v1/invitations/${nearMiss(token)}`));
    expectNotFound(await portal(stranger, 'GET', `/v1/invitations/${'A'.repeat(43)}`));
    expect((await portal(undefined, 'GET', `/v1/invitations/${token}`)).status).toBe(401);
  });

  it('lists an invitation to the invitee only, without its token', async () => {
    const mine = await portalOk(invitee, 'GET', '/v1/me/invitations');
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      organization: { id: organisationId, name: 'Preview Org' },
      role: 'Developer',
      inviter: { name: 'preview-owner' },
    });
    expect(JSON.stringify(mine)).not.toContain(token);
    expect((await portalOk(stranger, 'GET', '/v1/me/invitations')).items).toEqual([]);
  });

  it('forgets a revoked invitation and an accepted one', async () => {
    const revocable = await portalOk(
      owner,
      'POST',
      `/v1/organizations/${organisationId}/invitations`,
      {
        body: { email: stranger.email, role: 'Observer' },
      },
    );
    runLedger.witness('invitation token (revoked)', revocable.token);
    expect((await portalOk(stranger, 'GET', '/v1/me/invitations')).items).toHaveLength(1);
    await portalOk(
      owner,
      'DELETE',
      `/v1/organizations/${organisationId}/invitations/${revocable.invitation.id}`,
    );
    expectNotFound(await portal(stranger, 'GET', `/v1/invitations/${revocable.token}`));
    expect((await portalOk(stranger, 'GET', '/v1/me/invitations')).items).toEqual([]);

    await portalOk(invitee, 'POST', `/v1/invitations/${token}/accept`);
    expectNotFound(await portal(invitee, 'GET', `/v1/invitations/${token}`));
    expect((await portalOk(invitee, 'GET', '/v1/me/invitations')).items).toEqual([]);
  });
});
