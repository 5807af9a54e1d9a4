import { DigestInputError } from '../digest/digest-input-error.js';
import {
  type BusinessCardLimitChange,
  type CompleteSignature,
  limitChangeDigest,
} from '../digest/limit-change-digest.js';
import type { Signer } from './signer.js';

/**
 * The request with its digest signed by every signer (one for a single
 * signature, two for a first and a second). Existing signatures are kept, first;
 * each must have both fields, as a signer makes them.
 * The result is still a `BusinessCardLimitChange`, so it goes to sber-client's
 * `createLimitChange` as it is.
 *
 * @throws {DigestInputError} when the request breaks the bank's schema, or an
 * existing signature lacks `base64Encoded` or `certificateUuid`
 * @example
 * ```ts
 * const signed = await signLimitChange(change, [firstSigner, secondSigner]);
 * await client.createLimitChange(signed);
 * ```
 */
export async function signLimitChange<TChange extends BusinessCardLimitChange>(
  change: TChange,
  signers: readonly Signer[],
): Promise<Omit<TChange, 'digestSignatures'> & { digestSignatures: CompleteSignature[] }> {
  const digest = limitChangeDigest(change);
  const existing = (change.digestSignatures ?? []).map(completeSignature);
  const signatures = await Promise.all(signers.map((signer) => signer.sign(digest)));
  return { ...change, digestSignatures: [...existing, ...signatures] };
}

function completeSignature(
  signature: NonNullable<BusinessCardLimitChange['digestSignatures']>[number],
  index: number,
): CompleteSignature {
  const { base64Encoded, certificateUuid } = signature;
  if (base64Encoded === undefined || certificateUuid === undefined) {
    throw new DigestInputError(
      `digestSignatures[${index}]`,
      'missing',
      'an existing signature needs both base64Encoded and certificateUuid',
    );
  }
  return { ...signature, base64Encoded, certificateUuid };
}
