import type { CompleteSignature } from '../digest/limit-change-digest.js';

/**
 * Anything that signs a digest text for the bank: the built-in
 * {@link SoftwareGostSigner}, a hardware token, or a remote signing service.
 * It signs the UTF-8 bytes of `digestText` with GOST R 34.10-2012 and names the
 * certificate by the UUID the bank knows it by.
 *
 * @example
 * ```ts
 * const remoteSigner: Signer = {
 *   async sign(digestText) {
 *     const response = await fetch('https://signing.example/sign', { method: 'POST', body: digestText });
 *     return (await response.json()) as CompleteSignature;
 *   },
 * };
 * ```
 */
export interface Signer {
  sign(digestText: string): Promise<CompleteSignature>;
}
