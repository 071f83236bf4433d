import { join } from 'node:path';
import { findCollectionBySlug, openDatabase, rescheduleCollection } from '@duiding/db';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../src/platform';
import { DEMO_COLLECTION_SLUG } from '../src/seed';
import { axeViolations } from './axe';
import { launchChromium, mainHeading, startTestPlatform, type TTestPlatform } from './browser';
import { tellStoryByKeyboard } from './intake-by-keyboard';

let platform: TTestPlatform;
let browser: Browser;
let phone: BrowserContext;
let desktop: BrowserContext;
const screenshots = process.env.SCREENSHOT_DIR;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
  // bypassCSP only so that axe can be injected.
  phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    locale: 'nl-NL',
    bypassCSP: true,
  });
  desktop = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    bypassCSP: true,
  });
}, 90_000);

afterAll(async () => {
  await phone?.close();
  await desktop?.close();
  await browser?.close();
  await platform?.stop();
});

const landing = () => `${platform.url}/o/${DEMO_COLLECTION_SLUG}`;

async function shoot(page: Page, name: string) {
  if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
}

function moveWindow(opensAt: Date, closesAt: Date) {
  const db = openDatabase({ file: join(platform.dataDir, DATABASE_FILE) });
  try {
    const collection = findCollectionBySlug(db.orm, DEMO_COLLECTION_SLUG)!;
    rescheduleCollection(db.orm, collection.id, { opensAt, closesAt });
  } finally {
    db.close();
  }
}

describe('a collection with its own landing page and theme', () => {
  it('shows its landing page in its colours, and a story told there arrives', async () => {
    const page = await phone.newPage();
    page.setDefaultTimeout(10_000);
    const found: Record<string, string[]> = {};
    try {
      await page.goto(landing());
      await page.locator('#begin-vertellen').waitFor();
      expect(await mainHeading(page)).toBe('ZHZ vertelt 2026');
      const main = (await page.textContent('main')) ?? '';
      expect(main).toContain('Het duurt ongeveer 20 minuten.');
      expect(main).toContain('Wat gebeurt er met je verhaal?');
      expect(main).toContain('Onderzoeksteam ZHZ vertelt');
      // The theme's NL Design System tokens are on the page and in use.
      const colours = await page.evaluate(() => ({
        token: getComputedStyle(document.documentElement)
          .getPropertyValue('--utrecht-button-primary-action-background-color')
          .trim(),
        header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
        button: getComputedStyle(document.querySelector('#begin-vertellen')!).backgroundColor,
        heading: getComputedStyle(document.querySelector('main h1')!).color,
      }));
      expect(colours).toEqual({
        token: '#005a4e',
        header: 'rgb(0, 90, 78)',
        button: 'rgb(0, 90, 78)',
        heading: 'rgb(0, 70, 61)',
      });
      expect(await page.getByRole('img', { name: 'Logo van ZHZ vertelt' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      found.landing = await axeViolations(page);
      await shoot(page, 'landing-390');

      await page.locator('#begin-vertellen').tap();
      await tellStoryByKeyboard(page, {
        title: `In de kleuren van de regio ${Date.now()}`,
        text: 'Ik vertelde mijn verhaal op de site van mijn eigen regio.',
        onScreen: async (name) => {
          if (name === 'welkom' || name === 'bedankt') found[name] = await axeViolations(page);
          if (name === 'verhaal') await shoot(page, 'themed-verhaal-390');
        },
      });
      expect(await page.textContent('#persoonlijke-code')).toMatch(/^[2-9A-Z]{4}-/);
      expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
    } finally {
      await page.close();
    }
  }, 180_000);

  it('looks right on a desktop too', async () => {
    const page = await desktop.newPage();
    try {
      await page.goto(landing());
      await page.locator('#begin-vertellen').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shoot(page, 'landing-desktop');
    } finally {
      await page.close();
    }
  });

  it('before it opens and after it closes says so, with nothing to fill in', async () => {
    const page = await phone.newPage();
    page.setDefaultTimeout(10_000);
    const day = 86_400_000;
    try {
      moveWindow(new Date(Date.now() + day), new Date(Date.now() + 30 * day));
      await page.goto(landing());
      await page.waitForFunction(
        () =>
          document.querySelector('main h1')?.textContent === 'Dit onderzoek is nog niet begonnen',
      );
      expect(await page.textContent('main [role="status"]')).toContain('Dit onderzoek begint op');
      expect(await page.locator('main input, main textarea, main form').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await shoot(page, 'nog-niet-open-390');

      moveWindow(new Date(Date.now() - 30 * day), new Date(Date.now() - day));
      // Both addresses: the landing page and the plain start with ?collectie=.
      for (const address of [landing(), `${platform.url}/?collectie=${DEMO_COLLECTION_SLUG}`]) {
        await page.goto(address);
        await page.waitForFunction(
          () => document.querySelector('main h1')?.textContent === 'Dit onderzoek is gesloten',
        );
        expect(await page.textContent('main [role="status"]')).toContain('kon tot en met');
        expect(await page.locator('main input, main textarea, main form').count()).toBe(0);
      }
      expect(await axeViolations(page)).toEqual([]);
      await shoot(page, 'gesloten-390');
      // Withdrawing stays possible after closing.
      await page.locator('#verhaal-terugtrekken').tap();
      await page.locator('#code-invoer').waitFor();
    } finally {
      await page.close();
    }
  }, 120_000);
});
