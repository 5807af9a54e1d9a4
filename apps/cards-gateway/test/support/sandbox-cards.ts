import type { BankSandbox } from '@devportal/bank-sandbox';

/** The sandbox's seeded demo organisation, the one every sandbox call acts for. */
export const ROMASHKA = 'd4795a53-207d-40ed-9114-c4af1d0ff816';

/** An active card of the sandbox's demo organisation, for limit changes. */
export function firstActiveCard(sandbox: BankSandbox): string {
  const romashka = sandbox.organizations.find((org) => org.id === ROMASHKA);
  const card = romashka?.cards.find((candidate) => candidate.status === 'ACTIVE');
  if (!card) throw new Error('the seeded organisation has no active card');
  return card.businessCardId;
}
