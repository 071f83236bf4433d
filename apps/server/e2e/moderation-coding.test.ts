import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { amsterdamDay, hashPassword } from '@duiding/api';
import {
  addProjectMember,
  createUser,
  findProjectBySlug,
  insertStoryOnce,
  listProjectCollections,
  openDatabase,
} from '@duiding/db';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium, startTestPlatform, type TTestPlatform } from './browser';
import { headingIs, signInToPortal } from './portal';

let platform: TTestPlatform;
let browser: Browser;
let storyId: string;
const screenshotDir = process.env.SCREENSHOT_DIR;

const INTERPRETER = { email: 'duider-m@duiding.test', password: 'een-lange-zin-voor-de-duider' };
const HOSTILE = '<img src=x onerror="window.__xss=1">';
const TITLE = `Juf Marieke luisterde ${HOSTILE}`;
const TEXT = `Mijn zoon Bas zat bij juf Marieke de Vries. Bel me op 06-12345678. Het was ${HOSTILE} echt fijn. We wachtten maanden op hulp van het wijkteam.`;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
  // A story with personal data and hostile markup, and an interpreter, straight in the database.
  const database = openDatabase({ file: join(platform.dataDir, 'duiding.sqlite') });
  try {
    const db = database.orm;
    const project = findProjectBySlug(db, 'zhz-jeugdhulp')!;
    const collection = listProjectCollections(db, project.id)[0]!;
    storyId = insertStoryOnce(db, {
      clientId: crypto.randomUUID(),
      collectionId: collection.id,
      participant: { clientId: crypto.randomUUID(), answers: {} },
      promptId: 'gehoord',
      title: TITLE,
      text: TEXT,
      language: 'nl',
      channel: 'web',
      answers: {},
      createdOn: amsterdamDay(new Date()),
    }).storyId;
    const user = createUser(db, {
      email: INTERPRETER.email,
      name: 'Dewi Duider',
      passwordHash: await hashPassword(INTERPRETER.password),
      now: new Date(),
    });
    addProjectMember(db, {
      projectId: project.id,
      userId: user.id,
      role: 'interpreter',
      now: new Date(),
    });
  } finally {
    database.close();
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const VIEWS: { name: string; options: BrowserContextOptions }[] = [
  {
    name: 'telefoon-390',
    options: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  },
  { name: 'smal-320', options: { viewport: { width: 320, height: 700 } } },
  { name: 'zoom-200', options: { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 } },
  { name: 'desktop', options: { viewport: { width: 1280, height: 900 } } },
];

async function newPage(
  options: BrowserContextOptions = { viewport: { width: 1280, height: 900 } },
) {
  const context = await browser.newContext({ ...options, locale: 'nl-NL', bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

async function noScriptRan(page: Page) {
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
}

/** Selects `part` of the element's text with a real mouse drag. */
async function dragSelect(page: Page, selector: string, part: string) {
  const box = await page.evaluate(
    ({ selector, part }) => {
      const container = document.querySelector(selector)!;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      let offset = 0;
      const whole = container.textContent ?? '';
      const at = whole.indexOf(part);
      const range = document.createRange();
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (!started && at < offset + length) {
          range.setStart(node, at - offset);
          started = true;
        }
        if (started && at + part.length <= offset + length) {
          range.setEnd(node, at + part.length - offset);
          break;
        }
        offset += length;
      }
      const rects = [...range.getClientRects()];
      const first = rects[0]!;
      const last = rects.at(-1)!;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    },
    { selector, part },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

describe('moderation and coding in Chromium', () => {
  it('moderates a story with a proposed redaction; an interpreter then reads only the redacted text', async () => {
    const { context, page } = await newPage();
    try {
      const project = await signInToPortal(page, platform.url);
      await page
        .getByRole('navigation', { name: 'Projectmenu' })
        .getByRole('link', { name: 'Moderatie' })
        .click();
      await headingIs(page, 'Moderatie');
      await expectNoAxeViolations(page);
      await page.goto(`${project}/moderatie/${storyId}`);
      await headingIs(page, 'Verhaal beoordelen');
      await noScriptRan(page);
      // Hostile markup is shown as text.
      expect(await page.locator('.moderation-original').textContent()).toContain(HOSTILE);

      // The detector's marks: a phone number and a name, each a pressed toggle with its kind.
      const phone = page.getByRole('button', { name: /06-12345678/ });
      expect(await phone.getAttribute('aria-pressed')).toBe('true');
      expect(await phone.getAttribute('data-kind')).toBe('telefoon');
      const bas = page.getByRole('button', { name: /^Bas/ });
      expect(await bas.getAttribute('aria-pressed')).toBe('true');
      const redacted = page.getByLabel('Geredigeerde tekst');
      expect(await redacted.inputValue()).toContain('[telefoon]');
      // By keyboard: undo the phone mark and accept it again.
      await phone.focus();
      await page.keyboard.press('Space');
      expect(await phone.getAttribute('aria-pressed')).toBe('false');
      expect(await redacted.inputValue()).toContain('06-12345678');
      await page.keyboard.press('Enter');
      expect(await phone.getAttribute('aria-pressed')).toBe('true');

      // The moderator marks the hostile part by mouse; it becomes a mark of its own, still text.
      await dragSelect(page, '.moderation-original .prose', HOSTILE);
      await page.getByRole('button', { name: 'Selectie weglakken' }).click();
      const own = page.locator('.redaction-mark[data-kind="zelf gemarkeerd"]');
      expect(await own.textContent()).toBe(HOSTILE);
      await noScriptRan(page);
      expect(await redacted.inputValue()).toContain('[weggelakt]');
      await expectNoAxeViolations(page);

      // Rejecting needs a reason: the error shows, and goes once typing starts.
      await page.getByRole('button', { name: 'Afwijzen' }).click();
      await expect.poll(() => page.locator('.field-error').textContent()).toContain('reden');
      await page.getByLabel(/Reden of toelichting/).fill('Namen, telefoon en opmaak weggelakt');
      expect(await page.locator('.field-error').count()).toBe(0);

      // Free editing: the moderator also removes the municipality team by hand.
      const edited = (await redacted.inputValue()).replace('het wijkteam', '[instelling]');
      await redacted.fill(edited);
      await page.getByRole('button', { name: 'Goedkeuren zoals geredigeerd' }).click();
      await expect
        .poll(() => page.locator('main [role="status"]').allTextContents())
        .toContainEqual(expect.stringContaining('Goedgekeurd'));
      await expect
        .poll(() => page.locator('.decision-list').textContent())
        .toContain('Namen, telefoon en opmaak weggelakt');
      if (screenshotDir) {
        await mkdir(screenshotDir, { recursive: true });
        await page.screenshot({
          path: join(screenshotDir, 'moderatie-na-besluit.png'),
          fullPage: true,
        });
      }
    } finally {
      await context.close();
    }

    // An interpreter on a phone: the redacted title and text, nothing of the original.
    const phone = await newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      await signInToPortal(phone.page, platform.url, INTERPRETER);
      const nav = phone.page.getByRole('navigation', { name: 'Projectmenu' });
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Verhalen',
        'Interpretatie',
        'Rapporten',
        'Uitwisselen',
        'Verkennen',
        'Patronen',
      ]);
      // The interpreter searches the redacted text: the teacher's name finds no story (and a
      // group under 10 is not even counted).
      const search = phone.page.getByLabel('Zoek in de verhalen');
      await search.fill('Marieke');
      await search.press('Enter');
      await expect.poll(() => phone.page.locator('main .notice').textContent()).toMatch(/10/);
      expect(await phone.page.locator('main table').count()).toBe(0);
      await phone.page.getByRole('button', { name: 'Zoekopdracht en filters wissen' }).tap();
      // Newest first: the story just approved is at the top.
      const row = phone.page.locator('main table tbody th a', { hasText: '[naam] luisterde' });
      await row.tap();
      const story = phone.page.locator('main .story-page');
      await expect.poll(() => story.textContent()).toContain('[telefoon]');
      const shown = (await story.textContent()) ?? '';
      expect(shown).toContain('[instelling]');
      expect(shown).toContain('Geredigeerde tekst');
      // The hostile markup the moderator left in the title is shown as text, and runs nothing.
      expect(shown).toContain(HOSTILE);
      for (const secret of ['Marieke', '06-12345678', 'Bas zat', 'het wijkteam']) {
        expect(shown).not.toContain(secret);
      }
      await noScriptRan(phone.page);
    } finally {
      await phone.context.close();
    }
  }, 180_000);

  it('builds a codebook and codes a passage by mouse and by typing; axe and screenshots on each page', async () => {
    const { context, page } = await newPage();
    try {
      const project = await signInToPortal(page, platform.url);
      await page.goto(`${project}/codeboek`);
      await headingIs(page, 'Codeboek');
      await page.getByRole('button', { name: 'Code toevoegen' }).click();
      await expect.poll(() => page.locator('.field-error').textContent()).toContain('naam');
      await page.getByLabel('Naam', { exact: true }).fill(`Wachten ${HOSTILE}`);
      expect(await page.locator('.field-error').count()).toBe(0);
      await page.getByLabel(/^Omschrijving/).fill('Lang wachten op hulp');
      await page.getByRole('button', { name: 'Code toevoegen' }).click();
      await expect
        .poll(() => page.locator('.code-tree').textContent())
        .toContain('Lang wachten op hulp');
      await page.getByLabel('Naam', { exact: true }).fill('Bejegening');
      await page.getByRole('button', { name: 'Code toevoegen' }).click();
      await expect.poll(() => page.locator('.code-tree').textContent()).toContain('Bejegening');
      await noScriptRan(page);
      await expectNoAxeViolations(page);

      await page.goto(`${project}/verhalen/${storyId}/coderen`);
      await headingIs(page, 'Verhaal coderen');
      await noScriptRan(page);
      expect(await page.locator('.coding-text').textContent()).toContain(HOSTILE);
      // By mouse: select a passage and put the first code on it.
      await dragSelect(page, '.coding-text', 'wachtten maanden op hulp');
      await expect
        .poll(() => page.locator('main [role="status"] q').textContent())
        .toBe('wachtten maanden op hulp');
      await page.getByRole('button', { name: 'Op de passage' }).click();
      await expect
        .poll(() => page.locator('.coding-list').first().textContent())
        .toContain('wachtten maanden op hulp');
      expect(await page.locator('.coding-text mark').textContent()).toBe(
        'wachtten maanden op hulp',
      );
      // By keyboard: type words of the passage, choose the other code, apply.
      await page.getByLabel('Passage kiezen door te typen').fill('geen woorden hieruit');
      await page.getByLabel('Passage kiezen door te typen').press('Enter');
      await expect
        .poll(() => page.locator('.field-error').textContent())
        .toContain('niet in het verhaal');
      await page.getByLabel('Passage kiezen door te typen').fill('echt   FIJN');
      expect(await page.locator('.field-error').count()).toBe(0);
      await page.getByLabel('Passage kiezen door te typen').press('Enter');
      await page.getByLabel('Code', { exact: true }).selectOption({ label: 'Bejegening' });
      await page.getByRole('button', { name: 'Op de passage' }).click();
      await expect
        .poll(() => page.locator('.coding-list').first().textContent())
        .toContain('echt fijn');
      await page.getByRole('button', { name: 'Op het hele verhaal' }).click();
      await expect
        .poll(() => page.getByRole('heading', { name: /Mijn codes/ }).textContent())
        .toBe('Mijn codes (3)');
      await noScriptRan(page);
      await expectNoAxeViolations(page);
      // Reload keeps what was stored.
      await page.reload();
      await headingIs(page, 'Verhaal coderen');
      await expect
        .poll(() => page.getByRole('heading', { name: /Mijn codes/ }).textContent())
        .toBe('Mijn codes (3)');

      // The codebook now shows the use, and deleting a code in use asks first.
      await page.goto(`${project}/codeboek`);
      await headingIs(page, 'Codeboek');
      await expect.poll(() => page.locator('.code-tree').textContent()).toContain('1 verhaal');
      await page.goto(`${project}/bewaartermijn`);
      await headingIs(page, 'Bewaartermijn');
      await expectNoAxeViolations(page);
      await page.goto(`${project}/moderatie`);
      await headingIs(page, 'Moderatie');
      await page.getByRole('link', { name: 'Goedgekeurd' }).click();
      await expect
        .poll(() => page.locator('main table caption').textContent())
        .toContain('Goedgekeurd');
      await page.goBack();
      await expect
        .poll(() => page.locator('main table caption').textContent())
        .toContain('Te beoordelen');
    } finally {
      await context.close();
    }

    // Every new page at a phone's width with touch, 320 px, 200 % zoom and desktop.
    for (const view of VIEWS) {
      const { context: ctx, page: p } = await newPage(view.options);
      try {
        const project = await signInToPortal(p, platform.url);
        for (const [name, path, heading] of [
          ['moderatie', '/moderatie', 'Moderatie'],
          ['moderatie-verhaal', `/moderatie/${storyId}`, 'Verhaal beoordelen'],
          ['codeboek', '/codeboek', 'Codeboek'],
          ['coderen', `/verhalen/${storyId}/coderen`, 'Verhaal coderen'],
        ] as const) {
          await p.goto(`${project}${path}`);
          await headingIs(p, heading);
          await p.waitForLoadState('networkidle');
          if (screenshotDir) {
            await p.screenshot({
              path: join(screenshotDir, `${name}-${view.name}.png`),
              fullPage: true,
            });
          }
          // Nothing wider than the screen (no sideways scrolling of the page).
          expect(
            await p.evaluate(() => {
              if (document.documentElement.scrollWidth <= window.innerWidth + 1) return 'fits';
              const wide = [...document.querySelectorAll('main *')].filter(
                (e) => e.getBoundingClientRect().right > window.innerWidth + 1,
              );
              return wide.length === 0
                ? 'fits'
                : wide
                    .slice(0, 3)
                    .map((e) => e.outerHTML.slice(0, 120))
                    .join(' | ');
            }),
            `${name} at ${view.name}`,
          ).toBe('fits');
        }
      } finally {
        await ctx.close();
      }
    }
  }, 300_000);
});
