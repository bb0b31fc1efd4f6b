import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerOverlay } from '../../src/overlay/handoff';
import { startOverlay } from '../../src/overlay/controller';
import { loadSettings, saveSettings, watchSettings } from '../../src/storage/settings';
import css from '../../src/ui/panel.css?inline';

// Imported by the content script when a talk opens; never loaded on other pages.
export default defineUnlistedScript(() => {
  registerOverlay(async (bundle, location, signal) => {
    const settings = await loadSettings();
    if (signal.aborted) return;
    startOverlay({
      bundle,
      location,
      doc: document,
      win: window,
      signal,
      css,
      settings,
      saveSettings: (patch) => void saveSettings(patch),
      watchSettings,
    });
  });
});
