import { describe, expect, it } from 'vitest';
import { type GatewayCaller, gatewayCaller } from '../support/gateway-caller.js';
import {
  awaitRefusal,
  probeToken,
  REVOCATION_DEADLINE_MS,
  type RevocationOutcome,
} from '../support/gateway-revocation-probe.js';
import { gatewayToken, portalOk } from '../support/stack-session.js';

/** An application with a live gateway token, its calls reaching the bank. */
async function callingApplication(label: string): Promise<GatewayCaller> {
  const caller = await gatewayCaller(label);
  const accepted = await probeToken(caller.token);
  expect(accepted.answer.status).toBe(404);
  expect(accepted.reachedBank).toBe(true);
  return caller;
}

/** The old token refused in the bank's format within the deadline, and nothing of it at the bank after. */
async function expectRevoked(what: string, token: string, outcome: RevocationOutcome) {
  console.info(
    `gateway revocation (${what}): ${
      outcome.refusedAfterMs === undefined
        ? `still accepted after ${REVOCATION_DEADLINE_MS} ms`
        : `401 after ${Math.round(outcome.refusedAfterMs)} ms`
    }; ${outcome.callsThatReachedBank} call(s) reached the bank meanwhile`,
  );
  expect(outcome.refusedAfterMs, `refused within ${REVOCATION_DEADLINE_MS} ms`).toBeDefined();
  expect(outcome.refusedAfterMs).toBeLessThanOrEqual(REVOCATION_DEADLINE_MS);
  expect(outcome.refusal?.body?.cause).toBe('UNAUTHORIZED');
  expect(typeof outcome.refusal?.body?.referenceId).toBe('string');
  const after = await probeToken(token);
  expect(after.answer.status).toBe(401);
  expect(after.reachedBank).toBe(false);
}

describe('adversarial: a gateway token stops within 5 s of its revocation', () => {
  it('stops when its application is deleted', async () => {
    const { organisation, application, token } = await callingApplication('revoke-app');

    await portalOk(
      organisation.members.Owner,
      'DELETE',
      `/v1/organizations/${organisation.id}/applications/${application.id}`,
    );
    const outcome = await awaitRefusal(token, performance.now());

    await expectRevoked('application deleted', token, outcome);
  });

  it('stops when its organisation is deleted', async () => {
    const { organisation, token } = await callingApplication('revoke-org');

    await portalOk(organisation.members.Owner, 'DELETE', `/v1/organizations/${organisation.id}`);
    const outcome = await awaitRefusal(token, performance.now());

    await expectRevoked('organisation deleted', token, outcome);
  });

  it('stops when its secret is re-issued without overlap', async () => {
    const { organisation, application, token } = await callingApplication('revoke-secret');

    const reissued = await portalOk(
      organisation.members.Owner,
      'POST',
      `/v1/organizations/${organisation.id}/applications/${application.id}/secret`,
      { body: { overlapSeconds: 0 } },
    );
    const outcome = await awaitRefusal(token, performance.now());

    await expectRevoked('secret re-issued, overlap 0', token, outcome);
    const fresh = await gatewayToken({ ...application, clientSecret: reissued.clientSecret });
    expect((await probeToken(fresh)).answer.status).toBe(404);
  });

  it('keeps working through a re-issue overlap and stops within 5 s of its end', async () => {
    const overlapSeconds = 3;
    const { organisation, application, token } = await callingApplication('revoke-overlap');

    const reissued = await portalOk(
      organisation.members.Owner,
      'POST',
      `/v1/organizations/${organisation.id}/applications/${application.id}/secret`,
      { body: { overlapSeconds } },
    );
    const duringOverlap = await probeToken(token);
    const fresh = await gatewayToken({ ...application, clientSecret: reissued.clientSecret });
    const overlapEnds = Date.parse(reissued.previousSecretExpiresAt);
    while (Date.now() < overlapEnds) await probeToken(token);
    const outcome = await awaitRefusal(token, performance.now());

    expect(duringOverlap.answer.status).toBe(404);
    await expectRevoked(`secret re-issued, overlap ${overlapSeconds} s ended`, token, outcome);
    expect((await probeToken(fresh)).answer.status).toBe(404);
  });
});
