// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { claimsInTimeOrder } from '../../src/core/timeline';
import { id, item, renderPanel } from './fixtures';

const claimIds = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-claim-id]')].map((el) => el.dataset.claimId);

describe('the panel', () => {
  it('is a labelled section with its layout and theme as attributes', () => {
    const { container } = renderPanel({ layout: 'overlay', theme: 'dark' });
    const root = screen.getByRole('region', { name: 'Claimline: claims of this talk' });
    expect(root.tagName).toBe('SECTION');
    expect(root.className).toBe('claimline');
    expect(root.dataset.layout).toBe('overlay');
    expect(root.dataset.theme).toBe('dark');
    expect(container.firstElementChild).toBe(root);
  });

  it('shows the title, "Not started" and no progress before the first claim', () => {
    renderPanel();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Causal inference models and AI workshops');
    expect(screen.getByText('Not started')).toBeTruthy();
    expect(screen.getByText('0 of 52 claims')).toBeTruthy();
  });

  it('shows the claim now spoken and its position in time order', () => {
    const { update, container } = renderPanel({ activeId: id('t12-41-00') });
    const head = container.querySelector('header')!;
    expect(head.querySelector('.cl-now')?.textContent).toBe('Oscar CIO presented a critical review of causal inference benchmarks for LLMs.');
    expect(within(head).getByText('19 of 52 claims')).toBeTruthy();
    // The seed says [28:50] before [28:18]: progress counts in time, not in document order.
    update({ activeId: id('t28-50-00') });
    expect(within(head).getByText('50 of 52 claims')).toBeTruthy();
    update({ activeId: id('t28-18-00') });
    expect(within(head).getByText('49 of 52 claims')).toBeTruthy();
  });

  it('shows the notice under the head', () => {
    renderPanel({ notice: 'Times were read as minutes:seconds:frames.' });
    expect(screen.getByText('Times were read as minutes:seconds:frames.')).toBeTruthy();
  });

  it('has five tabs; the selected one is marked and choosing another calls onViewChange', () => {
    const { handlers } = renderPanel();
    const tabs = within(screen.getByRole('tablist')).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Sections', 'Time', 'Notes (0)', 'References (4)', 'Concepts (2)']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false', 'false']);
    fireEvent.click(screen.getByRole('tab', { name: 'Time' }));
    expect(handlers.onViewChange).toHaveBeenCalledWith('time');
    expect(screen.getByRole('tab', { name: 'Time' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(screen.getByRole('tab', { name: 'Time' }).id);
  });

  it('moves between tabs with the arrow keys', () => {
    const { handlers } = renderPanel();
    const sections = screen.getByRole('tab', { name: 'Sections' });
    sections.focus();
    fireEvent.keyDown(sections, { key: 'ArrowRight' });
    expect(handlers.onViewChange).toHaveBeenLastCalledWith('time');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Time' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(handlers.onViewChange).toHaveBeenLastCalledWith('concepts');
  });

  it('groups claims by section in document order, and lists them in time order in the time view', () => {
    const { props, container } = renderPanel();
    const titles = [...container.querySelectorAll('.cl-group-title')].map((h) => h.textContent);
    expect(titles[0]).toBe('Workshop Overview');
    expect(titles[1]).toBe('Key Presentations and Discussions › LLMs as Aids in Causal Processes');
    expect(container.querySelectorAll('.cl-group-title .cl-group-parents')[0]?.textContent).toBe('Key Presentations and Discussions › ');
    expect(claimIds(container)).toEqual(props.claims.map((c) => c.id));
    const inDocument = claimIds(container);
    expect(inDocument.indexOf('t28-18-00')).toBe(inDocument.indexOf('t28-50-00') + 1);

    fireEvent.click(screen.getByRole('tab', { name: 'Time' }));
    expect(claimIds(container)).toEqual(claimsInTimeOrder(props.claims).map((c) => c.id));
    const inTime = claimIds(container);
    expect(inTime.indexOf('t28-18-00')).toBe(inTime.indexOf('t28-50-00') - 1);
    expect(item(container, 't04-41-00').querySelector('.cl-section')?.textContent).toBe(
      'Key Presentations and Discussions › LLMs as Aids in Causal Processes',
    );
  });

  it('shows each claim with its time, label and text', () => {
    const { container } = renderPanel();
    const claim = item(container, 't12-41-00');
    expect(claim.dataset.start).toBe('761');
    expect(claim.querySelector('.cl-time')?.textContent).toBe('12:41');
    expect(claim.textContent).toContain('Oscar CIO presented a critical review');
  });

  it('collapses to its head and expands again', () => {
    const { handlers, container } = renderPanel();
    const toggle = screen.getByRole('button', { name: 'Claim list' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(handlers.onCollapsedChange).toHaveBeenCalledWith(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('[data-claim-id]')).toBeNull();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
    fireEvent.click(toggle);
    expect(handlers.onCollapsedChange).toHaveBeenLastCalledWith(false);
    expect(container.querySelectorAll('[data-claim-id]')).toHaveLength(52);
  });

  it('renders document text as text, never as markup', () => {
    const base = renderPanel();
    const claims = base.props.claims.map((c, i) =>
      i === 1 ? { ...c, text: '<img src=x onerror=alert(1)>', label: '<b>bold</b>' } : c,
    );
    base.unmount();
    const { container } = renderPanel({ claims, title: '<script>alert(1)</script>', activeId: claims[1]!.id });
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(item(container, claims[1]!.id).querySelector('.cl-text')?.textContent).toBe('<b>bold</b>: <img src=x onerror=alert(1)>');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<script>alert(1)</script>');
  });
});
