import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import {
  COLLECTION_TTL_MS,
  findOpenCollection,
  openDatabase,
  rescheduleCollection,
} from '@duiding/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../src/platform';
import {
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

describe('a story sent after the collection closed', () => {
  it('is refused with the Dutch message on the page, and the person stays on the screen', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' });
    page.setDefaultTimeout(10_000);
    try {
      await page.goto(`${platform.url}/`);
      await tellStoryByKeyboard(page, {
        title: 'Te laat verstuurd',
        text: 'Ik schreef lang aan dit verhaal, en toen was het onderzoek al dicht.',
        // While the person writes, the collection closes (a second connection to the file).
        beforeSend: async () => {
          const db = openDatabase({ file: join(platform.dataDir, DATABASE_FILE) });
          try {
            const open = findOpenCollection(db.orm, new Date());
            if (!open) throw new Error('No open collection to close');
            const past = new Date(Date.now() - 60_000);
            rescheduleCollection(db.orm, open.id, {
              opensAt: new Date(past.getTime() - 86_400_000),
              closesAt: past,
            });
          } finally {
            db.close();
          }
          // The server keeps a collection it read for COLLECTION_TTL_MS; a change made by
          // another process (this connection, or the CLI) is seen after that.
          await delay(COLLECTION_TTL_MS + 100);
          return false;
        },
      });
      const screenBefore = await mainHeading(page);
      await tabUntil(page, 'main form button[type="submit"]');
      // What has focus in the microtask after the alert appears: focus moves in the same
      // commit as the alert, not a frame later.
      await page.evaluate(() => {
        const seen = window as unknown as { focusAtAlert?: string | null };
        new MutationObserver((_, observer) => {
          if (!document.querySelector('main [role="alert"]')) return;
          seen.focusAtAlert = document.activeElement?.getAttribute('role') ?? null;
          observer.disconnect();
        }).observe(document.body, { childList: true, subtree: true });
      });
      await page.keyboard.press('Enter');
      const alert = page.locator('main [role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/Versturen is niet gelukt.*(gesloten|dicht)/i);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
      expect(
        await page.evaluate(() => (window as unknown as { focusAtAlert?: string }).focusAtAlert),
      ).toBe('alert');
      expect(await mainHeading(page)).toBe(screenBefore);
    } finally {
      await page.close();
    }
  }, 120_000);
});
