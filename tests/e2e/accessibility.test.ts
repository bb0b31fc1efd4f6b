/**
 * Every view passes axe-core's WCAG 2.1 A and AA rules in the browser under
 * test: the panel in each of its tabs (with a note and the editor open), each
 * page of the library, and the popup.
 */
import axe from 'axe-core';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { $, CLAIM, inPanel, openTalkPage } from './overlay-page';
import { talkVideos } from './talks';
import { standinBrowser } from './harness/suite';

const TALK = 'zFeAtV7AN0A';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const suite = standinBrowser({ videos: talkVideos() });

/**
 * axe-core's violations in the elements `include` selects (their open shadow
 * roots included), one line each: rule, impact, where. Throws if axe checked
 * nothing there, so a selector that misses cannot pass for a clean view.
 */
async function violations(page: Page, include: string): Promise<string[]> {
  await page.evaluate(axe.source);
  const { checked, found } = await page.evaluate(
    async (include: string, tags: string[]) => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run({ include: [include] }, { runOnly: { type: 'tag', values: tags } });
      return {
        checked: result.passes.reduce((n, rule) => n + rule.nodes.length, 0),
        found: result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`),
      };
    },
    include,
    WCAG_21_AA,
  );
  if (checked === 0) throw new Error(`axe checked nothing in ${include}`);
  return found;
}

describe('the panel', () => {
  it('in every tab, with a note and the editor open', async () => {
    const page = await openTalkPage(await suite.browser.newPage(), suite.server.url(`/watch?v=${TALK}&autoplay=0`));
    await $(page, inPanel('[data-action="add-note"]')).first().click();
    await $(page, inPanel('[data-field="note-text"]')).fill('An accessible note');
    await $(page, inPanel('[data-action="save-note"]')).click();
    await $(page, inPanel('[data-note-id]')).first().waitFor();
    await $(page, inPanel('[data-action="add-note"]')).first().click();
    await $(page, inPanel('[data-field="note-text"]')).waitFor();
    const panel = 'claimline-panel';
    expect(await violations(page, panel)).toEqual([]);
    for (const tab of ['Time', 'Notes', 'References', 'Concepts']) {
      await $(page, inPanel('[role="tab"]'), { hasText: tab }).click();
      await $(page, inPanel('[role="tab"][aria-selected="true"]'), { hasText: tab }).waitFor();
      expect(await violations(page, panel), tab).toEqual([]);
    }
    await page.close();
  });
});

describe('the library and the popup', () => {
  it.each([
    ['#/talks', '[data-video-id]'],
    [`#/talk/${TALK}`, '[data-claim-id]'],
    ['#/search?q=causal', '[data-result-kind]'],
    ['#/concepts', '.lib-card'],
    ['#/references', '.lib-card'],
    ['#/transfer', '[data-field="import"]'],
    ['#/settings', 'input[type="checkbox"]'],
  ])('library.html%s', async (hash, shown) => {
    const page = await suite.browser.openExtensionPage(`library.html${hash}`);
    await $(page, shown).first().waitFor();
    expect(await violations(page, 'html')).toEqual([]);
    await page.close();
  });

  it('popup.html', async () => {
    const page = await suite.browser.openExtensionPage('popup.html');
    await $(page, '[data-action="open-library"]').waitFor();
    expect(await violations(page, 'html')).toEqual([]);
    await page.close();
  });
});

describe('the checks themselves', () => {
  it('would see a violation: a button without a name, put in the panel', async () => {
    const page = await openTalkPage(await suite.browser.newPage(), suite.server.url(`/watch?v=${TALK}&autoplay=0`));
    await $(page, CLAIM).first().waitFor();
    await page.evaluate(() => {
      const root = document.querySelector('claimline-panel')!.shadowRoot!.querySelector('.claimline')!;
      root.append(document.createElement('button'));
    });
    expect((await violations(page, 'claimline-panel')).join('\n')).toMatch(/^button-name/m);
    await page.close();
  });
});
