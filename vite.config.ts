import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/vite-precompress.ts';

const gatewayUrl = `http://127.0.0.1:${process.env.GATEWAY_PORT ?? '8080'}`;

export default defineConfig({
  plugins: [react(), precompress()],
  html: {
    // The gateway swaps this placeholder for a fresh nonce on every response (CSP style-src/script-src).
    cspNonce: '__CSP_NONCE__',
  },
  build: {
    // No data: URIs: the CSP allows images and fonts from 'self' only.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2023',
  },
  server: {
    // Same-origin /auth and /api in development, as in production behind the gateway.
    proxy: {
      '/auth/': { target: gatewayUrl },
      '/api/': { target: gatewayUrl },
    },
  },
  preview: {
    proxy: {
      '/auth/': { target: gatewayUrl },
      '/api/': { target: gatewayUrl },
    },
  },
});
