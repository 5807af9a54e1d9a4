import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { logFile } from './log-file.js';
import './provided-context.js';

/** How the stack prefixes its bank sandbox's lines: one per request the sandbox received. */
const SANDBOX_LINE = 'sandbox ';

/**
 * The requests the stack's bank sandbox logged whose method, path or query contains `marker`
 * (the sandbox logs every request it receives, answered or not, known operation or not). A
 * probe carrying a fresh marker thus shows whether anything of it reached the bank.
 */
export async function sandboxRequestsWith(marker: string): Promise<string[]> {
  const log = await readFile(logFile(inject('runDirectory'), 'stack'), 'utf8');
  return log.split('\n').filter((line) => line.startsWith(SANDBOX_LINE) && line.includes(marker));
}
