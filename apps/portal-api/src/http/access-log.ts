/** One structured log line; never carries a token, a secret or the Authorization header. */
export type LogEntry = Readonly<Record<string, string | number | boolean | undefined>>;

/** Where log lines go. */
export type Logger = (entry: LogEntry) => void;

/** One JSON line per entry on stdout: what CloudWatch and the local terminal both read well. */
export const jsonLinesLogger: Logger = (entry) => {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
};
