import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  findProjectBySlug,
  insertStoryOnce,
  listProjectCollections,
  openDatabase,
} from '@duiding/db';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../src/platform';
import { DEMO_PROJECT } from '../src/seed';
import { axeViolations } from './axe';
import { launchChromium, startTestPlatform, type TTestPlatform } from './browser';
import { headingIs, signInToPortal } from './portal';

let platform: TTestPlatform;
let browser: Browser;

/** Set SCREENSHOT_DIR to keep pictures of the table and the story page at every size. */
const screenshotDir = process.env.SCREENSHOT_DIR;

// Hostile text in the title, the text and an answer's label must render as text.
const HOSTILE_TITLE = 'Logo <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>';
const TEXT =
  'De logopédiste uit Zwíjndrecht nam de tijd. <img src=x onerror="window.__xss=3"> Dat hielp.';

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
  // A story of our own beside the 300 demo stories, written as the intake would store it.
  const database = openDatabase({ file: join(platform.dataDir, DATABASE_FILE) });
  try {
    const project = findProjectBySlug(database.orm, DEMO_PROJECT.slug)!;
    const collection = listProjectCollections(database.orm, project.id)[0]!;
    insertStoryOnce(database.orm, {
      clientId: 'e2e-verhalentabel',
      collectionId: collection.id,
      participant: {
        clientId: 'e2e-verhalentabel-deelnemer',
        answers: { rol: 'ouder_of_verzorger' },
      },
      promptId: collection.framework.prompts[0]!.id,
      title: HOSTILE_TITLE,
      text: TEXT,
      language: 'nl',
      channel: 'paper',
      answers: { hulp: { a: 0.7, b: 0.2, c: 0.1 }, betrokken: 0.25, gevoel: 'positief' },
      createdOn: '2026-10-02',
    });
  } finally {
    database.close();
  }
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function open(options: Parameters<Browser['newContext']>[0]) {
  const context = await browser.newContext({ locale: 'nl-NL', bypassCSP: true, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

const countText = (page: Page) => page.locator('main [role="status"].story-count').textContent();

async function noScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
}

describe('the stories table and the story page in Chromium', () => {
  it('searches without accents, filters, keeps it all in the URL, and opens the story with its triad', async () => {
    const { context, page } = await open({ viewport: { width: 1280, height: 900 } });
    try {
      const project = await signInToPortal(page, platform.url);
      await page.waitForSelector('main table tbody tr');
      await expect.poll(() => countText(page)).toMatch(/^\d+ verhalen gevonden$/);
      const all = Number((await countText(page))!.match(/^(\d+)/)![1]);
      expect(all).toBeGreaterThan(250);
      // Virtualised: few rows in the page, but the table says how many it has.
      expect(await page.getByRole('table').getAttribute('aria-rowcount')).toBe(String(all + 1));
      expect(await page.locator('main table tbody tr:not([aria-hidden])').count()).toBeLessThan(60);

      // Accent-insensitive: "logopediste zwijndrecht" finds "logopédiste uit Zwíjndrecht".
      await page.getByLabel('Zoek in de verhalen').fill('logopediste zwijndrecht');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await expect.poll(() => countText(page)).toMatch(/^1 verhaal gevonden/);
      expect(new URL(page.url()).searchParams.get('q')).toBe('logopediste zwijndrecht');
      const row = page.getByRole('row', { name: /Logo <img src=x/ });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.getAttribute('aria-rowindex')).toBe('2');
      await noScriptRan(page);

      // Filters from the framework's questions: a triad zone and the channel.
      await page.locator('summary', { hasText: 'Filters' }).click();
      const hulp = page.getByRole('group', { name: 'Wat hielp in dit verhaal het meest?' });
      await hulp.getByLabel('Vooral Mijn eigen kracht').check();
      await page.getByRole('group', { name: 'Kanaal' }).getByLabel('Van papier').check();
      await page.getByRole('button', { name: 'Filters toepassen' }).click();
      await expect
        .poll(() => new URL(page.url()).searchParams.get('a.hulp'))
        .toBe('zones:corner-a');
      expect(new URL(page.url()).searchParams.get('kanaal')).toBe('paper');
      await expect.poll(() => countText(page)).toMatch(/^1 verhaal gevonden/);
      if (screenshotDir) {
        await mkdir(screenshotDir, { recursive: true });
        await page.screenshot({
          path: join(screenshotDir, 'verhalen-filters-desktop.png'),
          fullPage: true,
        });
      }
      expect(await axeViolations(page)).toEqual([]);

      // A zone the story is not in: nothing found.
      await hulp.getByLabel('Vooral Mijn eigen kracht').uncheck();
      await hulp.getByLabel('In het midden').check();
      await page.getByRole('button', { name: 'Filters toepassen' }).click();
      await expect.poll(() => countText(page)).toMatch(/^0 verhalen gevonden/);

      // Back gives the filter before; Reload keeps it; Forward the one after.
      await page.goBack();
      await expect
        .poll(() => new URL(page.url()).searchParams.get('a.hulp'))
        .toBe('zones:corner-a');
      await expect.poll(() => countText(page)).toMatch(/^1 verhaal gevonden/);
      await page.reload();
      await expect.poll(() => countText(page)).toMatch(/^1 verhaal gevonden/);
      expect(await page.getByLabel('Zoek in de verhalen').inputValue()).toBe(
        'logopediste zwijndrecht',
      );
      expect(
        await page
          .getByRole('group', { name: 'Wat hielp in dit verhaal het meest?' })
          .getByLabel('Vooral Mijn eigen kracht')
          .isChecked(),
      ).toBe(true);
      await page.goForward();
      await expect.poll(() => countText(page)).toMatch(/^0 verhalen gevonden/);
      await page.goBack();
      await expect.poll(() => countText(page)).toMatch(/^1 verhaal gevonden/);

      // The story page: every answer drawn, the triad's point in its triangle.
      await page.getByRole('link', { name: /Logo <img src=x/ }).click();
      await headingIs(page, HOSTILE_TITLE);
      expect(await page.textContent('main')).toContain('De logopédiste uit Zwíjndrecht');
      const triad = page.getByRole('img', { name: /^Driehoek: 70% Mijn eigen kracht/ });
      await triad.waitFor();
      const point = await triad.locator('.drawing-point circle').boundingBox();
      const triangle = await triad.boundingBox();
      expect(point && triangle).toBeTruthy();
      // 70 % on the top corner: the point sits in the upper part of the triangle.
      expect(point!.y + point!.height / 2 - triangle!.y).toBeLessThan(triangle!.height * 0.45);
      await page.getByRole('img', { name: /^Schuif van/ }).waitFor();
      expect(await page.textContent('main')).toContain('Over de verteller');
      expect(await page.getByRole('link', { name: 'Modereren' }).getAttribute('href')).toMatch(
        /\/moderatie\/[0-9a-f-]{36}$/,
      );
      expect(await page.getByRole('link', { name: 'Coderen' }).getAttribute('href')).toMatch(
        /\/verhalen\/[0-9a-f-]{36}\/coderen$/,
      );
      await noScriptRan(page);
      expect(await axeViolations(page)).toEqual([]);
      if (screenshotDir) {
        await page.screenshot({ path: join(screenshotDir, 'verhaal-desktop.png'), fullPage: true });
      }
      // Back to the table as it was.
      await page.goBack();
      await expect.poll(() => countText(page)).toMatch(/^1 verhaal gevonden/);
      expect(page.url().startsWith(`${project}/verhalen?`)).toBe(true);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('fits 390 px by touch, 320 px and 200 % zoom without sideways scrolling of the page', async () => {
    const sizes: [string, Parameters<Browser['newContext']>[0]][] = [
      ['390-touch', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
      ['320', { viewport: { width: 320, height: 640 } }],
      ['zoom-200', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }],
    ];
    for (const [name, options] of sizes) {
      let context: BrowserContext | undefined;
      try {
        const opened = await open(options);
        context = opened.context;
        const { page } = opened;
        const project = await signInToPortal(page, platform.url);
        await page.goto(`${project}/verhalen?q=logopediste&kanaal=paper`);
        await expect.poll(() => countText(page)).toMatch(/^1 verhaal gevonden/);
        const wide = () =>
          page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
        expect(await wide(), `${name}: table page scrolls sideways`).toBe(false);
        if (name === '390-touch') {
          await page.getByRole('link', { name: /Logo <img src=x/ }).tap();
        } else {
          await page.getByRole('link', { name: /Logo <img src=x/ }).click();
        }
        if (screenshotDir) {
          await page.goBack();
          await page.waitForSelector('main table tbody tr');
          await page.screenshot({
            path: join(screenshotDir, `verhalen-${name}.png`),
            fullPage: true,
          });
          await page.goForward();
        }
        await headingIs(page, HOSTILE_TITLE);
        await page.getByRole('img', { name: /^Driehoek:/ }).waitFor();
        expect(await wide(), `${name}: story page scrolls sideways`).toBe(false);
        if (screenshotDir) {
          await page.screenshot({
            path: join(screenshotDir, `verhaal-${name}.png`),
            fullPage: true,
          });
        }
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context?.close();
      }
    }
  }, 240_000);
});
