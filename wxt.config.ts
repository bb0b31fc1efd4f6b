import { defineConfig } from 'wxt';

/** Every host a talk can play on; the content script and the overlay it imports run only here. */
const YOUTUBE = ['*://www.youtube.com/*', '*://m.youtube.com/*', '*://music.youtube.com/*', '*://www.youtube-nocookie.com/*'];

export default defineConfig({
  imports: false,
  manifest: {
    name: 'Claimline',
    description: 'Watch a talk with its claims, its references and your own notes beside it.',
    permissions: ['storage'],
    web_accessible_resources: [{ resources: ['overlay.js'], matches: YOUTUBE }],
  },
});
