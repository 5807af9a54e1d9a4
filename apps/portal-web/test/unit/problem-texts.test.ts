import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { en } from '../../src/i18n/messages.en.js';
import { ru } from '../../src/i18n/messages.ru.js';
import { fieldLabelKey, isProblemCode } from '../../src/i18n/problem-text.js';

/** The problem codes spec/portal.yaml lists (`components.schemas.ProblemCode`). */
function specProblemCodes(): string[] {
  const spec = parse(
    readFileSync(new URL('../../../../spec/portal.yaml', import.meta.url), 'utf8'),
  );
  return spec.components.schemas.ProblemCode.enum;
}

const texts: Record<string, Record<string, string>> = { ru, en };

describe('the texts of the portal API problem codes', () => {
  const codes = specProblemCodes();

  it('reads the spec list', () => {
    expect(codes).toContain('access_request_open');
    expect(codes.length).toBeGreaterThan(50);
  });

  it.each(['ru', 'en'])('has a %s text for every code the spec lists', (locale) => {
    const missing = codes.filter((code) => !texts[locale]?.[`problem.${code}`]?.trim());

    expect(missing).toEqual([]);
  });

  it('says it in Russian on Russian pages (Cyrillic, never the English text)', () => {
    const notRussian = codes.filter((code) => {
      const text = ru[`problem.${code}` as keyof typeof ru];
      return !/[а-яё]/i.test(text) || text === en[`problem.${code}` as keyof typeof en];
    });

    expect(notRussian).toEqual([]);
  });

  it('keeps no text for a code the spec does not list', () => {
    const stale = Object.keys(ru)
      .filter((key) => key.startsWith('problem.') && key !== 'problem.field')
      .map((key) => key.slice('problem.'.length))
      .filter((code) => !codes.includes(code));

    expect(stale).toEqual([]);
  });

  it('recognises listed codes only', () => {
    expect(isProblemCode('access_request_open')).toBe(true);
    expect(isProblemCode('no_such_code')).toBe(false);
    expect(isProblemCode(undefined)).toBe(false);
  });

  it('labels an offending field in words, and hides a field no form asks for', () => {
    expect(fieldLabelKey('body.contactEmail')).toBe('field.contactEmail');
    expect(fieldLabelKey('query.from')).toBe('field.from');
    expect(fieldLabelKey('path.orgId')).toBeUndefined();
  });
});
