import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/** Every host a talk can play on; the content script and the overlay it imports run only here. */
const YOUTUBE = ['*://www.youtube.com/*', '*://m.youtube.com/*', '*://music.youtube.com/*', '*://www.youtube-nocookie.com/*'];

export default defineConfig({
  imports: false,
  // A second build of the same code can go elsewhere (the hardening tests build one from a hostile corpus).
  outDir: process.env.CLAIMLINE_OUT_DIR ?? '.output',
  vite: () => ({
    resolve: {
      alias: {
        // The Markdown parser's entity decoder has a "browser" build that needs
        // `document`; the background is a service worker, which has none.
        'decode-named-character-reference': fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)),
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Claimline',
    description: 'Watch a talk with its claims, its references and your own notes beside it.',
    permissions: ['storage'],
    web_accessible_resources: [{ resources: ['overlay.js'], matches: YOUTUBE }],
    commands: {
      // Alt+Shift+N: free on YouTube (k j l f m c t i, arrows, digits, < > , .) and in Chrome and Firefox.
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Add a note at the current moment of the talk' },
    },
    // Firefox wants an id and a statement of what data leaves the browser: none does. That
    // statement is read from Firefox 140 (the 2025 ESR) and Firefox for Android 142 on, so
    // those are the oldest versions it installs in (web-ext lint checks the pairing).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'claimline@claimline.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
