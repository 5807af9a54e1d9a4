import { describe, expect, it } from 'vitest';
import { operationContracts } from '../../src/generated/sber-business-cards.patterns.js';
import { validateRequest } from '../../src/validation/validate-request.js';
import { validLimitChange } from '../support/fixtures.js';

const { createLimitChange, listBusinessCards, getCorporateCard } = operationContracts;

describe('validateRequest against the contracts generated from the spec', () => {
  it('accepts a request that satisfies the spec', () => {
    // Act
    const problems = validateRequest(createLimitChange, { body: validLimitChange() });

    // Assess
    expect(problems).toEqual({ fieldNames: [], checks: [] });
  });

  it('names every field that breaks its pattern, as the bank does', () => {
    // Prepare
    const body = validLimitChange({
      businessCardId: 'ccf62938-cbda-4785-a008',
      code: 'NON RENEW LIMIT CODE 2',
      limit: -1,
    });

    // Act
    const problems = validateRequest(createLimitChange, { body });

    // Assess
    expect(problems.fieldNames).toEqual(['businessCardId', 'code', 'limit']);
    expect(problems.checks).toContainEqual({
      level: 'ERROR',
      message: expect.stringContaining('businessCardId must match'),
      fields: ['businessCardId'],
    });
  });

  it('reports missing required fields and nested signature fields by path', () => {
    // Prepare
    const { code: _omitted, ...withoutCode } = validLimitChange({
      digestSignatures: [
        { base64Encoded: 'not base64!', certificateUuid: '22a6dd81-103a-4d3a-8e9b-0ba4b527f5f6' },
      ],
    });

    // Act
    const problems = validateRequest(createLimitChange, { body: withoutCode });

    // Assess
    expect(problems.fieldNames).toEqual(['code', 'digestSignatures[0].base64Encoded']);
  });

  it('accepts the five-group UUID of the erratum and refuses the four-group form of the bank text', () => {
    // Act
    const fiveGroups = validateRequest(getCorporateCard, {
      path: { corpCardId: 'ccf62938-cbda-4785-a008-12bd300bef80' },
    });
    const fourGroups = validateRequest(getCorporateCard, {
      path: { corpCardId: 'ccf62938-cbda-4785-12bd300bef80' },
    });

    // Assess
    expect(fiveGroups.fieldNames).toEqual([]);
    expect(fourGroups.fieldNames).toEqual(['corpCardId']);
  });

  it('takes any positive page and a list of known statuses', () => {
    // Act
    const valid = validateRequest(listBusinessCards, {
      query: { page: 12, statusCodes: ['ACTIVE', 'NOT_DELIVERED'] },
    });
    const invalid = validateRequest(listBusinessCards, {
      query: { page: 0, statusCodes: ['ACTIVE', 'LOST', 'ACTIVE'] },
    });
    const empty = validateRequest(listBusinessCards, { query: { page: 1.5, statusCodes: [] } });

    // Assess
    expect(valid.fieldNames).toEqual([]);
    expect(invalid.fieldNames).toEqual(['page', 'statusCodes', 'statusCodes[1]']);
    expect(empty.fieldNames).toEqual(['page', 'statusCodes']);
  });

  it('refuses more than two signatures', () => {
    // Prepare
    const signature = {
      base64Encoded: 'AAAA',
      certificateUuid: '22a6dd81-103a-4d3a-8e9b-0ba4b527f5f6',
    };

    // Act
    const problems = validateRequest(createLimitChange, {
      body: validLimitChange({ digestSignatures: [signature, signature, signature] }),
    });

    // Assess
    expect(problems.fieldNames).toEqual(['digestSignatures']);
  });
});
