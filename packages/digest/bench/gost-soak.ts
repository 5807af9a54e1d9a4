// Counts failures of the GOST arithmetic over many random inputs: modular
// inverses mod q and mod p, and keygen+sign+verify cycles over the limit change
// whose raw signature node-gost-crypto 1.0.2 could never verify. A script, not
// a timed test. Run: pnpm --filter @devportal/digest soak
// (INVERSES=1000000 CYCLES=20000 by default; writes bench/soak-results.json).
import { writeFileSync } from 'node:fs';
import { machineFacts } from '@devportal/bench-report';
import { limitChangeDigest } from '../src/digest/limit-change-digest.js';
import { CRYPTO_PRO_A } from '../src/signing/gost-curves.js';
import { generateGostKeyPair, gostSign, gostVerify } from '../src/signing/gost-primitives.js';

const INVERSES = Number(process.env.INVERSES ?? 1_000_000);
const CYCLES = Number(process.env.CYCLES ?? 20_000);

const text = limitChangeDigest({
  businessCardId: 'fb19ec13-b766-4389-8039-61ea42e9dd6d',
  code: 'NON_RENEW',
  externalId: '31663ef5-7975-4016-b0f3-000000002fb9',
  limit: 100000,
});
const data = new TextEncoder().encode(text);

function randomResidue(modulus: bigint): bigint {
  const bytes = new Uint8Array(32);
  for (;;) {
    globalThis.crypto.getRandomValues(bytes);
    const value = BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
    if (value > 0n && value < modulus) return value;
  }
}

function inverseFailures(field: typeof CRYPTO_PRO_A.Point.Fp) {
  const started = performance.now();
  let failures = 0;
  for (let index = 0; index < INVERSES; index++) {
    const value = randomResidue(field.ORDER);
    try {
      if ((value * field.inv(value)) % field.ORDER !== 1n) failures++;
    } catch {
      failures++;
    }
  }
  return {
    inputs: INVERSES,
    failures,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

function cycleFailures() {
  const started = performance.now();
  const errors: Record<string, number> = {};
  let failures = 0;
  for (let index = 0; index < CYCLES; index++) {
    try {
      const keys = generateGostKeyPair();
      if (!gostVerify(keys.publicKey, gostSign(keys.privateKey, data), data)) failures++;
    } catch (error) {
      failures++;
      const name = String(error);
      errors[name] = (errors[name] ?? 0) + 1;
    }
  }
  return {
    cycles: CYCLES,
    failures,
    errors,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

const machine = machineFacts();
const results = {
  measuredAt: new Date().toISOString(),
  machine,
  inversesModQ: inverseFailures(CRYPTO_PRO_A.Point.Fn),
  inversesModP: inverseFailures(CRYPTO_PRO_A.Point.Fp),
  keygenSignVerify: cycleFailures(),
};
console.log(JSON.stringify(results, null, 2));
writeFileSync(
  new URL('./soak-results.json', import.meta.url),
  `${JSON.stringify(results, null, 2)}\n`,
);
