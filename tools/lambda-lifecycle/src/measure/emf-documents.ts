/**
 * The CloudWatch embedded-metric-format documents an invocation printed (Powertools writes one JSON
 * line with an `_aws` member per flush): what CloudWatch would turn into metrics.
 */
function emfDocuments(logs: readonly string[]): Record<string, unknown>[] {
  return logs
    .filter((line) => line.startsWith('{') && line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The values of `metric` among the EMF documents of `logs`, in the order they were printed. */
export function emfValues(logs: readonly string[], metric: string): unknown[] {
  return emfDocuments(logs)
    .filter((document) => metric in document)
    .map((document) => document[metric]);
}
