/** The `DEBUG` name that makes `devportal-digest` print an unexpected error's stack. */
export const DEBUG_NAME = 'devportal-digest';

/**
 * What `devportal-digest` prints for an error it does not expect: one line naming the error, or,
 * when `debug` (the `DEBUG` environment variable: names separated by commas or spaces, `*` for
 * all) names {@link DEBUG_NAME}, that line and the stack.
 */
export function unexpectedErrorReport(
  command: string,
  error: unknown,
  debug: string | undefined,
): string {
  const line = `devportal-digest ${command}: unexpected error: ${oneLine(error)}`;
  const names = (debug ?? '').split(/[\s,]+/);
  if (names.includes(DEBUG_NAME) || names.includes('*')) {
    return `${line}\n${error instanceof Error ? error.stack : String(error)}\n`;
  }
  return `${line} (a defect: report it; DEBUG=${DEBUG_NAME} prints the stack)\n`;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s*\n\s*/g, ' ');
}
