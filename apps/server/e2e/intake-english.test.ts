import { join } from 'node:path';
import { findCollectionBySlug, openDatabase, rescheduleCollection } from '@duiding/db';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../src/platform';
import { DEMO_COLLECTION_SLUG } from '../src/seed';
import { launchChromium, mainHeading, startTestPlatform, type TTestPlatform } from './browser';
import { answerSignifier, currentSignifier } from './intake-by-keyboard';

/*
 * Issue 6: in English the intake must show no Dutch anywhere, errors included. The oracle is
 * the Dutch the intake and its inputs used to show in English mode (validation messages,
 * the inputs' status lines and notices, the landing and not-open pages, the honeypot's
 * label), as words no English text has.
 */
const DUTCH_WORDS = [
  'de',
  'het',
  'een',
  'je',
  'jouw',
  'niet',
  'van',
  'naar',
  'nog',
  'ook',
  'wordt',
  'kun',
  'kunt',
  'Volgende',
  'Vorige',
  'Stap',
  'Verstuur',
  'Versturen',
  'Bewaar',
  'Bewaren',
  'Beantwoord',
  'Kies',
  'Geef',
  'Schrijf',
  'Zet',
  'Leg',
  'Vul',
  'Fout',
  'veld',
  'steen',
  'stenen',
  'Terug',
  'Toon',
  'Taal',
  'verhaal',
  'verhalen',
  'vraag',
  'vragen',
  'gekozen',
  'ingevuld',
  'omhoog',
  'Weet',
  'toepassing',
  'onderzoek',
  'Dank',
  'geduld',
  'laden',
  'Laat',
  'leeg',
  'Ja',
  'Nee',
  'gesloten',
  'begonnen',
  'tijdens',
  'minuten',
  'Begin',
  'vertellen',
  'telefoon',
  'bolletje',
  'driehoek',
  'stip',
  'schuif',
  'antwoord',
  'antwoorden',
  'persoonlijke',
  'Bijvoorbeeld',
];

let platform: TTestPlatform;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
  // A Dutch browser: the person switches to English with the language switch.
  context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    locale: 'nl-NL',
  });
}, 90_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await platform?.stop();
});

/** Every Dutch word of the oracle the page shows or reads out (text, labels, value texts, title). */
async function dutchOn(page: Page): Promise<string[]> {
  return page.evaluate((words) => {
    const dutch = new RegExp(`(^|[^\\p{L}])(${words.join('|')})(?=$|[^\\p{L}])`, 'iu');
    const found: string[] = [];
    const check = (text: string | null | undefined, where: string) => {
      const match = text && dutch.exec(text);
      if (match) found.push(`${where}: "${match[2]}" in "${text!.trim().slice(0, 120)}"`);
    };
    check(document.title, 'title');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Contact details are the research team's data, not the intake's words.
      if (
        !parent ||
        parent.closest('script, style, noscript, body [lang="nl"], a[href^="mailto:"]')
      )
        continue;
      check(node.textContent, parent.tagName.toLowerCase());
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('body [lang="nl"]')) continue;
      for (const name of ['aria-label', 'aria-valuetext', 'aria-roledescription', 'alt', 'title']) {
        check(element.getAttribute(name), `@${name}`);
      }
    }
    return found;
  }, DUTCH_WORDS);
}

async function expectEnglish(page: Page, screen: string) {
  expect(await dutchOn(page), screen).toEqual([]);
}

/**
 * Records the tab title at every change of the main heading, in the microtask after the DOM
 * changed: a title written a frame later (in a passive effect) shows up as a stale pair.
 */
