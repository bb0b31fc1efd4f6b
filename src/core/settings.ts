/** The viewer's preferences: their shape, defaults, and a reader that never fails on old or foreign data. */
import * as v from 'valibot';

const SettingsSchema = v.object({
  /** The panel shows only its head. */
  collapsed: v.optional(v.boolean(), false),
  /** Keep the spoken claim in view while playing. */
  followPlayback: v.optional(v.boolean(), true),
  /** Draw claim and note markers on the progress bar. */
  markersVisible: v.optional(v.boolean(), true),
  /** Pause the video while a note is being typed. */
  pauseWhileTyping: v.optional(v.boolean(), false),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** Stored settings, field by field: a missing or malformed field takes its default. */
export function readSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = SettingsSchema.entries[key];
    const result = v.safeParse(field, source[key]);
    if (result.success) settings[key] = result.output;
  }
  return settings as Settings;
}
