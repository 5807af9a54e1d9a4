/**
 * The form of an `externalId` the gateway keys records and replays by. The bank reads it as a
 * UUID, case-insensitively (as the sandbox does), so a create repeated in another case is the
 * same document there and must meet the same record here.
 */
export function externalIdKey(externalId: string): string {
  return externalId.toLowerCase();
}
