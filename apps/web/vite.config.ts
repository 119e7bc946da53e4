import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the dev server stands in for the BFF's same-origin serving: the
// browser only ever talks to one origin, so cookies and CSRF behave as in production.
const bff = process.env.BFF_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': bff, '/auth': bff, '/bff': bff },
  },
  build: {
    // The BFF's CSP forbids inline scripts: keep every asset a file, never a data: URL.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
});
