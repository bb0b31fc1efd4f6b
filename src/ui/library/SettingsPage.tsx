/** The viewer's preferences, saved as they change, and the keyboard shortcuts. */
import { useId } from 'preact/hooks';
import type { Settings } from '../../core/settings';

export interface SettingsPageProps {
  settings: Settings;
  onSettingsChange(patch: Partial<Settings>): void;
}

type Toggle = keyof Omit<Settings, 'collapsed'>;

const TOGGLES: readonly { key: Toggle; label: string }[] = [
  { key: 'pauseWhileTyping', label: 'Pause the video while I write a note' },
  { key: 'followPlayback', label: 'Keep the spoken claim in view' },
  { key: 'markersVisible', label: "Show markers on YouTube's progress bar" },
];

export function SettingsPage({ settings, onSettingsChange }: SettingsPageProps) {
  const keysId = useId();
  return (
    <>
      <h1 class="lib-title" tabIndex={-1}>
        Settings
      </h1>
      <fieldset class="lib-settings">
        <legend class="lib-h2">While watching</legend>
        {TOGGLES.map(({ key, label }) => (
          <label class="lib-check" key={key}>
            <input
              type="checkbox"
              data-setting={key}
              checked={settings[key]}
              onChange={(event) => onSettingsChange({ [key]: event.currentTarget.checked })}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <section class="lib-section" aria-labelledby={keysId}>
        <h2 class="lib-h2" id={keysId}>
          Keyboard shortcuts
        </h2>
        <p>
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> adds a note on a talk on YouTube. To change it, open{' '}
          <code class="lib-select-all">chrome://extensions/shortcuts</code> in a new tab (copy the address: a page cannot link there). In
          Claimline's panel, <kbd>n</kbd> adds a note, and <kbd>[</kbd> / <kbd>]</kbd> go to the previous / next claim.
        </p>
      </section>
    </>
  );
}
