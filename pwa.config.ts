/**
 * The staff app as an installable web app (issue 16): the web app manifest
 * (Swedish name, icons, opens on quick entry) and the service worker
 * src/web/sw.ts, into which Workbox writes the list of built files to keep
 * (the app shell and quick entry) at build time. Read by vite.config.ts.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { built, filesFor } from './vite-assets.ts';

/**
 * What the service worker keeps at install besides index.html: the app's first chunk (the shell, sign-in
 * and quick entry), the full activity form, and the words of the pages loaded when opened (which that
 * form needs). Exported for bench/assets.ts.
 */
export const OFFLINE_PAGES = ['src/web/main.tsx', 'src/web/activities/ActivityFormPage.tsx', 'src/web/i18n/sv-more.ts'];

export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'injectManifest',
  srcDir: '.',
  filename: 'sw.ts',
  // The worker's scope: /app, so the address without the slash opens offline too (the server allows it with
  // Service-Worker-Allowed; the worker leaves any other /app… path alone). The manifest's scope stays /app/.
  scope: '/app',
  // src/web/offline/register.ts registers the worker after the page has loaded.
  injectRegister: false,
  injectManifest: {
    // Kept at install: the shell and what quick entry and the full activity form need (OFFLINE_PAGES),
    // every font and image; other scripts and styles are kept when first used (src/web/sw.ts), so a phone
    // does not download the whole app (the charts, the survey builder, the admin screens) to log offline.
    // The manifest's icons and the manifest itself are added by the plugin.
    globPatterns: ['**/*.{js,css,html,woff,woff2,ttf,svg}'],
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    manifestTransforms: [
      (entries) => {
        if (!built.chunks) throw new Error('the staff app’s chunk map is missing (vite-assets.ts chunkMap)');
        const keep = filesFor(built.chunks, OFFLINE_PAGES);
        const code = /^assets\/.*\.(?:js|css)$/;
        return { manifest: entries.filter((e) => !code.test(e.url) || keep.has(e.url)), warnings: [] };
      },
    ],
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
