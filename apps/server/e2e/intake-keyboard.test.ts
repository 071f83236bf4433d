import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  launchChromium,
  mainHeading,
  startTestPlatform,
  type TTestPlatform,
  tabUntil,
} from './browser';
import { tellStoryByKeyboard } from './intake-by-keyboard';

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

/** Set SCREENSHOT_DIR to keep a phone-sized picture of every intake screen. */
const screenshotDir = process.env.SCREENSHOT_DIR;

describe('a story told with the keyboard only', () => {
  it('is stored, thanked for, and found with its triad in the portal', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'nl-NL',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    if (screenshotDir) await mkdir(screenshotDir, { recursive: true });
    try {
      await page.goto(`${platform.url}/`);
      const title = `Toetsenbordverhaal ${Date.now()}`;
      const told = await tellStoryByKeyboard(page, {
        title,
        text: 'De hulpverlener nam de tijd en vroeg wat ik zelf wilde. Dat hielp echt.',
        onScreen: async (name) => {
          if (screenshotDir)
            await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
        },
      });
      expect(await mainHeading(page)).toBe('Dank je wel!');
      expect(await page.textContent('main')).toContain(title);
      expect(told.hulpDescription).toMatch(/^\d+% Mijn eigen kracht, \d+% De hulpverlener, \d+% /);

      await page.goto(`${platform.url}/portal/`);
      await page.waitForSelector('#email');
      await tabUntil(page, '#email');
      await page.keyboard.type(ADMIN.email);
      await tabUntil(page, '#wachtwoord');
      await page.keyboard.type(ADMIN.password);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('main h1')?.textContent === 'Verhalen',
      );

      // The newest come first, a page of the table at a time; page on by keyboard.
      const row = page.locator('main table tbody th button', { hasText: title });
      // Wait for each page's rows before looking: counting before the table has loaded
      // would page past the story.
      const rowsOnPage = async () => {
        await page.waitForSelector('main table tbody tr');
        return row.count();
      };
      for (let more = 0; more < 100 && (await rowsOnPage()) === 0; more++) {
        const next = page.getByRole('button', { name: 'Volgende pagina' });
        if (await next.isDisabled()) break;
        const caption = await page.textContent('main table caption');
        await tabUntil(page, 'main .pager button:last-child', { max: 400 });
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          (before) => document.querySelector('main table caption')?.textContent !== before,
          caption,
        );
      }
      await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
      await row.focus();
      await page.keyboard.press('Enter');
      const story = page.locator('article', { has: page.getByRole('heading', { name: title }) });
      await expect.poll(() => story.count(), { timeout: 10_000 }).toBe(1);
      if (screenshotDir) {
        await story.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(screenshotDir, 'portaal-verhaal.png') });
      }
      const text = await story.textContent();
      expect(text).toContain('Wat hielp in dit verhaal het meest?');
      expect(text).toContain(told.hulpDescription);
    } finally {
      await context.close();
    }
  }, 120_000);
});
