import { randomInt } from 'node:crypto';
import { type ScryptCost, type ScryptHash, scryptHash, scryptMatches } from './scrypt-hash.js';

/** How long a reset code works: as Cognito's, one hour. */
export const RESET_CODE_TTL_MS = 60 * 60 * 1000;
/** Wrong codes after which the person's code stops working and a new one must be asked for. */
export const RESET_CODE_MAX_ATTEMPTS = 5;
/** Digits of a code: 8, so five guesses find one with a chance of 1 in 20 million. */
const CODE_DIGITS = 8;
/**
 * A cheaper scrypt than passwords': a code lives an hour and five guesses, so the hash only has
 * to keep a stolen store from handing out codes, and each check stays near 50 ms.
 */
const CODE_SCRYPT_COST: ScryptCost = { N: 2 ** 14, r: 8, p: 1 };

interface PendingReset {
  readonly hash: ScryptHash;
  readonly expiresAt: number;
  wrongAttempts: number;
}

/**
 * The password reset codes of the people of one directory, held in memory (a code that dies with
 * the process only means asking again): stored hashed, one per person (asking again replaces it),
 * single use, expiring after {@link RESET_CODE_TTL_MS} and voided after
 * {@link RESET_CODE_MAX_ATTEMPTS} wrong guesses.
 */
export class PasswordResetCodes {
  readonly #pending = new Map<string, PendingReset>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A new code for the person `userId` (the previous one stops working), and when it expires. */
  async issue(userId: string): Promise<{ code: string; expiresAt: Date }> {
    const code = String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
    const expiresAt = this.now() + RESET_CODE_TTL_MS;
    this.#pending.set(userId, {
      hash: await scryptHash(code, CODE_SCRYPT_COST),
      expiresAt,
      wrongAttempts: 0,
    });
    return { code, expiresAt: new Date(expiresAt) };
  }

  /** Takes as long as {@link issue} and keeps nothing: for an address nobody registered. */
  async imitateIssue(): Promise<void> {
    await scryptHash(String(randomInt(0, 10 ** CODE_DIGITS)), CODE_SCRYPT_COST);
  }

  /**
   * Whether `code` is the person's current one; a right code is used up, a wrong one counts
   * towards the limit, and an expired or exhausted one is forgotten.
   */
  async consume(userId: string, code: string): Promise<boolean> {
    const pending = this.#pending.get(userId);
    if (!pending) {
      // As slow as a real check: the answer's timing must not tell who asked for a code.
      await scryptHash(code, CODE_SCRYPT_COST);
      return false;
    }
    if (this.now() >= pending.expiresAt) {
      this.#pending.delete(userId);
      return false;
    }
    // Counted before the slow check, so parallel guesses cannot outrun the limit.
    pending.wrongAttempts += 1;
    if (pending.wrongAttempts > RESET_CODE_MAX_ATTEMPTS) {
      this.#pending.delete(userId);
      return false;
    }
    if (!(await scryptMatches(code, pending.hash))) {
      if (pending.wrongAttempts >= RESET_CODE_MAX_ATTEMPTS) this.#pending.delete(userId);
      return false;
    }
    // Only the entry this check read: a code issued meanwhile stays.
    if (this.#pending.get(userId) !== pending) return false;
    this.#pending.delete(userId);
    return true;
  }
}
