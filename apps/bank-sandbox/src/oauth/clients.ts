import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A partner application registered with the sandbox's SberBusiness ID. */
export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  name?: string;
  /** exact redirect URIs; for loopback hosts (127.0.0.1, localhost, [::1]) any port matches (RFC 8252 §7.3) */
  redirectUris: string[];
  /** the scopes this client may ask for */
  scopes: string[];
  /** the user who consents when the authorize request carries no `login_hint` */
  defaultLogin?: string;
}

/** The file the registered clients are read from by default. */
export const DEFAULT_CLIENTS_FILE = fileURLToPath(
  new URL('../../config/oauth-clients.json', import.meta.url),
);

/** Reads registered clients from a JSON file `{ "clients": [...] }`. */
export function loadOAuthClients(file: string = DEFAULT_CLIENTS_FILE): OAuthClient[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { clients?: unknown };
  if (!Array.isArray(parsed.clients)) throw new Error(`${file}: expected { "clients": [...] }`);
  for (const client of parsed.clients as OAuthClient[]) {
    if (!client.clientId || !client.clientSecret || !Array.isArray(client.redirectUris)) {
      throw new Error(`${file}: every client needs clientId, clientSecret and redirectUris`);
    }
  }
  return parsed.clients as OAuthClient[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether `uri` is one of the client's redirect URIs. */
export function redirectUriAllowed(client: OAuthClient, uri: string): boolean {
  if (client.redirectUris.includes(uri)) return true;
  let wanted: URL;
  try {
    wanted = new URL(uri);
  } catch {
    return false;
  }
  if (!LOOPBACK.has(wanted.hostname) || wanted.protocol !== 'http:') return false;
  return client.redirectUris.some((registered) => {
    const r = new URL(registered);
    return (
      r.protocol === wanted.protocol &&
      r.hostname === wanted.hostname &&
      r.pathname === wanted.pathname &&
      r.search === wanted.search
    );
  });
}
