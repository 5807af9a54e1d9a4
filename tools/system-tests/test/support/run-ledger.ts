import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { LOG_SUFFIX, logFile } from './log-file.js';
import './provided-context.js';

/** One secret a suite saw, by a label safe to print. */
export interface WitnessedSecret {
  readonly label: string;
  readonly secret: string;
}

const SECRETS_FILE = 'secrets.jsonl';

/**
 * What every suite leaves for the final scan, in the run's directory: the secrets it saw (so the
 * scan knows what to look for) and the log lines it captured. Files, because each test file runs
 * in a worker of its own.
 */
export const runLedger = {
  /** Remembers a secret the run produced; empty values are ignored. */
  witness(label: string, secret: string | undefined): void {
    if (!secret) return;
    const entry: WitnessedSecret = { label, secret };
    appendFileSync(join(inject('runDirectory'), SECRETS_FILE), `${JSON.stringify(entry)}\n`);
  },

  /** Keeps the log lines a suite captured from a composition of its own. */
  keepLogLines(source: string, lines: readonly string[]): void {
    if (lines.length === 0) return;
    appendFileSync(logFile(inject('runDirectory'), source), `${lines.join('\n')}\n`);
  },

  /** Every secret witnessed so far. */
  secrets(): WitnessedSecret[] {
    return readLines(join(inject('runDirectory'), SECRETS_FILE)).map(
      (line) => JSON.parse(line) as WitnessedSecret,
    );
  },

  /** Every captured log line, by its source (the stack's and each suite's). */
  logLines(): { source: string; line: string }[] {
    const directory = inject('runDirectory');
    return readdirSync(directory)
      .filter((name) => name.endsWith(LOG_SUFFIX))
      .flatMap((name) =>
        readLines(join(directory, name)).map((line) => ({
          source: name.slice(0, -LOG_SUFFIX.length),
          line,
        })),
      );
  },
};

function readLines(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split('\n').filter(Boolean);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
