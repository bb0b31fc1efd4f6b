/**
 * Finding things in a page the same way in Chromium and Firefox: a small
 * locator over puppeteer's Page that re-queries on every use, waits for what
 * it needs, and pierces open shadow roots where a selector says `>>>`
 * (`claimline-panel >>> [data-claim-id]`: claims inside the panel's shadow root).
 *
 * The query runs in the page (one function, {@link queryInPage}), so a
 * selector means the same in both browsers; waits poll every 50 ms rather than
 * on animation frames, which stop in a background tab.
 */
import type { ElementHandle, Page } from 'puppeteer-core';

/** A text filter as sent to the page: a substring, or a regular expression's source and flags. */
type TextFilter = { substring: string } | { source: string; flags: string } | null;

interface Query {
  /** Selector lists (comma-separated) whose parts may pierce shadow roots with `>>>`. */
  chain: { selector: string; text: TextFilter }[];
  /** Which match: an index (negative from the end), or all. */
  nth: number | null;
  visibleOnly: boolean;
}

const POLL_MS = 50;

/**
 * `fn`'s source as an expression the page can run. Under tsx (npm start,
 * npm run bench) esbuild keeps function names with calls to a `__name`
 * helper that exists only in Node: a local stand-in keeps the page's global alone.
 */
export function pageSource(fn: (...args: never[]) => unknown): string {
  return `((__name) => (${fn.toString()}))((f) => f)`;
}
const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Runs in the page: every element the query matches, in document order
 * (shadow roots after their host's light children). Sent as source, so it uses
 * nothing but its argument.
 */
function queryInPage(query: Query): Element[] {
  const splitTopLevel = (text: string, separator: string): string[] => {
    const parts: string[] = [];
    let depth = 0;
    let quote: string | null = null;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '[' || c === '(') depth++;
      else if (c === ']' || c === ')') depth--;
      else if (depth === 0 && text.startsWith(separator, i)) {
        parts.push(text.slice(start, i));
        start = i + separator.length;
        i += separator.length - 1;
      }
    }
    parts.push(text.slice(start));
    return parts.map((part) => part.trim()).filter(Boolean);
  };
  /** Matches of `css` in `root` and in every open shadow root below it. */
  const deep = (root: Document | Element | ShadowRoot, css: string, out: Set<Element>) => {
    for (const el of root.querySelectorAll(css)) out.add(el);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deep(el.shadowRoot, css, out);
  };
  const matchesText = (el: Element, filter: TextFilter) => {
    if (!filter) return true;
    const text = el.textContent ?? '';
    return 'substring' in filter ? text.includes(filter.substring) : new RegExp(filter.source, filter.flags).test(text);
  };
  let scope: (Document | Element)[] = [document];
  for (const { selector, text } of query.chain) {
    const found = new Set<Element>();
    for (const alternative of splitTopLevel(selector, ',')) {
      const [first, ...pierced] = splitTopLevel(alternative, '>>>');
      for (const root of scope) {
        let current: Element[] = root === document ? [...document.querySelectorAll(first!)] : [...(root as Element).querySelectorAll(first!)];
        for (const part of pierced) {
          const next = new Set<Element>();
          for (const host of current) if (host.shadowRoot) deep(host.shadowRoot, part, next);
          current = [...next];
        }
        for (const el of current) found.add(el);
      }
    }
    scope = [...found].filter((el) => matchesText(el, text));
  }
  let all = scope as Element[];
  if (query.visibleOnly) {
    all = all.filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
  }
  if (query.nth === null) return all;
  const one = all.at(query.nth);
  return one ? [one] : [];
}

function textFilter(text: string | RegExp | undefined): TextFilter {
  if (text === undefined) return null;
  return typeof text === 'string' ? { substring: text } : { source: text.source, flags: text.flags };
}

export interface LocatorOptions {
  /** Only elements whose text contains this (or matches it). */
  hasText?: string | RegExp;
}

export type WaitState = 'attached' | 'detached' | 'visible' | 'hidden';

/** A query that is run again each time it is used; see the file comment. */
export class Locator {
  constructor(
    readonly page: Page,
    private readonly query: Query,
  ) {}

  /** Elements matching `selector` inside this locator's matches (`>>>` pierces their shadow roots). */
  locator(selector: string, options: LocatorOptions = {}): Locator {
    return new Locator(this.page, { ...this.query, chain: [...this.query.chain, { selector, text: textFilter(options.hasText) }], nth: null });
  }

  first(): Locator {
    return this.nth(0);
  }

  nth(index: number): Locator {
    return new Locator(this.page, { ...this.query, nth: index });
  }

  toString(): string {
    const chain = this.query.chain.map((c) => (c.text ? `${c.selector} (with text ${JSON.stringify(c.text)})` : c.selector)).join(' → ');
    return this.query.nth === null ? chain : `${chain} [${this.query.nth}]`;
  }

