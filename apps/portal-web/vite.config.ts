import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const roleMatrix = fileURLToPath(
  new URL('../../packages/portal-domain/src/roles/role-matrix.ts', import.meta.url),
);

/**
 * Of `@devportal/portal-domain` the site reads only the role matrix (pure data the API enforces),
 * so the bundle takes that module alone rather than the domain's Node-only services; the compiler
 * still checks the imports against the whole package.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [{ find: /^@devportal\/portal-domain$/, replacement: roleMatrix }],
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
