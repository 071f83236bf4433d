import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  launchChromium,
  mainHeading,
  startTestPlatform,
  type TTestPlatform,
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

async function phone(locale: string) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    locale,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { page, close: () => context.close() };
}

async function waitForHeading(page: Page, heading: string) {
  await page.waitForFunction(
    (h) => document.querySelector('main h1')?.textContent?.trim() === h,
    heading,
    { timeout: 10_000 },
  );
}

const switchTo = (page: Page, language: 'English' | 'Nederlands') =>
  page.locator('nav.language-switch').getByRole('button', { name: language }).tap();

/** The language the portal has for each story title (signed in as the admin). */
async function storyLanguages(page: Page): Promise<Record<string, string>> {
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
    const found: Record<string, string> = {};
    for (const project of projects) {
      const input = encodeURIComponent(JSON.stringify({ projectId: project.id, limit: 50 }));
      const list = (await call(`portal.stories?input=${input}`)) as {
        stories: { title: string; language: string }[];
      };
      for (const story of list.stories) found[story.title] = story.language;
    }
    return found;
  }, ADMIN);
}

describe('the language of the intake', () => {
  it('follows the browser’s language, and ?lang= over it', async () => {
    const english = await phone('en-GB');
    try {
      await english.page.goto(`${platform.url}/`);
      await english.page
        .getByRole('checkbox', { name: 'I have read this and I take part.' })
        .waitFor();
      expect(await english.page.evaluate(() => document.documentElement.lang)).toBe('en');
      await english.page.goto(`${platform.url}/?lang=nl`);
      await english.page
        .getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' })
        .waitFor();
      expect(await english.page.evaluate(() => document.documentElement.lang)).toBe('nl');
    } finally {
      await english.close();
    }
    const dutch = await phone('nl-NL');
    try {
      await dutch.page.goto(`${platform.url}/?lang=en`);
      await dutch.page
        .getByRole('checkbox', { name: 'I have read this and I take part.' })
        .waitFor();
    } finally {
      await dutch.close();
    }
  }, 60_000);

  it('switches on any screen without losing an answer, and keeps focus where the person is', async () => {
    const { page, close } = await phone('nl-NL');
    try {
      await page.goto(`${platform.url}/`);
      await page.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }).tap();
      await page.getByRole('button', { name: 'Volgende' }).tap();
      await waitForHeading(page, 'Over jou');
      await page.getByRole('radio', { name: 'Grootouder' }).tap();
      await switchTo(page, 'English');
      await waitForHeading(page, 'About you');
      expect(await page.getByRole('radio', { name: 'Grandparent' }).isChecked()).toBe(true);
      expect(page.url()).toContain('lang=en');
      // Only the words change: focus stays on the switch, the page is not reset.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('lang'))).toBe('en');
      await page.getByRole('radio', { name: 'Dordrecht' }).tap();
      await page.getByRole('radio', { name: 'Less than 3 months' }).tap();
      await page.getByRole('button', { name: 'Next' }).tap();
      await waitForHeading(page, 'What would you like to tell about?');
      await page.locator('#vertelvraag-moment').tap();
      await page.getByRole('button', { name: 'Next' }).tap();
      await waitForHeading(page, 'Your story');
      await page.locator('#verhaal-titel').tap();
      await page.keyboard.type('Wachten');
      expect(await page.getAttribute('#verhaal-titel', 'dir')).toBe('auto');
      expect(await page.getAttribute('#verhaal-tekst', 'dir')).toBe('auto');

      await switchTo(page, 'Nederlands');
      await waitForHeading(page, 'Jouw verhaal');
      expect(await page.inputValue('#verhaal-titel')).toBe('Wachten');
      // Back in history goes to the previous step, in the language now chosen.
      await page.goBack();
      await waitForHeading(page, 'Waarover wil je vertellen?');
      expect(await page.isChecked('#vertelvraag-moment')).toBe(true);
      // A reload keeps the language and the answers.
      page.on('dialog', (dialog) => void dialog.accept());
      await switchTo(page, 'English');
      // The switch is done (its texts loaded and the choice kept) before the reload.
      await waitForHeading(page, 'What would you like to tell about?');
      await page.reload();
      await waitForHeading(page, 'What would you like to tell about?');
      await page.getByRole('button', { name: 'Next' }).tap();
      await waitForHeading(page, 'Your story');
      expect(await page.inputValue('#verhaal-titel')).toBe('Wachten');
    } finally {
      await close();
    }
  }, 90_000);

  it('stores each story with the language it was told in', async () => {
    const english = await phone('en-GB');
    const stamp = Date.now();
    try {
      await english.page.goto(`${platform.url}/`);
      await tellStoryByKeyboard(english.page, {
        title: `Told in English ${stamp}`,
        text: 'The care worker took the time to listen to what we needed.',
      });
      expect(await mainHeading(english.page)).toBe('Thank you!');
    } finally {
      await english.close();
    }
    const dutch = await phone('nl-NL');
    try {
      await dutch.page.goto(`${platform.url}/`);
      await tellStoryByKeyboard(dutch.page, {
        title: `In het Nederlands ${stamp}`,
        text: 'De hulpverlener nam de tijd om te luisteren naar wat wij nodig hadden.',
        // Written in Dutch, then the language is switched just before sending.
        beforeSend: async () => {
          await switchTo(dutch.page, 'English');
          await dutch.page.getByRole('button', { name: 'Send your story' }).waitFor();
          return true;
        },
      });
      expect(await mainHeading(dutch.page)).toBe('Thank you!');
      const languages = await storyLanguages(dutch.page);
      expect(languages[`Told in English ${stamp}`]).toBe('en');
      expect(languages[`In het Nederlands ${stamp}`]).toBe('nl');
    } finally {
      await dutch.close();
    }
  }, 180_000);
});

describe('before the script has loaded', () => {
  it('shows the title and that the questionnaire is loading; without JavaScript, says what to do', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const page = await context.newPage();
    try {
      await page.goto(`${platform.url}/`);
      expect(await page.textContent('main h1')).toBe('Deel je ervaring');
      expect(await page.textContent('main')).toContain('Voor deze vragenlijst is JavaScript nodig');
      // Styled already: the bar at the top has the site's colour, not a blank page.
      const bar = await page.$eval('.site-header', (e) => getComputedStyle(e).backgroundColor);
      expect(bar).not.toBe('rgba(0, 0, 0, 0)');
    } finally {
      await context.close();
    }

    const slow = await browser.newContext({ locale: 'nl-NL' });
    const waiting = await slow.newPage();
    try {
      // The script never arrives: what shows is the static page.
      await waiting.route('**/assets/*.js', (route) => route.abort());
      await waiting.goto(`${platform.url}/`);
      expect(await waiting.textContent('#laden')).toContain('De vragenlijst wordt geladen');
    } finally {
      await slow.close();
    }
  }, 60_000);
});
