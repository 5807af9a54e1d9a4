import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import { createSberClient } from '@devportal/sber-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fastBackoff, limitChangeOn } from '../support/fixtures.js';

let sandbox: BankSandbox;
beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0, pageSize: 50 });
});
afterEach(() => {
  sandbox.setFaults({});
  sandbox.clearRequestLog();
});
afterAll(() => sandbox.close());

function client() {
  return createSberClient({
    environment: sandbox.apiBaseUrl,
    accessToken: sandbox.issueAccessToken(),
    backoff: fastBackoff,
  });
}

function limitChangeOfFirstCard() {
  const businessCardId = sandbox.organizations[0]?.cards[0]?.businessCardId ?? '';
  return limitChangeOn(businessCardId, { limit: 150000 });
}

describe('limit changes against the sandbox', () => {
  it('creates a draft and reads its state', async () => {
    // Prepare
    const request = limitChangeOfFirstCard();

    // Act
    const result = await client().createLimitChange(request);
    const state = await client().getLimitChangeState(request.externalId);

    // Assess
    expect(result).toMatchObject({
      outcome: 'created',
      document: { externalId: request.externalId, bankStatus: 'CREATED' },
    });
    expect(state.bankStatus).toBe('CREATED');
  });

  it('after a connection dropped once the document was saved, returns it instead of creating a second', async () => {
    // Prepare
    sandbox.setFaults({
      createLimitChange: { failNext: { count: 1, status: 'drop', phase: 'after' } },
    });
    const request = limitChangeOfFirstCard();

    // Act
    const result = await client().createLimitChange(request);

    // Assess
    expect(result).toEqual({
      outcome: 'alreadyCreated',
      externalId: request.externalId,
      state: expect.objectContaining({ bankStatus: 'CREATED' }),
    });
    expect(sandbox.requestCount('createLimitChange', { handledOnly: true })).toBe(1);
    expect(sandbox.requestCount('createLimitChange')).toBe(1);
    expect(sandbox.requestCount('getLimitChangeState')).toBe(1);
  });

  it('after a connection dropped before the bank saw it, creates the document once', async () => {
    // Prepare
    sandbox.setFaults({
      createLimitChange: { failNext: { count: 1, status: 'drop', phase: 'before' } },
    });
    const request = limitChangeOfFirstCard();

    // Act
    const result = await client().createLimitChange(request);

    // Assess
    expect(result.outcome).toBe('created');
    expect(sandbox.requestCount('createLimitChange', { handledOnly: true })).toBe(1);
  });

  it('a signature by an unknown certificate is a WORKFLOW_FAULT result', async () => {
    // Prepare
    const request = {
      ...limitChangeOfFirstCard(),
      digestSignatures: [
        { base64Encoded: 'AAAA', certificateUuid: '22a6dd81-103a-4d3a-8e9b-0ba4b527f5f6' },
      ],
    };

    // Act
    const result = await client().createLimitChange(request);

    // Assess
    expect(result).toMatchObject({
      outcome: 'signaturesRejected',
      fault: { cause: 'WORKFLOW_FAULT' },
    });
    if (result.outcome !== 'signaturesRejected') throw new Error('narrowed above');
    expect(result.fault.checks?.[0]?.fields).toEqual(['digestSignatures[0].certificateUuid']);
  });

  it('lists the certificates of the crypto profile', async () => {
    // Act
    const info = await client().getCryptoInfo();

    // Assess
    expect(info.certificateInfos?.map((certificate) => certificate.uuid)).toEqual(
      sandbox.organizations[0]?.users[0]?.certificates.map((certificate) => certificate.uuid),
    );
  });
});
