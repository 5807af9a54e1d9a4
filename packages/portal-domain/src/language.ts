/** The portal's languages (its site, its mails, its catalog); Russian first, the default. */
export const PORTAL_LANGUAGES = ['ru', 'en'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

/** The language of a person who chose none, and of everything said to nobody in particular. */
export const DEFAULT_PORTAL_LANGUAGE: PortalLanguage = 'ru';

/** `value` when it names a portal language, else `undefined` (an unknown locale, a region tag). */
export function portalLanguageOf(value: unknown): PortalLanguage | undefined {
  return PORTAL_LANGUAGES.find((language) => language === value);
}
