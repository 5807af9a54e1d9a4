import {
  type AccessRequestInput,
  AccessRequestService,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  statusAfter,
} from '@devportal/portal-domain';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  operator,
  roleMatrixCells,
  serviceDependencies,
  type TestOrganisation,
  useApiWorld,
} from '../support/api-world.js';
import { WriteBarrier } from '../support/write-barrier.js';

const world = useApiWorld('access-requests');
let requests: AccessRequestService;
let org: TestOrganisation;

const input: AccessRequestInput = {
  productId: 'business-cards',
  contactName: 'Anna Petrova',
  contactEmail: 'anna@partner.example',
  contactPhone: '+7 495 000-00-00',
  purpose: 'Limits of our couriers’ fuel cards, contracts signed in November',
};

beforeAll(async () => {
  requests = new AccessRequestService(serviceDependencies(world));
});

describe('the status rules', () => {
  it('approves or rejects only a pending request and revokes only an approved one', () => {
    expect(statusAfter('pending', 'approve')).toBe('approved');
    expect(statusAfter('pending', 'reject')).toBe('rejected');
    expect(statusAfter('approved', 'revoke')).toBe('revoked');
    expect(statusAfter('approved', 'approve')).toBeUndefined();
    expect(statusAfter('rejected', 'approve')).toBeUndefined();
    expect(statusAfter('pending', 'revoke')).toBeUndefined();
    expect(statusAfter('revoked', 'reject')).toBeUndefined();
  });
});

describe('submitting', () => {
  it.each(roleMatrixCells('accessRequest.submit'))('as %s: allowed = %s', async (role, allowed) => {
    org = await world.organisation();

    const submitting = world
      .scope(org.members[role], org.id, 'accessRequest.submit')
      .then((scope) => requests.submit(org.members[role], scope, input));

    if (allowed) {
      await expect(submitting).resolves.toMatchObject({
        status: 'pending',
        organisationId: org.id,
        submittedBy: org.members[role].userId,
      });
    } else {
      await expect(submitting).rejects.toThrow(ForbiddenError);
    }
  });

  it('refuses a second open request for the same product', async () => {
    org = await world.organisation();
    await requests.submit(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'accessRequest.submit'),
      input,
    );

    await expect(
      requests.submit(
        org.members.Administrator,
        await world.scope(org.members.Administrator, org.id, 'accessRequest.submit'),
        input,
      ),
    ).rejects.toMatchObject({
      code: 'access_request_open',
    });
  });

  it('refuses malformed input and products that need no request', async () => {
    org = await world.organisation();

    await expect(
      requests.submit(
        org.members.Owner,
        await world.scope(org.members.Owner, org.id, 'accessRequest.submit'),
        { ...input, purpose: 'short' },
      ),
    ).rejects.toMatchObject({ code: 'invalid_access_request' });
    await expect(
      requests.submit(
        org.members.Owner,
        await world.scope(org.members.Owner, org.id, 'accessRequest.submit'),
        { ...input, productId: 'no-such' },
      ),
    ).rejects.toThrow(NotFoundError);
  });

  it('lets every member see the organisation’s requests, and nobody outside', async () => {
    org = await world.organisation();
    const submitted = await requests.submit(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'accessRequest.submit'),
      input,
    );

    const seen = await requests.listForOrganisation(
      await world.scope(org.members.Observer, org.id, 'organisation.view'),
    );

    expect(seen.items).toEqual([submitted]);
    await expect(world.scope(org.outsider, org.id, 'organisation.view')).rejects.toThrow(
      NotFoundError,
    );
  });
});

describe('reviewing (platform operators)', () => {
  it('refuses every member of the organisation, whatever their role', async () => {
    org = await world.organisation();
    const submitted = await requests.submit(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'accessRequest.submit'),
      input,
    );

    await expect(requests.listForReview(org.members.Owner)).rejects.toMatchObject({
      code: 'operator_only',
    });
    await expect(
      requests.decide(org.members.Owner, submitted.id, { decision: 'approve' }),
    ).rejects.toMatchObject({ code: 'operator_only' });
  });

  it('lists pending requests, approves, then revokes with comments, each audited', async () => {
    org = await world.organisation();
    const reviewer = operator();
    const submitted = await requests.submit(
      org.members.Administrator,
      await world.scope(org.members.Administrator, org.id, 'accessRequest.submit'),
      input,
    );
    const queue = await requests.listForReview(reviewer, 'pending', { limit: 100 });

    const approved = await requests.decide(reviewer, submitted.id, {
      decision: 'approve',
      comment: 'Contracts signed',
    });
    const revoked = await requests.decide(reviewer, submitted.id, {
      decision: 'revoke',
      comment: 'Contract ended',
    });
    const { items: events } = await world.repositories.auditTrail.list(org.id, { limit: 10 });

    expect(queue.items.map((request) => request.id)).toContain(submitted.id);
    expect(approved).toMatchObject({ status: 'approved', decidedBy: reviewer.userId });
    expect(revoked).toMatchObject({ status: 'revoked', comment: 'Contract ended' });
    // The test clock stands still, so the events share a timestamp: compare them as a set.
    expect(events.map((event) => `${event.action} by ${event.actorRole}`).sort()).toEqual([
      'access_request.approved by null',
      'access_request.revoked by null',
      'access_request.submitted by Administrator',
      'organisation.created by Owner',
    ]);
    const stillPending = await requests.listForReview(reviewer, 'pending', { limit: 100 });
    expect(stillPending.items.map((request) => request.id)).not.toContain(submitted.id);
    const revokedList = await requests.listForReview(reviewer, 'revoked', { limit: 100 });
    expect(revokedList.items.map((request) => request.id)).toContain(submitted.id);
  });

  it('refuses a decision that does not apply, and an unknown request', async () => {
    org = await world.organisation();
    const reviewer = operator();
    const submitted = await requests.submit(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'accessRequest.submit'),
      input,
    );
    await requests.decide(reviewer, submitted.id, { decision: 'reject', comment: 'No NDA' });

    await expect(requests.decide(reviewer, submitted.id, { decision: 'approve' })).rejects.toThrow(
      ConflictError,
    );
    await expect(requests.decide(reviewer, 'no-such', { decision: 'approve' })).rejects.toThrow(
      NotFoundError,
    );
  });

  it('accepts a new request after a rejection, under a new id', async () => {
    org = await world.organisation();
    const reviewer = operator();
    const first = await requests.submit(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'accessRequest.submit'),
      input,
    );
    await requests.decide(reviewer, first.id, { decision: 'reject' });

    const second = await requests.submit(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'accessRequest.submit'),
      input,
    );

    expect(second.id).not.toBe(first.id);
    await expect(requests.decide(reviewer, first.id, { decision: 'approve' })).rejects.toThrow(
      NotFoundError,
    );
    await expect(
      requests.decide(reviewer, second.id, { decision: 'approve' }),
    ).resolves.toMatchObject({ status: 'approved' });
  });

  it('lets exactly one of two concurrent decisions win', async () => {
    org = await world.organisation();
    const submitted = await requests.submit(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'accessRequest.submit'),
      input,
    );

    const deps = serviceDependencies(world);
    const racing = new AccessRequestService({
      ...deps,
      accessRequests: new WriteBarrier(2).hold(deps.accessRequests, ['decide']),
    });

    const outcomes = await Promise.allSettled([
      racing.decide(operator(), submitted.id, { decision: 'approve' }),
      racing.decide(operator(), submitted.id, { decision: 'reject' }),
    ]);

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
  });
});
