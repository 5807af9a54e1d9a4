import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page of `size` cards shaped like the bank's, with a `next` link unless it is the last. */
function pageBody(page: number, size: number, pages: number): string {
  const businessCards = Array.from({ length: size }, (_, index) => ({
    businessCardId: `00000000-0000-4000-8000-${String(page * size + index).padStart(12, '0')}`,
    cardExpiredDate: '2028-09-30',
    cardPan: '546938******0711',
    cardholderName: 'Иванов Михаил Петрович',
    accountNumber: '40702810013351894287',
    bankBic: '044525225',
    embossedText: 'MIKHAIL IVANOV',
    cardholderBirthday: '1969-09-21',
    cardType: 'MASTERCARD BUSINESS',
    status: 'ACTIVE',
  }));
  const next = `/fintech/api/v1/business-cards?page=${page + 1}&statusCodes=ACTIVE`;
  return JSON.stringify({
    _links: page < pages ? [{ rel: 'next', href: next }] : [],
    businessCards,
  });
}

/**
 * A keep-alive HTTP server on loopback that serves `pages` pages of `size` cards, each rendered
 * once up front, so the bench measures the client and not the server.
 */
export async function startPageServer(
  pages: number,
  size: number,
): Promise<{ apiBaseUrl: string; close: () => Promise<void> }> {
  const bodies = Array.from({ length: pages }, (_, index) => pageBody(index + 1, size, pages));
  const server: Server = createServer((request, response) => {
    const page = Number(new URL(request.url ?? '/', 'http://bench').searchParams.get('page'));
    const body = bodies[page - 1];
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    response.end(body ?? '{"cause":"NOT_FOUND"}');
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    apiBaseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/fintech/api`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
