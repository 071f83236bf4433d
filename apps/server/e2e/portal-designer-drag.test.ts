import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startTestPlatform, type TTestPlatform } from './browser';
import { headingIs, signInToPortal } from './portal';

let platform: TTestPlatform;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** A new draft copied from the ZHZ example: a list of story questions to reorder. */
async function newDraft(page: Page, name: string): Promise<Locator> {
  const project = await signInToPortal(page, platform.url);
  await page.goto(`${project}/vragenlijsten`);
  await headingIs(page, 'Vragenlijsten');
  await page.getByLabel('Naam', { exact: true }).fill(name);
  const start = page.getByLabel('Beginnen met');
  const example = (await start.locator('option').allTextContents()).find((o) =>
    /Kopie van het voorbeeld .*[Jj]eugdhulp/.test(o),
  );
  await start.selectOption({ label: example! });
  await page.getByRole('button', { name: 'Concept maken' }).click();
  await headingIs(page, `${name}, versie 1 (concept)`);
  return page.getByRole('region', { name: /^Vragen over het verhaal/ });
}

const labels = async (list: Locator) =>
  (await list.locator('.outline-list > li .outline-label').allTextContents()).map((t) =>
    t
      .replace(/^\d+\.\s*/, '')
      .split(/Drieslag|Tweeslag|Stenen|Keuze|Schaal|Open vraag|Getal/)[0]!
      .trim(),
  );

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('reordering the designer’s outline by dragging', () => {
  it('moves a question by mouse drag', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const story = await newDraft(page, 'Slepen met de muis');
      const before = await labels(story);
      expect(before.length).toBeGreaterThan(3);
      const items = story.locator('.outline-list > li');
      await items.nth(2).scrollIntoViewIfNeeded();
      const from = await centre(items.nth(2).locator('.drag-handle'));
      const to = await centre(items.nth(0).locator('.drag-handle'));
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x, from.y - 10, { steps: 3 });
      await page.mouse.move(to.x, to.y, { steps: 10 });
      await page.mouse.up();
      await expect
        .poll(() => labels(story))
        .toEqual([before[2], before[0], before[1], ...before.slice(3)]);
      await expect
        .poll(() => page.getByText(`staat nu op plaats 1 van ${before.length}.`).count())
        .toBe(1);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('moves a question by touch drag on a phone, without scrolling the page away', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      locale: 'nl-NL',
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const story = await newDraft(page, 'Slepen met een vinger');
      const before = await labels(story);
      const items = story.locator('.outline-list > li');
      await items.nth(0).scrollIntoViewIfNeeded();
      const from = await centre(items.nth(0).locator('.drag-handle'));
      const to = await centre(items.nth(1).locator('.drag-handle'));
      const scrollBefore = await page.evaluate(() => window.scrollY);
      const cdp = await context.newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }],
        });
      await touch('touchStart', from.x, from.y);
      const steps = 12;
      for (let i = 1; i <= steps; i++) {
        const y = from.y + ((to.y - from.y + 10) * i) / steps;
        await touch('touchMove', from.x, y);
      }
      await touch('touchEnd', to.x, to.y + 10);
      await expect.poll(() => labels(story)).toEqual([before[1], before[0], ...before.slice(2)]);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(5);
    } finally {
      await context.close();
    }
  }, 120_000);
});
