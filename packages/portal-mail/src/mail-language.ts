/** The languages of the portal's messages. */
export const MAIL_LANGUAGES = ['ru', 'en'] as const;

/** A language of the portal's messages. */
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** Russian unless the recipient's language is known to be English: the portal's first language. */
export const DEFAULT_MAIL_LANGUAGE: MailLanguage = 'ru';

/** `language` when it is one of the messages' languages, {@link DEFAULT_MAIL_LANGUAGE} otherwise. */
export function mailLanguageOf(language: string | undefined): MailLanguage {
  return (MAIL_LANGUAGES as readonly string[]).includes(language ?? '')
    ? (language as MailLanguage)
    : DEFAULT_MAIL_LANGUAGE;
}
