import { readFileSync } from 'node:fs';

/**
 * The state letter Linux reports for `pid` in `/proc/<pid>/stat` (`T` stopped, `S` sleeping,
 * `R` running), `X` once the process is gone: how the harness knows a SIGSTOP has landed.
 */
export function processState(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.charAt(0) ?? 'X';
  } catch {
    return 'X';
  }
}
