// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../src/youtube/leftovers';
import { createPanelHost } from '../../src/youtube/panel-host';
import { ProgressMarkers } from '../../src/youtube/progress-markers';

/** A watch page with what a copy of Claimline draws: its panel (here with an open editor) and its markers. */
function pageWithClaimline(editorText: string | null) {
  document.body.innerHTML =
    '<div id="movie_player" class="html5-video-player"><div class="ytp-progress-bar-container"><div class="ytp-progress-bar"></div></div></div><div id="secondary"><div id="secondary-inner"></div></div><p id="theirs">YouTube’s own</p>';
  const signal = new AbortController().signal;
  const host = createPanelHost(document, '', signal);
  document.querySelector('#secondary-inner')!.append(host.host);
  if (editorText !== null) host.mount.innerHTML = `<form><textarea data-field="note-text"></textarea></form>`;
  const field = host.mount.querySelector('textarea');
  if (field && editorText !== null) field.value = editorText;
  new ProgressMarkers(document, signal).update([{ id: 'a', start: 10, label: 'A claim', sectionStart: false, kind: 'claim' }], 100);
}

describe('what a copy of Claimline that no longer runs left in the page', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('is removed: the panel, the marker layer and its label; YouTube’s own elements stay', () => {
    pageWithClaimline(null);
    expect(document.querySelectorAll('claimline-panel, [data-claimline-markers], [data-claimline-tooltip]')).toHaveLength(3);
    expect(removeLeftovers(document)).toBe('');
    expect(document.querySelectorAll('claimline-panel, [data-claimline-markers], [data-claimline-tooltip]')).toHaveLength(0);
    expect(document.querySelector('#theirs')?.textContent).toBe('YouTube’s own');
    expect(document.querySelector('.ytp-progress-bar')).not.toBeNull();
  });

  it('gives back the text of a note that was being written in the left panel', () => {
    pageWithClaimline('typed just before the update');
    expect(removeLeftovers(document)).toBe('typed just before the update');
    expect(document.querySelector('claimline-panel')).toBeNull();
  });

  it('finds nothing on a page without Claimline', () => {
    document.body.innerHTML = '<div id="movie_player"></div>';
    expect(removeLeftovers(document)).toBe('');
    expect(document.body.innerHTML).toBe('<div id="movie_player"></div>');
  });
});
