import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, mainHeading, startTestPlatform, type TTestPlatform } from './browser';

let platform: TTestPlatform;
let browser: Browser;
let phone: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
  phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    locale: 'nl-NL',
  });
}, 90_000);

afterAll(async () => {
  await phone?.close();
  await browser?.close();
  await platform?.stop();
});

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeRole = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('role') ?? '');

async function tapButton(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name }).tap();
}

async function waitForHeading(page: Page, heading: string) {
  await page.waitForFunction(
    (h) => document.querySelector('main h1')?.textContent?.trim() === h,
    heading,
    { timeout: 10_000 },
  );
}

/** By touch: consent, "Over jou" with the answers given, then the prompt. */
async function tapToStory(page: Page) {
  await page.goto(`${platform.url}/`);
  await page.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }).tap();
  await tapButton(page, 'Volgende');
  await waitForHeading(page, 'Over jou');
  await page.getByRole('radio', { name: 'Ouder of verzorger' }).tap();
  await page.getByRole('radio', { name: 'Dordrecht' }).tap();
  await page.getByRole('radio', { name: 'Korter dan 3 maanden' }).tap();
  await tapButton(page, 'Volgende');
  await waitForHeading(page, 'Waarover wil je vertellen?');
  await page.getByRole('radio', { name: /Vertel over een moment/ }).tap();
  await tapButton(page, 'Volgende');
  await waitForHeading(page, 'Jouw verhaal');
}

/** "Over jou" with its three errors: "Volgende" pressed before any answer. */
async function toParticipantErrors(page: Page) {
  await page.goto(`${platform.url}/`);
  await page.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }).tap();
  await tapButton(page, 'Volgende');
  await waitForHeading(page, 'Over jou');
  await tapButton(page, 'Volgende');
  await page.waitForSelector('main [role="alert"] a');
}

describe('errors on an intake screen (touch, 390 px)', () => {
  it('typing in a field while the error summary shows keeps every letter and the focus', async () => {
    const page = await phone.newPage();
    page.setDefaultTimeout(10_000);
    try {
      await tapToStory(page);
      await tapButton(page, 'Volgende');
      await page.waitForSelector('main [role="alert"]');
      // Asking to go on moves focus to the summary, so a screen reader reads it.
      expect(await activeRole(page)).toBe('alert');

      await page.locator('#verhaal-titel').tap();
      await page.keyboard.type('Eindelijk gehoord');
      expect(await page.inputValue('#verhaal-titel')).toBe('Eindelijk gehoord');
      expect(await activeId(page)).toBe('verhaal-titel');

      await page.locator('#verhaal-tekst').tap();
      await page.keyboard.type('De hulpverlener luisterde.');
      expect(await page.inputValue('#verhaal-tekst')).toBe('De hulpverlener luisterde.');
      expect(await activeId(page)).toBe('verhaal-tekst');
      expect(await mainHeading(page)).toBe('Jouw verhaal');
    } finally {
      await page.close();
    }
  }, 90_000);

  it('on "Over jou" a tap on an answer while errors show keeps the page where it is', async () => {
    const page = await phone.newPage();
    page.setDefaultTimeout(10_000);
    try {
      await toParticipantErrors(page);
      const answer = page.getByRole('radio', { name: 'Korter dan 3 maanden' });
      await answer.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => window.scrollY);
      expect(before).toBeGreaterThan(200);
      await answer.tap();
      expect(await answer.isChecked()).toBe(true);
      // Give a focus or scroll effect the chance to run.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
      expect(await activeRole(page)).not.toBe('alert');
      await page.getByRole('radio', { name: 'Dordrecht' }).tap();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(await activeRole(page)).not.toBe('alert');
      // The answered questions leave the summary; the unanswered one stays.
      expect(await page.locator('main [role="alert"] a').count()).toBe(1);
    } finally {
      await page.close();
    }
  }, 90_000);

  it('the error summary names the question of each link', async () => {
    const page = await phone.newPage();
    page.setDefaultTimeout(10_000);
    try {
      await toParticipantErrors(page);
      const links = await page.locator('main [role="alert"] a').allTextContents();
      expect(links).toHaveLength(3);
      // Not three times the same "Beantwoord deze vraag.": each says which question.
      expect(new Set(links).size).toBe(3);
      expect(links[0]).toContain('Wie ben je?');
      expect(links[1]).toContain('In welke gemeente woon je?');
      expect(links[2]).toContain('Hoe lang krijg je (of kreeg je) hulp?');
      await page.locator('main [role="alert"] a').nth(1).tap();
      expect(await activeId(page)).toBe('vraag-gemeente');
    } finally {
      await page.close();
    }
  }, 90_000);
});
