import type { Actor } from '../context/actor.js';

/**
 * The actor's display name as stored with their profile and memberships: trimmed, and absent
 * when the identity token carries none (the e-mail address then stands for the person).
 */
export function personNameOf(actor: Actor): { readonly name?: string } {
  const name = actor.name?.trim();
  return name ? { name } : {};
}
