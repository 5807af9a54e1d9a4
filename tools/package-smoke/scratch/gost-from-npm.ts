// GOST from the npm install of @devportal/digest: the limit change's raw signature
// (a known vector made once, and fresh keys), then GOST_CYCLES keygen+sign+verify
// cycles through the public API. Prints one JSON line with the failures counted.
import { readFileSync } from 'node:fs';
import {
  certificateFromPem,
  createGostCredentials,
  limitChangeDigest,
  privateKeyFromPem,
  signText,
  verifyText,
} from '@devportal/digest';

interface KnownVector {
  change: Parameters<typeof limitChangeDigest>[0];
  certificatePem: string;
  rawSignature: string;
}

const vector = JSON.parse(
  readFileSync(new URL('../gost-known-vector.json', import.meta.url), 'utf8'),
) as KnownVector;
const text = limitChangeDigest(vector.change);
const cycles = Number(process.env.GOST_CYCLES ?? 200);

/** keygen, a raw signature of the limit change, and its verification with the new certificate */
function signAndVerifyWithFreshKey(): boolean {
  const credentials = createGostCredentials({ commonName: 'npm install check' });
  const certificate = certificateFromPem(credentials.certificatePem);
  const base64Encoded = signText({
    text,
    privateKey: privateKeyFromPem(credentials.privateKeyPem),
    certificate,
    format: 'raw',
  });
  return verifyText({ text, base64Encoded, format: 'raw', certificate }).valid;
}

const knownVector = verifyText({
  text,
  base64Encoded: vector.rawSignature,
  format: 'raw',
  certificate: certificateFromPem(vector.certificatePem),
});
const errors: Record<string, number> = {};
let failures = 0;
const started = performance.now();
for (let cycle = 0; cycle < cycles; cycle++) {
  try {
    if (!signAndVerifyWithFreshKey()) failures++;
  } catch (error) {
    failures++;
    errors[String(error)] = (errors[String(error)] ?? 0) + 1;
  }
}
console.log(
  JSON.stringify({
    knownVectorValid: knownVector.valid,
    cycles,
    failures,
    errors,
    msPerCycle: Math.round(((performance.now() - started) / Math.max(cycles, 1)) * 100) / 100,
  }),
);
