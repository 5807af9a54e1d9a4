import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const domainForSite = fileURLToPath(new URL('./src/portal-domain.site.ts', import.meta.url));
const businessCardsSpec = fileURLToPath(
  new URL('../../spec/sber-business-cards.yaml', import.meta.url),
);
/** Where the reference's download link points (`BUSINESS_CARDS_SPEC_FILE`). */
const SPEC_FILE = 'specs/sber-business-cards.yaml';

/** The business-cards spec as a static file of the site, for the reference's download link. */
function businessCardsSpecFile(): Plugin {
  return {
    name: 'business-cards-spec-file',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: SPEC_FILE,
        source: readFileSync(businessCardsSpec),
      });
    },
    configureServer(server) {
      server.middlewares.use(`/${SPEC_FILE}`, (_request, response) => {
        response.setHeader('content-type', 'application/yaml; charset=utf-8');
        response.end(readFileSync(businessCardsSpec));
      });
    },
  };
}

/**
 * Of `@devportal/portal-domain` the site reads only pure data (the role matrix the API enforces,
 * the published catalog), so the bundle takes those modules alone rather than the domain's
 * Node-only services; the compiler still checks the imports against the whole package.
 */
export default defineConfig({
  plugins: [react(), businessCardsSpecFile()],
  resolve: {
    alias: [{ find: /^@devportal\/portal-domain$/, replacement: domainForSite }],
  },
  build: { sourcemap: true, chunkSizeWarningLimit: 900 },
  server: {
    proxy: {
      '/v1': 'http://localhost:3000',
      '/idp': 'http://localhost:3000',
      '/cards': 'http://localhost:3000',
    },
  },
});
