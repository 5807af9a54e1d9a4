import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

describe('node-gost-crypto as installed', () => {
  it('carries the workspace patch for its modular inverse (1.0.2 calls an undefined `subtract`)', () => {
    // Unpatched, key generation and verification fail at random with "subtract is not defined"
    // whenever the inverse lands at or above the modulus (seen in CI as a flaky key generation).
    const source = readFileSync(
      createRequire(import.meta.url).resolve('node-gost-crypto/lib/gostSign.js'),
      'utf8',
    );

    expect(source).not.toMatch(/\bsubtract\(/);
    expect(source).toContain('return sub(d, m);');
  });
});
