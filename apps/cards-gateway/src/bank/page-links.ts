import type { BankAnswer } from './bank-answer.js';

/**
 * A page of the card list with its `_links` pointing at the gateway instead of the bank, so a
 * client following `next` (the SDK's auto-pagination) stays on the gateway and its token never
 * leaves it. Links elsewhere, and bodies that are not a page, pass unchanged.
 */
export function rewritePageLinks(
  answer: BankAnswer,
  bank: { readonly origin: string; readonly basePath: string },
  gatewayBasePath: string,
): BankAnswer {
  if (answer.status !== 200 || !answer.contentType?.includes('json')) return answer;
  let page: { _links?: { href?: unknown }[] };
  try {
    page = JSON.parse(Buffer.from(answer.body).toString('utf8'));
  } catch {
    return answer;
  }
  if (!Array.isArray(page._links) || page._links.length === 0) return answer;
  const apiRoot = `${bank.basePath}/`;
  for (const link of page._links) {
    if (typeof link?.href !== 'string') continue;
    const target = new URL(link.href, `${bank.origin}${apiRoot}`);
    if (target.origin === bank.origin && target.pathname.startsWith(apiRoot)) {
      link.href = `${gatewayBasePath}${target.pathname.slice(bank.basePath.length)}${target.search}`;
    }
  }
  return { ...answer, body: Buffer.from(JSON.stringify(page)) };
}
