import { en } from './messages.en.js';
import { type MessageKey, ru } from './messages.ru.js';

/** The site's languages; Russian first, as the seed. */
export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const dictionaries: Record<Locale, Record<MessageKey, string>> = { ru, en };

/** Values put into a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The message in `locale`, its `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The placeholders a message names, for checking that both languages name the same ones. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
