import { setTimeout } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { HttpAnswer } from '../support/http-answer.js';
import {
  type PlantedInvitation,
  plantedInvitation,
  plantingScene,
} from '../support/invitation-planting.js';
import { portal, portalOk } from '../support/stack-session.js';

/** How long after the removal each round sends the acceptance: from together to just after. */
const ACCEPT_DELAYS_MS = [0, 0, 10, 25, 50, 100, 200];

interface RaceOutcome {
  readonly delayMs: number;
  readonly removal: number;
  readonly acceptance: number;
  readonly accompliceJoined: boolean;
  readonly removedAt?: string;
  readonly acceptedAt?: string;
}

/** Whether `answer` is a 4xx in the portal API's problem-details format. */
function expectProblem(answer: HttpAnswer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toBe('application/problem+json');
  expect(answer.body).toMatchObject({ status, code });
}

function accept(planted: PlantedInvitation): Promise<HttpAnswer> {
  return portal(
    planted.accomplice,
    'POST',
    `/v1/invitations/${encodeURIComponent(planted.token)}/accept`,
  );
}

/** What the organisation's managers see of the planted invitation: listed, and its audit trail. */
async function visibility(planted: PlantedInvitation) {
  const base = `/v1/organizations/${planted.organisationId}`;
  const listed = await portalOk(planted.owner, 'GET', `${base}/invitations`);
  const audit = await portalOk(planted.owner, 'GET', `${base}/audit-events?limit=100`);
  return {
    pending: listed.items.some((item: { id: string }) => item.id === planted.invitationId),
    revocations: audit.items.filter(
      (event: { action: string; target: { id: string } }) =>
        event.action === 'invitation.revoked' && event.target.id === planted.invitationId,
    ),
  };
}

/** When the audit trail says the inviter was removed and the planted invitation accepted. */
async function raceTrail(planted: PlantedInvitation) {
  const audit = await portalOk(
    planted.owner,
    'GET',
    `/v1/organizations/${planted.organisationId}/audit-events?limit=100`,
  );
  const at = (action: string, targetId: string): string | undefined =>
    audit.items.find(
      (event: { action: string; target: { id: string } }) =>
        event.action === action && event.target.id === targetId,
    )?.at;
  return {
    accompliceJoined: (await membersOf(planted)).includes(planted.accomplice.userId),
    removedAt: at('member.removed', planted.inviter.userId),
    acceptedAt: at('invitation.accepted', planted.invitationId),
  };
}

async function membersOf(planted: PlantedInvitation): Promise<string[]> {
  const page = await portalOk(
    planted.owner,
    'GET',
    `/v1/organizations/${planted.organisationId}/members`,
  );
  return page.items.map((member: { userId: string }) => member.userId);
}

describe('adversarial: an Administrator plants an invitation for their second account', () => {
  it.each([
    { change: 'removes', method: 'DELETE', body: undefined, reason: 'inviter_removed' },
    { change: 'demotes', method: 'PATCH', body: { role: 'Developer' }, reason: 'inviter_demoted' },
  ])(
    'is revoked when the Owner $change the Administrator, and can no longer be accepted',
    async ({ change, method, body, reason }) => {
      // Prepare
      const planted = await plantedInvitation(await plantingScene(`plant-${change}`));

      // Act
      await portalOk(
        planted.owner,
        method,
        `/v1/organizations/${planted.organisationId}/members/${planted.inviter.userId}`,
        body === undefined ? {} : { body },
      );
      const accepted = await accept(planted);

      // Assess
      expectProblem(accepted, 409, 'invitation_revoked');
      expect(await membersOf(planted)).not.toContain(planted.accomplice.userId);
      const seen = await visibility(planted);
      expect(seen.pending).toBe(false);
      expect(seen.revocations).toHaveLength(1);
      expect(seen.revocations[0].details).toMatchObject({ reason });
    },
  );

  it('never admits the accomplice after the removal committed, however the two interleave', async () => {
    // Prepare
    const outcomes: RaceOutcome[] = [];
    const scenes = await Promise.all(
      ACCEPT_DELAYS_MS.map(async (delayMs, round) => ({
        delayMs,
        planted: await plantedInvitation(await plantingScene(`plant-race-${round}`)),
      })),
    );

    for (const { delayMs, planted } of scenes) {
      // Act: the removal first, the acceptance `delayMs` later, both in flight together
      const [removal, acceptance] = await Promise.all([
        portal(
          planted.owner,
          'DELETE',
          `/v1/organizations/${planted.organisationId}/members/${planted.inviter.userId}`,
        ),
        setTimeout(delayMs).then(() => accept(planted)),
      ]);
      outcomes.push({
        delayMs,
        removal: removal.status,
        acceptance: acceptance.status,
        ...(await raceTrail(planted)),
      });
    }
    console.info(`invitation race outcomes: ${JSON.stringify(outcomes)}`);

    // Assess: an acceptance that succeeded committed while the inviter was still an
    // Administrator (its audit event is no later than the removal's); a removal that succeeded
    // left the accomplice out unless they were in before it.
    const acceptedAfterRemoval = outcomes.filter(
      (outcome) =>
        outcome.removal === 204 &&
        outcome.acceptance === 200 &&
        (outcome.acceptedAt ?? '') > (outcome.removedAt ?? ''),
    );
    expect(acceptedAfterRemoval).toEqual([]);
    for (const outcome of outcomes) {
      expect([200, 409]).toContain(outcome.acceptance);
      expect([204, 409]).toContain(outcome.removal);
      expect(outcome.accompliceJoined).toBe(outcome.acceptance === 200);
    }
  }, 180_000);
});
