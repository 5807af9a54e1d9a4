import type { MailLanguage } from '../mail-language.js';

const ROLE_NAMES: Readonly<Record<MailLanguage, Readonly<Record<string, string>>>> = {
  ru: {
    Owner: 'Владелец',
    Administrator: 'Администратор',
    Developer: 'Разработчик',
    Observer: 'Наблюдатель',
  },
  en: {
    Owner: 'Owner',
    Administrator: 'Administrator',
    Developer: 'Developer',
    Observer: 'Observer',
  },
};

/** The role's name as the website shows it in `language`. */
export function roleName(role: string, language: MailLanguage): string {
  return ROLE_NAMES[language][role] ?? role;
}

/** Who signs every message. */
export const SIGNATURE: Readonly<Record<MailLanguage, string>> = {
  ru: 'Портал разработчиков',
  en: 'Developer portal',
};
