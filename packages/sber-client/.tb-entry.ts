import { createSberClient } from '@devportal/sber-client';

const client = createSberClient({
  environment: 'https://example.test/api',
  accessToken: 't',
  fetch: (r, i) => globalThis.fetch(r, i),
});
console.log(await client.getBusinessCardPage({ statusCodes: ['ACTIVE'] }));
