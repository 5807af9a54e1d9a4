import { expect } from 'vitest';
import { runLedger } from './run-ledger.js';
import { type Person, portalOk } from './stack-session.js';

/** What the bank's redirect to the website's callback page carries. */
export type BankRedirect = Readonly<Record<string, string>>;

/**
 * `starter` starts connecting the organisation's bank, and whoever opens the authorize URL
 * consents at the stack's bank sandbox (which consents at once): the query of the redirect back.
 */
export async function consentedAuthorization(
  starter: Person,
  organisationId: string,
): Promise<BankRedirect> {
  const started = await portalOk(
    starter,
    'POST',
    `/v1/organizations/${organisationId}/bank-connection/authorization`,
  );
  const authorizeUrl = new URL(started.authorizeUrl);
  runLedger.witness('bank authorization state', authorizeUrl.searchParams.get('state') ?? '');
  const atTheBank = await fetch(authorizeUrl, { redirect: 'manual' });
  expect(atTheBank.status).toBe(302);
  const redirect = new URL(atTheBank.headers.get('location') ?? '');
  runLedger.witness('bank authorization code', redirect.searchParams.get('code') ?? '');
  return Object.fromEntries(redirect.searchParams);
}