  async count(): Promise<number> {
    return this.evalAll((els) => els.length);
  }

  /** Runs `fn` in the page on every match (possibly none). */
  async evalAll<T, A = undefined>(fn: (elements: Element[], arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    const result = await this.page.evaluate(
      `(${pageSource(fn)})(${pageSource(queryInPage)}(${JSON.stringify(this.query)}), ${JSON.stringify(arg ?? null)})`,
    );
    return result as T;
  }

  /** Waits for the element (the first match, unless `nth` chose another) and runs `fn` on it. */
  async evaluate<T, A = undefined>(fn: (element: Element, arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    const handle = await this.handle();
    try {
      return (await handle.evaluate(fn as (el: Element, arg: unknown) => T, arg)) as T;
    } finally {
      await handle.dispose();
    }
  }

  async textContent(): Promise<string> {
    return this.evaluate((el) => el.textContent ?? '');
  }

  async innerText(): Promise<string> {
    return this.evaluate((el) => (el as HTMLElement).innerText);
  }

  async allTextContents(): Promise<string[]> {
    return this.evalAll((els) => els.map((el) => el.textContent ?? ''));
  }

  async getAttribute(name: string): Promise<string | null> {
    return this.evaluate((el, attribute) => el.getAttribute(attribute), name);
  }

  async inputValue(): Promise<string> {
    return this.evaluate((el) => (el as HTMLInputElement).value);
  }

  /** Waits until the locator's element is in `state` (`visible` by default, as a viewer would need it). */
  async waitFor(options: { state?: WaitState; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const query: Query = { ...this.query, nth: this.query.nth ?? 0, visibleOnly: state === 'visible' || state === 'hidden' };
    const wanted = state === 'attached' || state === 'visible';
    try {
      await this.page.waitForFunction(
        `${pageSource(queryInPage)}(${JSON.stringify(query)}).length ${wanted ? '> 0' : '=== 0'}`,
        { polling: POLL_MS, timeout: options.timeout ?? DEFAULT_TIMEOUT_MS },
      );
    } catch (error) {
      throw new Error(`waiting for ${this} to be ${state}: ${(error as Error).message}`);
    }
  }

  /** The element, once it is there (and visible). */
  async handle(options: { visible?: boolean; timeout?: number } = {}): Promise<ElementHandle<Element>> {
    const query: Query = { ...this.query, nth: this.query.nth ?? 0, visibleOnly: options.visible ?? false };
    try {
      const handle = await this.page.waitForFunction(`${pageSource(queryInPage)}(${JSON.stringify(query)})[0] ?? null`, {
        polling: POLL_MS,
        timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
      });
      return handle as ElementHandle<Element>;
    } catch (error) {
      throw new Error(`waiting for ${this}${options.visible ? ' to be visible' : ''}: ${(error as Error).message}`);
    }
  }

  /**
   * Clicks the middle of the visible element, as a pointer would, after
   * scrolling it into view. The tab comes to the front first, as for a viewer:
   * a background tab runs no animation frames, which scrolling waits for.
   */
  async click(): Promise<void> {
    await this.page.bringToFront();
    const handle = await this.handle({ visible: true });
    try {
      await handle.click();
    } finally {
      await handle.dispose();
    }
  }

  async focus(): Promise<void> {
    const handle = await this.handle();
    try {
      await handle.focus();
    } finally {
      await handle.dispose();
    }
  }

  /**
   * Replaces a text field's value as typing would leave it: focus, the new
   * value, one `input` event. (Typing each key of a 20 KB payload would take minutes.)
   */
  async fill(value: string): Promise<void> {
    const handle = await this.handle({ visible: true });
    try {
      await handle.focus();
      await handle.evaluate((el, text) => {
        const field = el as HTMLInputElement | HTMLTextAreaElement;
        field.value = text;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
      }, value);
    } finally {
      await handle.dispose();
    }
  }

  async setInputFiles(paths: string | string[]): Promise<void> {
    const handle = (await this.handle()) as ElementHandle<HTMLInputElement>;
    try {
      await handle.uploadFile(...(Array.isArray(paths) ? paths : [paths]));
    } finally {
      await handle.dispose();
    }
  }

  async boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    const handle = await this.handle();
    try {
      return await handle.boundingBox();
    } finally {
      await handle.dispose();
    }
  }

  async screenshot(options: { path: string }): Promise<void> {
    const handle = await this.handle({ visible: true });
    try {
      await handle.screenshot({ path: options.path as `${string}.png` });
    } finally {
      await handle.dispose();
    }
  }
}

/** Elements of `page` matching `selector` (`>>>` pierces shadow roots). */
export function locate(page: Page, selector: string, options: LocatorOptions = {}): Locator {
  return new Locator(page, { chain: [{ selector, text: textFilter(options.hasText) }], nth: null, visibleOnly: false });
}
