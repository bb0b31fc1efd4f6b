// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editorState, id, item, note, renderPanel } from './fixtures';

const items = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-claim-id]')];

describe('the claim list', () => {
  it('marks the active claim with aria-current and the claims before it in time as passed', () => {
    const { container, update } = renderPanel({ activeId: id('t12-41-00') });
    const all = items(container);
    expect(all.filter((el) => el.hasAttribute('aria-current')).map((el) => el.dataset.claimId)).toEqual(['t12-41-00']);
    expect(item(container, 't12-41-00').getAttribute('aria-current')).toBe('true');
    for (const el of all) {
      expect(el.classList.contains('passed'), el.dataset.claimId).toBe(Number(el.dataset.start) < 761);
    }
    // Document order is not time order: [28:50] is written before [28:18].
    update({ activeId: id('t28-18-00') });
    expect(item(container, 't28-08-00').classList.contains('passed')).toBe(true);
    expect(item(container, 't28-50-00').classList.contains('passed')).toBe(false);
    expect(item(container, 't12-41-00').hasAttribute('aria-current')).toBe(false);
  });

  it('seeks on a click, Enter or Space', () => {
    const { container, handlers } = renderPanel();
    fireEvent.click(item(container, 't08-06-00'));
    expect(handlers.onSeek).toHaveBeenLastCalledWith('t08-06-00');
    fireEvent.click(item(container, 't08-25-00').querySelector('.cl-text')!);
    expect(handlers.onSeek).toHaveBeenLastCalledWith('t08-25-00');
    const claim = item(container, 't09-41-00');
    claim.focus();
    expect(fireEvent.keyDown(claim, { key: 'Enter' })).toBe(false);
    expect(handlers.onSeek).toHaveBeenLastCalledWith('t09-41-00');
    expect(fireEvent.keyDown(claim, { key: ' ' })).toBe(false);
    expect(handlers.onSeek).toHaveBeenCalledTimes(4);
  });

  it('does not seek when a chip or a concept tag inside the claim is clicked', () => {
    const { container, handlers } = renderPanel();
    fireEvent.click(item(container, 't12-41-00').querySelector('[data-ref-key]')!);
    fireEvent.click(item(container, 't12-41-00').querySelector('.cl-tag')!);
    expect(handlers.onSeek).not.toHaveBeenCalled();
  });

  it('moves focus with the arrow keys, Home and End, and keeps one tab stop', () => {
    const { container } = renderPanel({ activeId: id('t03-51-00') });
    expect(items(container).filter((el) => el.tabIndex === 0).map((el) => el.dataset.claimId)).toEqual(['t03-51-00']);
    item(container, 't03-51-00').focus();
    expect(fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' })).toBe(false);
    expect(document.activeElement).toBe(item(container, 't04-17-00'));
    // Across a section boundary.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item(container, 't04-41-00'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(item(container, 't04-17-00'));
    expect(items(container).filter((el) => el.tabIndex === 0).map((el) => el.dataset.claimId)).toEqual(['t04-17-00']);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(items(container).at(-1));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(items(container)[0]);
  });

  it('keeps every key inside the panel away from YouTube, and leaves keys it does not use alone', () => {
    const onDocument = vi.fn();
    document.addEventListener('keydown', onDocument);
    document.addEventListener('keyup', onDocument);
    document.addEventListener('keypress', onDocument);
    try {
      const { container } = renderPanel();
      const claim = item(container, 't03-01-00');
      claim.focus();
      fireEvent.keyDown(claim, { key: 'ArrowDown' });
      expect(document.activeElement).toBe(item(container, 't03-51-00'));
      for (const key of ['k', 'j', 'l', 'f', 'm', '5', 'ArrowLeft', 'Tab']) {
        expect(fireEvent.keyDown(document.activeElement!, { key }), key).toBe(true);
        fireEvent.keyPress(document.activeElement!, { key, charCode: key.charCodeAt(0) });
        fireEvent.keyUp(document.activeElement!, { key });
      }
      fireEvent.keyDown(screen.getByRole('tab', { name: 'Time' }), { key: 'k' });
      expect(onDocument).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', onDocument);
      document.removeEventListener('keyup', onDocument);
      document.removeEventListener('keypress', onDocument);
    }
  });

  it('marks claims beyond the video and does not seek to them', () => {
    const { container, handlers } = renderPanel({ beyond: new Set([id('t29-50-00'), id('t30-10-00')]) });
    const beyond = item(container, 't30-10-00');
    expect(beyond.dataset.beyond).toBe('true');
    expect(beyond.textContent).toContain("after the video's end");
    expect(item(container, 't28-50-00').hasAttribute('data-beyond')).toBe(false);
    fireEvent.click(beyond);
    beyond.focus();
    fireEvent.keyDown(beyond, { key: 'Enter' });
    expect(handlers.onSeek).not.toHaveBeenCalled();
  });
});

describe('following the active claim', () => {
  const ITEM_HEIGHT = 50;
  const VIEW_HEIGHT = 300;

  /** A stand-in layout for happy-dom (which has none): items stacked 50px apart in a 300px scroller. */
  function fakeLayout(container: ParentNode) {
    const scroller = container.querySelector<HTMLElement>('.cl-scroll')!;
    Object.defineProperty(scroller, 'clientHeight', { value: VIEW_HEIGHT });
    Object.defineProperty(scroller, 'scrollHeight', { value: ITEM_HEIGHT * 52 });
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      if (this === scroller) return DOMRect.fromRect({ x: 0, y: 0, width: 400, height: VIEW_HEIGHT });
      const index = items(container).indexOf(this);
      return DOMRect.fromRect({ x: 0, y: index * ITEM_HEIGHT - scroller.scrollTop, width: 400, height: ITEM_HEIGHT });
    });
    return scroller;
  }
  /** The scrollTop that shows the item at `index` at the bottom edge. */
  const bottomOf = (index: number) => (index + 1) * ITEM_HEIGHT - VIEW_HEIGHT;
  const backToNow = () => document.querySelector<HTMLElement>('[data-action="back-to-now"]');

  afterEach(() => vi.restoreAllMocks());

  it('scrolls the active claim into view within the list as it changes', () => {
    const { container, update } = renderPanel({ activeId: id('t01-23-00') });
    const scroller = fakeLayout(container);
    update({ activeId: id('t12-41-00') }); // 19th item
    expect(scroller.scrollTop).toBe(bottomOf(18));
    fireEvent.scroll(scroller); // the browser reports our own scroll: still following
    update({ activeId: id('t03-01-00') }); // 2nd item, above the view
    expect(scroller.scrollTop).toBe(ITEM_HEIGHT);
    expect(backToNow()).toBeNull();
  });

  it('pauses when the viewer scrolls, and "Back to now" resumes', () => {
    const { container, update } = renderPanel({ activeId: id('t01-23-00') });
    const scroller = fakeLayout(container);
    update({ activeId: id('t12-41-00') });
    scroller.scrollTop = 100;
    fireEvent.scroll(scroller);
    expect(backToNow()?.textContent).toBe('Back to now');
    update({ activeId: id('t13-05-00') }); // 20th item
    expect(scroller.scrollTop).toBe(100);

    fireEvent.click(backToNow()!);
    expect(backToNow()).toBeNull();
    expect(scroller.scrollTop).toBe(bottomOf(19));
    expect(document.activeElement).toBe(item(container, 't13-05-00'));
    update({ activeId: id('t13-56-00') });
    expect(scroller.scrollTop).toBe(bottomOf(20));
  });

  it('pauses on a wheel or a swipe over the list, and when the keyboard moves focus', () => {
    const { container, update } = renderPanel({ activeId: id('t01-23-00') });
    const scroller = fakeLayout(container);
    fireEvent.wheel(scroller);
    expect(backToNow()).not.toBeNull();
    fireEvent.click(backToNow()!);
    fireEvent.touchMove(scroller);
    expect(backToNow()).not.toBeNull();
    fireEvent.click(backToNow()!);
    expect(backToNow()).toBeNull();
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(backToNow()).not.toBeNull();
    update({ activeId: id('t03-01-00') });
    expect(document.activeElement).toBe(items(container).at(-1));
  });

  it('stays put while a note is edited in the list, so the editor does not scroll away', () => {
    const onClaim = note(1, { start: 90, claimId: id('t01-23-00'), text: 'Draft' });
    const { container, update } = renderPanel({ activeId: id('t01-23-00'), notes: [onClaim] });
    const scroller = fakeLayout(container);
    update({ editor: editorState({ noteId: onClaim.id, start: 90, claimId: onClaim.claimId, text: 'Draft' }) });
    expect(container.querySelector('[data-claim-id="t01-23-00"] .cl-editor')).not.toBeNull();
    const top = scroller.scrollTop;
    update({ activeId: id('t12-41-00') });
    expect(scroller.scrollTop).toBe(top);
    expect(backToNow()).not.toBeNull();
  });
});

describe('the viewer’s setting “keep the spoken claim in view”', () => {
  it('when off, the list does not follow and Back to now offers the jump; turning it on follows again', () => {
    const { update } = renderPanel({ followPlayback: false, activeId: null });
    update({ activeId: id('t30-10-00') });
    expect(document.querySelector('[data-action="back-to-now"]')).not.toBeNull();
    update({ followPlayback: true });
    expect(document.querySelector('[data-action="back-to-now"]')).toBeNull();
  });
});
