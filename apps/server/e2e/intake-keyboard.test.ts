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

      // Found by searching for its title, by keyboard; the story page draws the triad.
      await tabUntil(page, 'main input[type="search"]', { max: 40 });
      await page.keyboard.type(title);
      await page.keyboard.press('Enter');
      const row = page.locator('main table tbody th a', { hasText: title });
      await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
      await row.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (t) => document.querySelector('main h1')?.textContent === t,
        title,
      );
      if (screenshotDir)
        await page.screenshot({ path: join(screenshotDir, 'portaal-verhaal.png') });
      expect(await page.textContent('main')).toContain('Wat hielp in dit verhaal het meest?');
      const triad = page.getByRole('img', { name: `Driehoek: ${told.hulpDescription}` });
      expect(await triad.count()).toBe(1);
    } finally {
      await context.close();
    }
  }, 120_000);
});
