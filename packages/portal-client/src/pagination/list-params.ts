/** How a list is read. */
export interface ListParams {
  /** items per page, 1 to 100 (the portal's default is 20) */
  readonly limit?: number | undefined;
  /** where to start: the `nextCursor` of a page read earlier; the first page when absent */
  readonly cursor?: string | undefined;
}
