/**
 * The staff app as an installable web app (issue 16): the web app manifest
 * (Swedish name, icons, opens on quick entry) and the service worker
 * src/web/sw.ts, into which Workbox writes the list of built files to keep
 * (the app shell) at build time. Read by vite.config.ts.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'injectManifest',
  srcDir: '.',
  filename: 'sw.ts',
  scope: '/app/',
  // src/web/offline/register.ts registers the worker after the page has loaded.
  injectRegister: false,
  injectManifest: {
    // Every script, style and font of the build: a page opened offline finds its code. The manifest's
    // icons and the manifest itself are added by the plugin.
    globPatterns: ['**/*.{js,css,html,woff,woff2,ttf,svg}'],
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  },
  manifest: {
    id: '/app/',
    name: 'Medborgarlöften – personalappen',
    short_name: 'Medborgarlöften',
    description: 'Logga insatser mot medborgarlöftena, också utan täckning.',
    lang: 'sv',
    dir: 'ltr',
    start_url: '/app/aktiviteter',
    scope: '/app/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1e4f8c',
    icons: [
      { src: '/app/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/app/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/app/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
};
