// What a browser or edge app that reads one page of cards bundles: the size check builds this.
import { createSberClient } from '../../src/index.js';

const client = createSberClient({
  environment: 'https://gateway.example.com/cards',
  accessToken: 'token',
  fetch: (request, init) => globalThis.fetch(request, init),
});
const page = await client.getBusinessCardPage({ statusCodes: ['ACTIVE'] });
console.log(page.cards.length);
