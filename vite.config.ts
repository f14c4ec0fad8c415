import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { chunkMap, precompress } from './vite-assets.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './pwa.config.ts';

// The staff app: built into dist/web and served by the Fastify server under /app.
export default defineConfig({
  root: 'src/web',
  base: '/app/',
  // VitePWA: the web app manifest and the service worker (src/web/sw.ts), see pwa.config.ts.
  // precompress and chunkMap: brotli/gzip copies of the assets and the chunk map for bench/assets.ts (vite-assets.ts).
  plugins: [react(), VitePWA(pwaOptions), precompress(), chunkMap()],
  resolve: {
    // Preact's React compatibility layer in place of react-dom (issue 16: quick entry ≤ 120 KB compressed;
    // react-dom alone was about 50 KB of it, preact/compat is about 5 KB). The code is written and
    // type-checked against React's API; unit tests run on React itself. See docs/ARCHITECTURE.md.
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // ECharts is one lazily loaded chunk of about 600 kB, used only by the overview and reports pages.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npx vite` for UI work: the API and public pages come from a running `lofte serve` on port 3000.
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
});
