import { readFileSync } from 'node:fs';
import { DigestInputError } from '../digest/digest-input-error.js';
import { type BusinessCardLimitChange, limitChangeDigest } from '../digest/limit-change-digest.js';
import { CliError, EXIT } from './cli-error.js';

/** The text of `path`, or a {@link CliError} saying why it cannot be read. */
export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
      EXIT.input,
    );
  }
}

/** A limit-change request read from a JSON file, with its digest. */
export function readLimitChange(path: string): { change: BusinessCardLimitChange; digest: string } {
  let change: BusinessCardLimitChange;
  try {
    change = JSON.parse(readText(path, 'document'));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path} is not JSON: ${(error as Error).message}`, EXIT.input);
  }
  try {
    return { change, digest: limitChangeDigest(change) };
  } catch (error) {
    if (error instanceof DigestInputError)
      throw new CliError(`${path}: ${error.message}`, EXIT.input);
    throw error;
  }
}
