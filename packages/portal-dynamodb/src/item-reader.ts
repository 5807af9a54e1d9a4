import type { StoredItem } from './document-store.js';

/**
 * Reads the fields of one stored item, each checked against the type the domain expects, so an
 * item the code did not write (a hand edit, a half-migrated table) fails where it is read, naming
 * the item and the field, instead of travelling on as a wrong value.
 *
 * @example
 * const read = new ItemReader(item, 'Member');
 * const membership = { userId: read.string('userId'), role: read.oneOf('role', ROLES), … };
 */
export class ItemReader {
  constructor(
    private readonly item: StoredItem,
    /** The entity the item stores, for the error's message. */
    private readonly entity: string,
  ) {}

  string(field: string): string {
    const value = this.item[field];
    if (typeof value !== 'string') throw this.malformed(field, 'a string');
    return value;
  }

  optionalString(field: string): string | undefined {
    return this.item[field] === undefined ? undefined : this.string(field);
  }

  number(field: string): number {
    const value = this.item[field];
    if (typeof value !== 'number') throw this.malformed(field, 'a number');
    return value;
  }

  optionalNumber(field: string): number | undefined {
    return this.item[field] === undefined ? undefined : this.number(field);
  }

  /** A number set (`NS`), as the document client reads one; empty when the item has none. */
  numberSet(field: string): ReadonlySet<number> {
    const value = this.item[field];
    if (value === undefined) return new Set();
    if (!(value instanceof Set) || ![...value].every((entry) => typeof entry === 'number')) {
      throw this.malformed(field, 'a number set');
    }
    return new Set([...value].map(Number));
  }

  boolean(field: string): boolean {
    const value = this.item[field];
    if (typeof value !== 'boolean') throw this.malformed(field, 'a boolean');
    return value;
  }

  /** A string that is one of `values` (a role, a kind, a contour). */
  oneOf<Value extends string>(field: string, values: readonly Value[]): Value {
    const value = this.string(field);
    const known = values.find((candidate) => candidate === value);
    if (known === undefined) throw this.malformed(field, `one of ${values.join(', ')}`);
    return known;
  }

  /** `oneOf`, or `null` when the item stores none. */
  nullableOneOf<Value extends string>(field: string, values: readonly Value[]): Value | null {
    return this.item[field] === null ? null : this.oneOf(field, values);
  }

  strings(field: string): string[] {
    const value = this.item[field];
    if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) {
      throw this.malformed(field, 'a list of strings');
    }
    return value;
  }

  /** A list of strings each one of `values` (a webhook's event types). */
  listOf<Value extends string>(field: string, values: readonly Value[]): Value[] {
    return this.strings(field).map((value) => {
      const known = values.find((candidate) => candidate === value);
      if (known === undefined) throw this.malformed(field, `a list of ${values.join(', ')}`);
      return known;
    });
  }

  /** A map of strings to strings (audit details). */
  stringMap(field: string): Record<string, string> {
    return Object.fromEntries(
      Object.entries(this.map(field)).map(([key, value]) => {
        if (typeof value !== 'string') throw this.malformed(`${field}.${key}`, 'a string');
        return [key, value];
      }),
    );
  }

  /** A nested map, read with a reader of its own (its fields named under `field`). */
  nested(field: string): ItemReader {
    return new ItemReader(this.map(field), `${this.entity} ${field}`);
  }

  /** A map whose every value is read by `readEntry` with a reader of its own. */
  mapOf<Entry>(field: string, readEntry: (entry: ItemReader) => Entry): Entry[] {
    return Object.keys(this.map(field)).map((key) => readEntry(this.nested(field).nested(key)));
  }

  /** A list whose every entry is a map read by `readEntry` with a reader of its own. */
  listOfMaps<Entry>(field: string, readEntry: (entry: ItemReader) => Entry): Entry[] {
    const value = this.item[field];
    if (!Array.isArray(value)) throw this.malformed(field, 'a list of maps');
    return value.map((entry: unknown, index) => {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        throw this.malformed(`${field}[${index}]`, 'a map');
      }
      return readEntry(
        new ItemReader(
          Object.fromEntries(Object.entries(entry)),
          `${this.entity} ${field}[${index}]`,
        ),
      );
    });
  }

  private map(field: string): StoredItem {
    const value = this.item[field];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw this.malformed(field, 'a map');
    }
    return Object.fromEntries(Object.entries(value));
  }

  private malformed(field: string, expected: string): Error {
    const where = typeof this.item.PK === 'string' ? ` ${this.item.PK} / ${this.item.SK}` : '';
    return new Error(`Malformed ${this.entity} item${where}: ${field} is not ${expected}`);
  }
}
