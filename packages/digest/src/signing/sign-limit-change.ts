import {
  type BusinessCardLimitChange,
  type DigestSignature,
  limitChangeDigest,
} from '../digest/limit-change-digest.js';
import type { Signer } from './signer.js';

/**
 * The request with its digest signed by every signer (one for a single
 * signature, two for a first and a second). Existing signatures are kept.
 *
 * @throws {DigestInputError} when the request breaks the bank's schema
 * @example
 * ```ts
 * const signed = await signLimitChange(change, [firstSigner, secondSigner]);
 * await bank.POST('/v1/business-cards/limits', { body: signed });
 * ```
 */
export async function signLimitChange<TChange extends BusinessCardLimitChange>(
  change: TChange,
  signers: readonly Signer[],
): Promise<TChange & { digestSignatures: DigestSignature[] }> {
  const digest = limitChangeDigest(change);
  const signatures = await Promise.all(signers.map((signer) => signer.sign(digest)));
  return { ...change, digestSignatures: [...(change.digestSignatures ?? []), ...signatures] };
}
