import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import {
  ADMIN,
  launchChromium,
  mainHeading,
  pressTimes,
  startTestPlatform,
  type TTestPlatform,
  tabUntil,
} from './browser';
import { nextScreen, tellStoryByKeyboard } from './intake-by-keyboard';

let platform: TTestPlatform;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
  // bypassCSP only so that axe can be injected.
  context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'nl-NL',
    bypassCSP: true,
  });
}, 90_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await platform?.stop();
});

const SHOWN_CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

/** Every story title the portal gives the signed-in admin, all pages of every project. */
async function portalTitles(page: Page): Promise<string[]> {
  return page.evaluate(async (admin) => {
    const call = async (path: string, init?: RequestInit) => {
      const response = await fetch(`/trpc/${path}`, init);
      const body = (await response.json()) as { result?: { data: unknown }; error?: unknown };
      if (!body.result) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
      return body.result.data;
    };
    await call('portal.signIn', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    const { projects } = (await call('portal.projects')) as { projects: { id: string }[] };
    const titles: string[] = [];
    for (const project of projects) {
      let cursor: string | null = null;
      do {
        const input: Record<string, unknown> = { projectId: project.id, limit: 200 };
        if (cursor) input.cursor = cursor;
        const page = (await call(
          `portal.stories?input=${encodeURIComponent(JSON.stringify(input))}`,
        )) as { stories: { title: string }[]; nextCursor: string | null };
        titles.push(...page.stories.map((s) => s.title));
        cursor = page.nextCursor;
      } while (cursor);
    }
    return titles;
  }, ADMIN);
}

async function typeCodeAndSend(page: Page, typed: string) {
  await tabUntil(page, '#code-invoer');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
}

describe('the personal code in the browser', () => {
  it('is shown after a story, and withdraws that story by keyboard so the portal no longer lists it', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const found: Record<string, string[]> = {};
    try {
      await page.goto(`${platform.url}/`);
      const title = `Terug te trekken ${Date.now()}`;
      await tellStoryByKeyboard(page, {
        title,
        text: 'Ik vertel dit, maar misschien wil ik het later toch niet delen.',
      });
      const code = (await page.textContent('#persoonlijke-code'))?.trim() ?? '';
      expect(code).toMatch(SHOWN_CODE);
      found.bedankt = await axeViolations(page);
      expect(await portalTitles(page)).toContain(title);

      // Later, on a fresh page: nothing of the code is remembered by the browser.
      await page.goto(`${platform.url}/`);
      await page.waitForSelector('#toestemming');
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      expect(await page.textContent('main')).not.toContain(code);
      await tabUntil(page, '#verhaal-terugtrekken');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('main h1')?.textContent === 'Verhaal terugtrekken',
      );
      found['terugtrekken code'] = await axeViolations(page);

      await typeCodeAndSend(page, 'K7QP-MW3D-9XRT');
      await page.waitForSelector('main [role="alert"]');
      expect(await page.textContent('main [role="alert"]')).toContain('Deze code kennen we niet');
      found['terugtrekken verkeerde code'] = await axeViolations(page);

      // Written down by hand: lower case, spaces instead of dashes.
      await typeCodeAndSend(page, code.toLowerCase().replaceAll('-', ' '));
      const list = page.getByRole('list', { name: 'Jouw verhalen' });
      await list.waitFor();
      expect(await list.textContent()).toContain(title);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      found['terugtrekken bevestigen'] = await axeViolations(page);

      await tabUntil(page, '#bevestig-terugtrekken');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('main h1')?.textContent === 'Je verhalen zijn teruggetrokken',
      );
      expect(await page.textContent('main')).toContain('1 verhaal is teruggetrokken');
      found.teruggetrokken = await axeViolations(page);

      expect(await portalTitles(page)).not.toContain(title);
      expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
    } finally {
      await page.close();
    }
  }, 180_000);

  it('saves a half-written story and brings it back on a fresh page with the code', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const found: Record<string, string[]> = {};
    try {
      await page.goto(`${platform.url}/`);
      await page.waitForSelector('#toestemming');
      await tabUntil(page, '#toestemming');
      await page.keyboard.press('Space');
      await nextScreen(page);
      await tabUntil(page, '#vraag-rol');
      await page.keyboard.press('Space');
      await pressTimes(page, 'ArrowDown', 3);
      await tabUntil(page, '#vraag-gemeente');
      await page.keyboard.press('Space');
      await tabUntil(page, '#vraag-duur');
      await page.keyboard.press('Space');
      await nextScreen(page);
      await tabUntil(page, '#vertelvraag-moment');
      await page.keyboard.press('Space');
      await nextScreen(page);
      await tabUntil(page, '#verhaal-tekst');
      const halfway = 'Ik begon te schrijven over de wachttijd, en dan';
      await page.keyboard.type(halfway);
      await tabUntil(page, '#bewaar-concept');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('main h1')?.textContent === 'Je verhaal is bewaard',
      );
      const code = (await page.textContent('#persoonlijke-code'))?.trim() ?? '';
      expect(code).toMatch(SHOWN_CODE);
      found.bewaard = await axeViolations(page);

      await page.goto(`${platform.url}/`);
      await page.waitForSelector('#toestemming');
      await tabUntil(page, '#verder-met-code');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('main h1')?.textContent === 'Verder met je code',
      );
      found['verder met code'] = await axeViolations(page);
      await typeCodeAndSend(page, code);
      await page.waitForFunction(
        () => document.querySelector('main h1')?.textContent === 'Jouw verhaal',
      );
      expect(await page.inputValue('#verhaal-tekst')).toBe(halfway);
      expect(await mainHeading(page)).toBe('Jouw verhaal');
      expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
    } finally {
      await page.close();
    }
  }, 120_000);
});
