import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineDocumentDigest, freeText } from '../src/index.js';

interface Note {
  title: string;
  body: string;
  author: string;
  zone: string;
}

const noteDigest = defineDocumentDigest<Note>({
  zone: freeText,
  title: freeText,
  body: freeText,
  author: freeText,
});

const note = fc.record({
  title: fc.string(),
  body: fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\\', '=', 'я') }),
  author: fc.string(),
  zone: fc.string(),
});

describe('defineDocumentDigest', () => {
  it('escapes a newline inside a value as backslash + n', () => {
    const digest = noteDigest({ title: 't', body: 'one\ntwo\n', author: 'a', zone: 'z' });

    expect(digest).toBe('author=a\nbody=one\\ntwo\\n\ntitle=t\nzone=z');
  });

  it('writes one line per declared field, sorted by name, without a trailing newline', () => {
    fc.assert(
      fc.property(note, (document) => {
        const lines = noteDigest(document).split('\n');

        expect(lines.map((line) => line.slice(0, line.indexOf('=')))).toEqual([
          'author',
          'body',
          'title',
          'zone',
        ]);
        expect(noteDigest(document).endsWith('\n')).toBe(false);
      }),
    );
  });

  it('keeps every value on its own line', () => {
    fc.assert(
      fc.property(note, (document) => {
        const lines = noteDigest(document).split('\n');

        expect(lines).toHaveLength(4);
        expect(lines[1]).toBe(`body=${document.body.replaceAll('\n', '\\n')}`);
      }),
    );
  });

  it('is stable for equal documents, whatever their key order', () => {
    fc.assert(
      fc.property(note, (document) => {
        const reordered = Object.fromEntries(Object.entries(document).reverse()) as unknown as Note;

        expect(noteDigest(reordered)).toBe(noteDigest({ ...document }));
      }),
    );
  });
});
