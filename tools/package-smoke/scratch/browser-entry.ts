// One operation as a browser application calls it, bundled by esbuild for the browser
// (platform browser) from the npm install.
import { createSberClient } from '@devportal/sber-client';

export async function cardLimits(corpCardId: string, accessToken: string) {
  const bank = createSberClient({ environment: 'test', accessToken, fetch: globalThis.fetch });
  return (await bank.getCorporateCard(corpCardId)).limits;
}