async function watchTitles(page: Page) {
  await page.evaluate(() => {
    const seen: [string, string][] = [];
    (window as unknown as { titlesSeen: typeof seen }).titlesSeen = seen;
    new MutationObserver(() => {
      const heading = document.querySelector('main h1')?.textContent?.trim() ?? '';
      if (seen.at(-1)?.[0] !== heading) seen.push([heading, document.title]);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

async function titlesSeen(page: Page): Promise<[string, string][]> {
  return page.evaluate(() => (window as unknown as { titlesSeen: [string, string][] }).titlesSeen);
}

const submit = (page: Page) => page.locator('main form button[type="submit"]').first().tap();

/** Presses the form's button with nothing (more) filled in; waits for the error summary. */
async function errorsShowing(page: Page) {
  await submit(page);
  await page.locator('main [role="alert"]').waitFor();
}

/** Presses the form's button and waits for the next screen. */
async function onward(page: Page) {
  const before = await mainHeading(page);
  await submit(page);
  await page.waitForFunction(
    (previous) => document.querySelector('main h1')?.textContent?.trim() !== previous,
    before,
  );
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

describe('the intake in English', () => {
  it('the oracle finds the Dutch it is for', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${platform.url}/`);
      await page.locator('#toestemming').waitFor();
      await errorsShowing(page);
      expect((await dutchOn(page)).length).toBeGreaterThan(5);
    } finally {
      await page.close();
    }
  });

  it('shows no Dutch on any screen, errors showing or not, through the thank-you', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    try {
      await page.goto(`${platform.url}/`);
      await page.locator('nav.language-switch').getByRole('button', { name: 'English' }).tap();
      await page.getByRole('checkbox', { name: 'I have read this and I take part.' }).waitFor();
      await expectEnglish(page, 'welcome');
      await errorsShowing(page);
      await expectEnglish(page, 'welcome, errors');
      await page.locator('#toestemming').tap();
      await onward(page);

      await expectEnglish(page, 'about you');
      await errorsShowing(page);
      await expectEnglish(page, 'about you, errors');
      for (const id of ['rol', 'gemeente', 'duur']) await page.locator(`#vraag-${id}`).tap();
      await onward(page);

      await errorsShowing(page);
      await expectEnglish(page, 'prompt, errors');
      await page.locator('main input[type="radio"]').first().tap();
      await onward(page);

      await errorsShowing(page);
      await expectEnglish(page, 'story, errors');
      await page.locator('#verhaal-titel').fill('A morning at the youth team');
      await page.locator('#verhaal-tekst').fill('Short.');
      await errorsShowing(page);
      await expectEnglish(page, 'story too short');
      await page
        .locator('#verhaal-tekst')
        .fill('They listened to me for an hour and then we made a plan together.');
      await page.locator('#bewaar-concept').tap();
      await page.getByRole('heading', { name: 'Your story has been saved' }).waitFor();
      await expectEnglish(page, 'saved, with the code');
      await page.getByRole('button', { name: 'Continue writing now' }).tap();
      await page.getByRole('heading', { name: 'Your story' }).waitFor();
      await onward(page);

      for (let screen = 0; screen < 20; screen++) {
        const question = await currentSignifier(page);
        if (!question) break;
        await expectEnglish(page, question.id);
        const before = await mainHeading(page);
        await submit(page);
        await page.waitForFunction(
          (previous) =>
            document.querySelector('main [role="alert"]') !== null ||
            document.querySelector('main h1')?.textContent?.trim() !== previous,
          before,
        );
        if ((await mainHeading(page)) !== before) continue; // an optional question
        await expectEnglish(page, `${question.id}, errors`);
        await answerSignifier(page, question);
        await expectEnglish(page, `${question.id}, answered`);
        await onward(page);
      }
      expect(await mainHeading(page)).toBe('Thank you!');
      await expectEnglish(page, 'thank you');
    } finally {
      await page.close();
    }
  }, 240_000);

  it('shows no Dutch on withdraw, resume, save and forget, with their errors', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    try {
      await page.goto(`${platform.url}/?lang=en`);
      await page.locator('#toestemming').waitFor();
      await page.getByRole('button', { name: 'Withdraw a story' }).tap();
      await page.locator('#code-invoer').waitFor();
      await expectEnglish(page, 'withdraw');
      await errorsShowing(page);
      await expectEnglish(page, 'withdraw, no code');
      await page.locator('#code-invoer').fill('AAAA-BBBB-CCCC');
      await submit(page);
      await page.locator('#code-invoer-error').getByText('We do not know this code').waitFor();
      await expectEnglish(page, 'withdraw, unknown code');
      await page.goBack();
      await page.locator('#toestemming').waitFor();

      await page.getByRole('button', { name: 'Continue with your code' }).tap();
      await page.locator('#code-invoer').fill('AAAA-BBBB-CCCC');
      await submit(page);
      await page.locator('main [role="alert"]').waitFor();
      await page
        .getByText('We find no saved story under this code', { exact: false })
        .first()
        .waitFor();
      await expectEnglish(page, 'resume, unknown code');
      await page.goBack();

      await page.locator('#toestemming').tap();
      await onward(page);
      await page.locator('#stop-en-vergeet').tap();
      await page.getByRole('button', { name: 'Yes, forget everything' }).waitFor();
      await expectEnglish(page, 'forget');
      await page.getByRole('button', { name: 'Yes, forget everything' }).tap();
      await expectEnglish(page, 'forgotten');
    } finally {
      await page.close();
    }
  }, 120_000);

  it('shows no Dutch on the landing page, before opening and after closing', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const day = 86_400_000;
    try {
      await page.goto(`${platform.url}/o/${DEMO_COLLECTION_SLUG}?lang=en`);
      await page.locator('#begin-vertellen').waitFor();
      await expectEnglish(page, 'landing');

      moveWindow(new Date(Date.now() + day), new Date(Date.now() + 30 * day));
      await page.reload();
      await page.getByRole('heading', { name: 'This study has not started yet' }).waitFor();
      await expectEnglish(page, 'not yet open');

      moveWindow(new Date(Date.now() - 30 * day), new Date(Date.now() - day));
      await page.reload();
      await page.getByRole('heading', { name: 'This study is closed' }).waitFor();
      await expectEnglish(page, 'closed');
      await page.locator('#verhaal-terugtrekken').tap();
      await page.locator('#code-invoer').waitFor();
      await expectEnglish(page, 'closed, withdraw');
    } finally {
      moveWindow(new Date(Date.now() - 30 * 86_400_000), new Date(Date.now() + 30 * 86_400_000));
      await page.close();
    }
  }, 120_000);

  it('switches language on the landing and closed pages, and keeps it into the intake and on reload', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const day = 86_400_000;
    const switchTo = (language: 'English' | 'Nederlands') =>
      page.locator('nav.language-switch').getByRole('button', { name: language }).tap();
    try {
      await page.goto(`${platform.url}/o/${DEMO_COLLECTION_SLUG}`);
      await page.getByRole('button', { name: 'Begin met vertellen' }).waitFor();
      await switchTo('English');
      await page.getByRole('button', { name: 'Start telling' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await expectEnglish(page, 'landing after the switch');
      await page.reload();
      await page.getByRole('button', { name: 'Start telling' }).waitFor();
      await page.getByRole('button', { name: 'Start telling' }).tap();
      await page.getByRole('checkbox', { name: 'I have read this and I take part.' }).waitFor();
      await switchTo('Nederlands');
      await page.getByRole('checkbox', { name: 'Ik heb dit gelezen en ik doe mee.' }).waitFor();

      moveWindow(new Date(Date.now() - 30 * day), new Date(Date.now() - day));
      await page.goto(`${platform.url}/o/${DEMO_COLLECTION_SLUG}`);
      await page.getByRole('heading', { name: 'Dit onderzoek is gesloten' }).waitFor();
      await watchTitles(page);
      await switchTo('English');
      await page.getByRole('heading', { name: 'This study is closed' }).waitFor();
      await expectEnglish(page, 'closed after the switch');
      // The title changes in the same commit as the heading, not a frame later.
      expect(await titlesSeen(page)).toEqual([
        ['This study is closed', expect.stringMatching(/^This study is closed – /)],
      ]);
      await page.locator('#verhaal-terugtrekken').tap();
      await page.locator('#code-invoer').waitFor();
      await switchTo('Nederlands');
      // The withdraw form stays, in Dutch.
      await page.getByText('Je persoonlijke code', { exact: true }).waitFor();
    } finally {
      moveWindow(new Date(Date.now() - 30 * day), new Date(Date.now() + 30 * day));
      await page.close();
    }
  }, 120_000);
});
