import { join } from 'node:path';

/** How a captured log's file name ends in the run's directory. */
export const LOG_SUFFIX = '.log';

/** The file holding the log lines of `source` in the run's directory. */
export function logFile(runDirectory: string, source: string): string {
  return join(runDirectory, `${source}${LOG_SUFFIX}`);
}
