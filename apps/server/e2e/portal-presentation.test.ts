import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COLLECTION_SLUG } from '../src/seed';
import { axeViolations } from './axe';
import { launchChromium, startTestPlatform, type TTestPlatform } from './browser';
import { headingIs, signInToPortal } from './portal';

let platform: TTestPlatform;
let browser: Browser;
const screenshots = process.env.SCREENSHOT_DIR;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const BUTTON = 'utrecht.button.primary-action.background-color';
const FOCUS = 'utrecht.focus.outline-color';

describe('a collection’s landing page and theme, set in the portal', () => {
  it('refuses a colour below AA with the adjusted one, saves, and the intake shows text and theme', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      bypassCSP: true,
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const project = await signInToPortal(page, platform.url);
      await page.goto(`${project}/verzamelingen`);
      await headingIs(page, 'Verzamelingen');
      await page
        .locator('section', { has: page.locator(`a[href$="/o/${DEMO_COLLECTION_SLUG}"]`) })
        .getByRole('link', { name: /^Landingspagina en huisstijl/ })
        .click();
      await page.waitForSelector('.presentation-form');
      const heading = (await page.textContent('main h1')) ?? '';
      expect(heading).toMatch(/^Landingspagina en huisstijl: /);

      const intro = `Vertel ons hoe de jeugdhulp ging. ${Date.now()}`;
      await page.getByLabel('Inleiding', { exact: true }).fill(intro);
      await page.getByLabel('Hoe lang het duurt (minuten)').fill('15');
      await page.getByLabel('Naam van de site').fill('<b>Drechtsteden</b> vertelt');
      // A pale yellow button on white: under 3:1. The form says so and offers a darker one.
      await page.getByLabel('Knoppen', { exact: true }).fill('#f5d547');
      const check = page.locator('.contrast-check');
      await expect.poll(() => check.textContent()).toContain('Contrast te laag');
      expect(await check.textContent()).toMatch(/Knoppen: 1,\d\d:1, minstens 3:1/);
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      const summary = page.locator('main [role="alert"]');
      await expect.poll(() => summary.textContent()).toContain('Met #');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
      expect(await axeViolations(page)).toEqual([]);
      if (screenshots)
        await page.screenshot({ path: `${screenshots}/huisstijl-contrast.png`, fullPage: true });
      // Typing while the error shows keeps the caret in the field.
      await page.getByLabel('Focusrand').focus();
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('6');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toMatch(
        /colour-utrecht-focus-outline-color$/,
      );
      await page.getByLabel('Focusrand').fill('#1a4fd6');

      await page.getByRole('button', { name: 'Aangepaste kleuren overnemen' }).click();
      await expect.poll(() => check.textContent()).toContain('alle kleuren halen WCAG AA');
      const adjusted = await page.getByLabel('Knoppen', { exact: true }).inputValue();
      expect(adjusted).toMatch(/^#[0-9a-f]{6}$/);
      expect(adjusted).not.toBe('#f5d547');
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await expect.poll(() => page.textContent('main [role="status"]')).toContain('Opgeslagen');

      // A reload shows what was saved.
      await page.reload();
      await page.waitForSelector('.presentation-form');
      expect(await page.getByLabel('Inleiding', { exact: true }).inputValue()).toBe(intro);
      expect(await page.getByLabel('Knoppen', { exact: true }).inputValue()).toBe(adjusted);

      // The intake's landing page shows the text, the name (as text) and the colours.
      const phone = await browser.newContext({
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        locale: 'nl-NL',
      });
      const intake = await phone.newPage();
      intake.setDefaultTimeout(10_000);
      await intake.goto(`${platform.url}/o/${DEMO_COLLECTION_SLUG}`);
      await expect.poll(() => intake.textContent('main')).toContain(intro);
      expect(await intake.textContent('main')).toContain('Het duurt ongeveer 15 minuten.');
      expect(await intake.textContent('header .site-name')).toBe('<b>Drechtsteden</b> vertelt');
      expect(await intake.locator('header b').count()).toBe(0);
      const colours = await intake.evaluate(
        ([button, focus]) => {
          const style = document.documentElement.style;
          return {
            button: style.getPropertyValue(`--${button!.replaceAll('.', '-')}`),
            focus: style.getPropertyValue(`--${focus!.replaceAll('.', '-')}`),
          };
        },
        [BUTTON, FOCUS],
      );
      expect(colours).toEqual({ button: adjusted, focus: '#1a4fd6' });
      if (screenshots)
        await intake.screenshot({ path: `${screenshots}/huisstijl-intake.png`, fullPage: true });
      await phone.close();
    } finally {
      await context.close();
    }
  }, 150_000);
});
