import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const shim = (name: string) => fileURLToPath(new URL(`./src/platform/${name}`, import.meta.url));

const roleMatrix = fileURLToPath(
  new URL('../../packages/portal-domain/src/roles/role-matrix.ts', import.meta.url),
);

/**
 * The typed portal client names two Node modules on paths the site never takes: `node:crypto`
 * for request ids and `undici` for mutual TLS (the site always passes the browser's own `fetch`);
 * both resolve to small browser equivalents. Of `@devportal/portal-domain` the site reads only the
 * role matrix (pure data the API enforces), so the bundle takes that module alone rather than the
 * domain's Node-only services; the compiler still checks the imports against the whole package.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^node:crypto$/, replacement: shim('browser-crypto.ts') },
      { find: /^undici$/, replacement: shim('browser-undici.ts') },
      { find: /^@devportal\/portal-domain$/, replacement: roleMatrix },
    ],
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
