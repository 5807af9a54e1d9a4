import type { components } from '../generated/portal.js';

/** A person's preferred language: the portal's e-mails to them are written in it. */
export type PreferredLanguage = components['schemas']['Language'];

/** The languages a person may prefer, the portal's first language first. */
export const PREFERRED_LANGUAGES: readonly PreferredLanguage[] = ['ru', 'en'];

/** The language of a person who chose none: the portal's first language. */
export const DEFAULT_PREFERRED_LANGUAGE: PreferredLanguage = 'ru';
