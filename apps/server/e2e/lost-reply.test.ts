import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  mainHeading,
  startTestPlatform,
  type TTestPlatform,
  tabUntil,
} from './browser';
import { tellStoryByKeyboard } from './intake-by-keyboard';

/*
 * The story reaches the server and is stored, but the reply never reaches the phone (a train
 * tunnel, a lift). The person presses "Verstuur" again: the thank-you must show the personal
 * code, that code must withdraw the story, and a busy shared address must not refuse it.
 */

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

const SHOWN_CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

/** Lets the first submitStory reach the server, then drops its reply. */
async function dropFirstSubmitReply(page: Page): Promise<{ handled: () => boolean }> {
  let handled = false;
  await page.route('**/trpc/intake.submitStory*', async (route) => {
    if (handled) return route.continue();
    const response = await route.fetch();
    handled = response.ok();
    await route.abort('connectionreset');
  });
  return { handled: () => handled };
}

async function tellAndSendOnce(page: Page, title: string) {
  await page.goto(`${platform.url}/`);
  await tellStoryByKeyboard(page, {
    title,
    text: 'Ik stuurde mijn verhaal in de trein, net voor de tunnel.',
    beforeSend: async () => false,
  });
  await tabUntil(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');
  const alert = page.locator('main [role="alert"]');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Versturen is niet gelukt');
}

async function sendAgain(page: Page) {
  await tabUntil(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => document.querySelector('main h1')?.textContent === 'Dank je wel!',
  );
}

async function call(path: string, input: unknown) {
  const response = await fetch(`${platform.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: platform.url },
    body: JSON.stringify(input),
  });
  return {
    status: response.status,
    body: (await response.json()) as { result?: { data: unknown } },
  };
}

describe('a lost reply to a sent story', () => {
  it('still shows the personal code on the retry, and that code withdraws the story', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    try {
      const drop = await dropFirstSubmitReply(page);
      const title = `Reactie kwijt ${Date.now()}`;
      await tellAndSendOnce(page, title);
      expect(drop.handled()).toBe(true);

      await sendAgain(page);
      expect(await mainHeading(page)).toBe('Dank je wel!');
      const code = (await page.textContent('#persoonlijke-code', { timeout: 2_000 }))?.trim() ?? '';
      expect(code).toMatch(SHOWN_CODE);
      // Nothing of the code is kept in the browser's storage.
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

      const mine = await call('intake.myStories', { code });
      expect(mine.body.result?.data).toMatchObject({ stories: [{ title }] });
      const withdrawn = await call('intake.withdraw', { code });
      expect(withdrawn.body.result?.data).toEqual({ withdrawn: 1 });
    } finally {
      await page.close();
    }
  }, 180_000);

  it('is answered on the retry even when the shared address has used up its stories', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    try {
      await dropFirstSubmitReply(page);
      await tellAndSendOnce(page, `Klas achter één adres ${Date.now()}`);

      // The rest of the class sends from the same address until the limit is reached.
      let limited = false;
      for (let i = 0; i < 2_000 && !limited; i++) {
        const { status } = await call('intake.submitStory', {
          clientId: crypto.randomUUID(),
          collectionId: 'geen',
          participant: { clientId: crypto.randomUUID(), answers: {} },
          story: { promptId: 'x', title: '', text: '', language: 'nl' },
          answers: {},
        });
        limited = status === 429;
      }
      expect(limited).toBe(true);

      await sendAgain(page);
      expect(await page.textContent('#persoonlijke-code', { timeout: 2_000 })).toMatch(SHOWN_CODE);
    } finally {
      await page.close();
    }
  }, 180_000);
});
