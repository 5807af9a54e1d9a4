import fc from 'fast-check';

/** Strings that have broken other systems: injections, traversal, templates, control and RTL characters. */
const HOSTILE_STRINGS = [
  "' OR '1'='1' --",
  '"; DROP TABLE devportal; --',
  '{"$ne": null}',
  '{"$where": "sleep(1000)"}',
  '__proto__',
  'constructor',
  'prototype',
  '\u0000',
  'a\u0000b',
  '\u202eevil.exe',
  'مرحبا שלום',
  '👩‍👩‍👧‍👦'.repeat(40),
  '\ud800',
  '../../../etc/passwd',
  '%2e%2e%2f%00',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, on purpose
  '${7*7}{{7*7}}',
  'ORG#other',
  'x'.repeat(5_000),
  '',
  ' ',
];

/** A hostile string: a known troublemaker, or any unicode. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 64 }),
  fc.string({ unit: 'binary', maxLength: 32 }),
);

/** Numbers at and beyond the edges of what JSON and JavaScript hold. */
export const hugeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 64, -(2 ** 63), Number.MAX_SAFE_INTEGER + 2, -0, 5e-324),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Numbers as text, as they reach query strings: too long, exponent overflow, not numbers at all. */
export const hugeNumberText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('9'.repeat(400), '1e309', '-1e309', 'NaN', 'Infinity', '0x10', '1_000', '-0'),
  hugeNumber.map(String),
);

/** Objects that try to pollute prototypes once parsed and merged. */
const pollution: fc.Arbitrary<unknown> = fc.constantFrom(
  JSON.parse('{"__proto__": {"isAdmin": true, "role": "Owner"}}'),
  { constructor: { prototype: { isAdmin: true } } },
  JSON.parse('{"__proto__": null}'),
);

/** Any JSON value a hostile client might put where another was expected. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hugeNumber,
  fc.boolean(),
  fc.constant(null),
  pollution,
  fc.array(hostileString, { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 4 }),
);

/** JSON nested `depth` levels deep: `{"a":{"a":…1…}}`. */
function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Bodies no operation can accept, sent as they are. */
export const RAW_BODIES: readonly {
  label: string;
  body: string | Uint8Array;
  contentType: string;
}[] = [
  { label: 'JSON nested 10,000 deep', body: deepJson(10_000), contentType: 'application/json' },
  {
    label: 'arrays nested 10,000 deep',
    body: `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    contentType: 'application/json',
  },
  {
    label: 'a 1 MB body',
    body: JSON.stringify({ name: 'x'.repeat(1_048_576) }),
    contentType: 'application/json',
  },
  {
    label: 'NUL bytes outside strings',
    body: '\u0000{"name":"x"}\u0000',
    contentType: 'application/json',
  },
  {
    label: 'bytes that are not UTF-8',
    body: new Uint8Array([0x7b, 0xff, 0xfe, 0xc0, 0xaf, 0x7d]),
    contentType: 'application/json',
  },
  { label: 'truncated JSON', body: '{"name": "x', contentType: 'application/json' },
  {
    label: 'a number too large for JSON',
    body: `{"limit": 1${'0'.repeat(400)}}`,
    contentType: 'application/json',
  },
  {
    label: 'XML',
    body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    contentType: 'application/xml',
  },
];
