/** Where the settings live in `storage.local` (apart, so the content script can read them without the polyfill). */
export const SETTINGS_KEY = 'settings';
