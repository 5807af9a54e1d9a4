import {
  DEFAULT_PORTAL_LANGUAGE,
  PORTAL_LANGUAGES,
  type PortalLanguage,
  portalLanguageOf,
} from '@devportal/portal-domain';

/** The languages of the portal's messages: the portal's own. */
export const MAIL_LANGUAGES = PORTAL_LANGUAGES;

/** A language of the portal's messages. */
export type MailLanguage = PortalLanguage;

/** Russian unless the recipient's language is known to be English: the portal's first language. */
export const DEFAULT_MAIL_LANGUAGE: MailLanguage = DEFAULT_PORTAL_LANGUAGE;

/** `language` when it is one of the messages' languages, {@link DEFAULT_MAIL_LANGUAGE} otherwise. */
export function mailLanguageOf(language: string | undefined): MailLanguage {
  return portalLanguageOf(language) ?? DEFAULT_MAIL_LANGUAGE;
}
