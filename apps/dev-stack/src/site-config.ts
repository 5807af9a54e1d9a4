import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';

/** How people reach support, as the website's `/config.json` names it (`support`). */
export interface SupportContact {
  readonly email: string;
  readonly url?: string;
}

/** The local stack's support contact: an address of the local inbox's own domain. */
export const LOCAL_SUPPORT_CONTACT: SupportContact = { email: 'support@devportal.localhost' };

/**
 * Answers `/config.json` of the built site in `siteDirectory` with the stack's support contact
 * added, as infra writes the deployed one: the site shows no contact without it.
 */
export function siteConfigHandler(siteDirectory: string, support: SupportContact | undefined) {
  return async (c: Context): Promise<Response> => {
    const built = JSON.parse(await readFile(join(siteDirectory, 'config.json'), 'utf8'));
    c.header('cache-control', 'no-store');
    return c.json({ ...built, ...(support && { support }) });
  };
}
