/**
 * Where the panel sits: YouTube's side column, below the player (narrow
 * windows, no side column), or a compact overlay inside the player (theater,
 * fullscreen, embeds). Decided by the YouTube adapter, drawn by the UI.
 */
export type PanelLayout = 'side' | 'below' | 'overlay';
