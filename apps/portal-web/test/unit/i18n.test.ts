import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages.en.js';
import { ru } from '../../src/i18n/messages.ru.js';
import { placeholdersOf, translate } from '../../src/i18n/translate.js';

describe('the dictionaries', () => {
  it('have the same keys in Russian and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });

  it('say something for every key, naming the same placeholders in both languages', () => {
    const keys = Object.keys(ru) as (keyof typeof ru)[];
    const mismatched = keys.filter(
      (key) =>
        ru[key].trim() === '' ||
        en[key].trim() === '' ||
        placeholdersOf(en[key]).join() !== placeholdersOf(ru[key]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('ru', 'org.delete.title', { name: 'Ромашка' })).toBe('Удалить «Ромашка»?');
    expect(translate('en', 'org.delete.title')).toBe('Delete “{name}”?');
  });
});
