import type { Grant } from '../oauth/token-store.js';

/**
 * Whose limit-change documents a token reaches, as a key. At the bank an organisation's documents
 * are the organisation's, whichever user or client sends them, and an `externalId` names one
 * document within the organisation. The sandbox's seeded organisations are shared demo
 * organisations (every portal organisation calling test APIs acts as one), so a token may name a
 * tenant of its client **(sandbox)**: the tenant's documents are a space of their own, numbered on
 * their own, where another tenant's `externalId` is as unknown as a fresh one. A tenant keeps one
space whichever seeded user (and so organisation) it acts as: a portal organisation that switches
between the sandbox's users reaches all of its documents with any of them.
 */
export function documentOwnerOf(grant: Grant): string {
  const { organizationId, tenant } = grant;
  return tenant === undefined ? organizationId : JSON.stringify([tenant.clientId, tenant.id]);
}
