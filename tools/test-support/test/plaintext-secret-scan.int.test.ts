import { describe, expect, it } from 'vitest';
import { SecretWitness } from '../src/index.js';

describe('SecretWitness over log lines', () => {
  it('names each line holding a remembered secret by its source and position, never by the secret', () => {
    // Prepare
    const witness = new SecretWitness();
    witness.remember('Client Secret', 's3cr3t-value');
    witness.remember('bank token', 'bank-token-1');
    const lines = [
      { source: 'stack', line: 'GET /v1/me 200' },
      { source: 'stack', line: 'leaked s3cr3t-value here' },
      { source: 'sync', line: 'Authorization: Bearer bank-token-1' },
    ];

    // Act
    const findings = witness.findInLines(lines);

    // Assess
    expect(findings).toEqual([
      { key: 'stack line 2', secretLabel: 'Client Secret' },
      { key: 'sync line 3', secretLabel: 'bank token' },
    ]);
  });
});
