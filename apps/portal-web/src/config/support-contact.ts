/** How people reach the portal's support: an e-mail address and, optionally, a help page. */
export interface SupportContact {
  readonly email: string;
  /** A help or support page, `https:` (or `http:` on the local stack). */
  readonly url?: string;
}

/**
 * The `support` entry of `/config.json`: absent means the deployment names no contact (and the
 * site shows none); present, it must hold an e-mail address and may hold a web address, so the
 * site never shows a broken link.
 */
export function parseSupportContact(value: unknown): SupportContact | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('config.json: support must be an object');
  }
  const { email, url } = value as Record<string, unknown>;
  if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new Error('config.json: support.email must be an e-mail address');
  }
  if (url === undefined) return { email };
  if (typeof url !== 'string' || !isWebAddress(url)) {
    throw new Error('config.json: support.url must be an http(s) address');
  }
  return { email, url };
}

function isWebAddress(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
