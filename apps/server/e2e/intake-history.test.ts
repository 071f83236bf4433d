import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COLLECTION_SLUG } from '../src/seed';
import { launchChromium, mainHeading, startTestPlatform, type TTestPlatform } from './browser';

let platform: TTestPlatform;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
}, 90_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await platform?.stop();
});

const TITLE = 'Eindelijk gehoord';
const TEXT = 'De hulpverlener luisterde echt naar wat wij nodig hadden.';

async function waitForHeading(page: Page, heading: string) {
  await page.waitForFunction(
    (h) => document.querySelector('main h1')?.textContent?.trim() === h,
    heading,
    { timeout: 10_000 },
  );
}

async function next(page: Page, heading: string) {
  await page.getByRole('button', { name: 'Volgende' }).click();
  await waitForHeading(page, heading);
}

/** Six screens by mouse: welcome, "Over jou", prompt, story, the first two signifiers. */
async function tellSixSteps(page: Page) {
  await page.goto(`${platform.url}/`);
  await page.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }).check();
  await next(page, 'Over jou');
  await page.getByRole('radio', { name: 'Ouder of verzorger' }).check();
  await page.getByRole('radio', { name: 'Dordrecht' }).check();
  await page.getByRole('radio', { name: 'Korter dan 3 maanden' }).check();
  await next(page, 'Waarover wil je vertellen?');
  await page.getByRole('radio', { name: /Vertel over een moment/ }).check();
  await next(page, 'Jouw verhaal');
  await page.fill('#verhaal-titel', TITLE);
  await page.fill('#verhaal-tekst', TEXT);
  await next(page, 'Hoe voel je je over dit verhaal?');
  await page.getByRole('radio', { name: 'Positief', exact: true }).check();
  await next(page, 'Wat hielp in dit verhaal het meest?');
}

/** Leaving with unsent answers asks first; these tests say "yes, leave". */
function acceptLeaving(page: Page): string[] {
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  return asked;
}

describe('the browser’s Back, Forward and Reload in the intake', () => {
  it('Back goes one step back and Forward returns, with every answer, and the step is in the URL', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    acceptLeaving(page);
    try {
      await tellSixSteps(page);
      expect(page.url()).toContain('stap=vraag-hulp');

      await page.goBack();
      await waitForHeading(page, 'Hoe voel je je over dit verhaal?');
      expect(await page.getByRole('radio', { name: 'Positief', exact: true }).isChecked()).toBe(
        true,
      );
      await page.goBack();
      await waitForHeading(page, 'Jouw verhaal');
      expect(page.url()).toContain('stap=verhaal');
      expect(await page.inputValue('#verhaal-titel')).toBe(TITLE);
      expect(await page.inputValue('#verhaal-tekst')).toBe(TEXT);
      await page.goBack();
      await page.goBack();
      await waitForHeading(page, 'Over jou');
      expect(await page.getByRole('radio', { name: 'Dordrecht' }).isChecked()).toBe(true);

      await page.goForward();
      await page.goForward();
      await waitForHeading(page, 'Jouw verhaal');
      expect(await page.inputValue('#verhaal-tekst')).toBe(TEXT);
      await page.goForward();
      await page.goForward();
      await waitForHeading(page, 'Wat hielp in dit verhaal het meest?');
    } finally {
      await page.close();
    }
  }, 90_000);

  it('a reload keeps the screen and every answer; Back after it still has them', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const asked = acceptLeaving(page);
    try {
      await tellSixSteps(page);
      await page.goBack();
      await page.goBack();
      await waitForHeading(page, 'Jouw verhaal');
      await page.fill('#verhaal-tekst', `${TEXT} Nog een zin.`);
      await page.reload();
      await waitForHeading(page, 'Jouw verhaal');
      expect(await page.inputValue('#verhaal-titel')).toBe(TITLE);
      expect(await page.inputValue('#verhaal-tekst')).toBe(`${TEXT} Nog een zin.`);
      // The reload asked first: the answers were not sent yet.
      expect(asked).toContain('beforeunload');

      await page.goBack();
      await waitForHeading(page, 'Waarover wil je vertellen?');
      expect(await page.getByRole('radio', { name: /Vertel over een moment/ }).isChecked()).toBe(
        true,
      );
      await page.goForward();
      await page.goForward();
      await waitForHeading(page, 'Hoe voel je je over dit verhaal?');
      expect(await page.getByRole('radio', { name: 'Positief', exact: true }).isChecked()).toBe(
        true,
      );
    } finally {
      await page.close();
    }
  }, 90_000);

  it('leaving with unsent answers asks first; "stop en vergeet" forgets them on this device', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    try {
      await tellSixSteps(page);
      // Say "stay" to the question: the page and its answers remain.
      const dismissed: string[] = [];
      page.once('dialog', (dialog) => {
        dismissed.push(dialog.type());
        void dialog.dismiss();
      });
      await page.goto('about:blank').catch(() => {});
      expect(dismissed).toEqual(['beforeunload']);
      expect(await mainHeading(page)).toBe('Wat hielp in dit verhaal het meest?');

      await page.getByRole('button', { name: 'Stop en vergeet mijn antwoorden' }).click();
      await page.getByRole('button', { name: 'Ja, vergeet alles' }).click();
      await page.waitForSelector('#toestemming');
      expect(await page.isChecked('#toestemming')).toBe(false);
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
      // Nothing left to lose: leaving asks nothing.
      const asked: string[] = [];
      page.on('dialog', (dialog) => {
        asked.push(dialog.type());
        void dialog.accept();
      });
      await page.reload();
      await page.waitForSelector('#toestemming');
      expect(await page.isChecked('#toestemming')).toBe(false);
      expect(asked).toEqual([]);
    } finally {
      await page.close();
    }
  }, 90_000);

  it('a reload mid-way on a collection’s own address returns to the step, not its landing page', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    acceptLeaving(page);
    try {
      await page.goto(`${platform.url}/o/${DEMO_COLLECTION_SLUG}`);
      await page.getByRole('button', { name: 'Begin met vertellen' }).click();
      await page.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }).check();
      await next(page, 'Over jou');
      await page.getByRole('radio', { name: 'Grootouder' }).check();
      await page.reload();
      await waitForHeading(page, 'Over jou');
      expect(await page.getByRole('radio', { name: 'Grootouder' }).isChecked()).toBe(true);
      expect(new URL(page.url()).pathname).toBe(`/o/${DEMO_COLLECTION_SLUG}`);
    } finally {
      await page.close();
    }
  }, 90_000);
});
