/** The portal's languages (its site, its mails, its catalog); Russian first, the default. */
export const PORTAL_LANGUAGES = ['ru', 'en'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

/** `value` when it names a portal language, else `undefined` (an unknown locale, a region tag). */
export function portalLanguageOf(value: unknown): PortalLanguage | undefined {
  return PORTAL_LANGUAGES.find((language) => language === value);
}
