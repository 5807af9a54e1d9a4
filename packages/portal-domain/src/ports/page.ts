/** One page of a listing, newest first where the listing is time-ordered. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque; pass it back to read the next page. Absent on the last page. */
  readonly nextCursor?: string;
}

/** Which page to read. */
export interface PageRequest {
  /** At most this many items (the storage may return fewer). */
  readonly limit?: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
}
