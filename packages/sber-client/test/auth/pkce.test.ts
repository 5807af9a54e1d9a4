import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAuthorizationRequest, createPkcePair, pkceChallengeOf } from '../../src/index.js';

describe('PKCE without node:crypto', () => {
  it('computes the challenge of RFC 7636 appendix B', () => {
    expect(pkceChallengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes 43-character base64url verifiers whose challenge is their SHA-256', () => {
    // Act
    const pairs = Array.from({ length: 50 }, () => createPkcePair());

    // Assess
    for (const { codeVerifier, codeChallenge } of pairs) {
      expect(codeVerifier).toMatch(/^[\w-]{43}$/);
      expect(codeChallenge).toBe(
        createHash('sha256').update(codeVerifier, 'ascii').digest('base64url'),
      );
    }
    expect(new Set(pairs.map((pair) => pair.codeVerifier)).size).toBe(50);
  });

  it('gives each authorization request a fresh 256-bit state', () => {
    // Act
    const states = Array.from(
      { length: 20 },
      () =>
        createAuthorizationRequest({
          authorizeUrl: 'https://sbi.example/ic/sso/api/v2/oauth/authorize',
          clientId: 'client',
          redirectUri: 'https://app.example/callback',
          scopes: ['BUSINESS_CARD_LIMIT'],
        }).state,
    );

    // Assess
    expect(states.every((state) => /^[\w-]{43}$/.test(state))).toBe(true);
    expect(new Set(states).size).toBe(20);
  });
});
