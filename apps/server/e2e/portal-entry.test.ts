import { join } from 'node:path';
import { findUserByEmail, openDatabase } from '@duiding/db';
import { zhzJeugdhulp } from '@duiding/survey';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../src/platform';
import { axeViolations } from './axe';
import {
  launchChromium,
  pressTimes,
  startTestPlatform,
  type TTestPlatform,
  tabUntil,
} from './browser';
import { answerSignifier } from './intake-by-keyboard';
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

const COLLECTOR = {
  email: 'verzamelaar@duiding.test',
  password: 'papieren-formulieren-typen',
  // A hostile display name: the audit log must show it as text and run nothing.
  name: '<img src=x onerror="window.__xss=1">Vera Verzamelaar',
};

/** Types one paper form over, by keyboard, in the order the form asks. */
async function typeOverPaperForm(page: Page, title: string, text: string) {
  await page.waitForSelector('#toestemming');
  await tabUntil(page, '#toestemming');
  await page.keyboard.press('Space');
  await tabUntil(page, '#vraag-rol');
  await page.keyboard.press('Space');
  await pressTimes(page, 'ArrowDown', 3);
  await tabUntil(page, '#vraag-gemeente');
  await page.keyboard.press('Space');
  await tabUntil(page, '#vraag-duur');
  await page.keyboard.press('Space');
  await tabUntil(page, '#vertelvraag-moment');
  await page.keyboard.press('ArrowDown');
  await tabUntil(page, '#verhaal-titel');
  await page.keyboard.type(title);
  await tabUntil(page, '#verhaal-tekst');
  await page.keyboard.type(text);
  // Questions shown only after an earlier answer appear as the answers come in.
  for (const question of zhzJeugdhulp.signifiers) {
    const shown = await page.locator(`#vraag-${question.id}, #vraag-${question.id}-na`).count();
    if (shown > 0) await answerSignifier(page, question);
  }
  await tabUntil(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');
}

describe('assisted and paper entry in Chromium', () => {
  it('a collector types paper forms one after another; each is a paper story with no collector in it, and the log names the collector', async () => {
    const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const field = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      locale: 'nl-NL',
      bypassCSP: true,
    });
    try {
      const page = await admin.newPage();
      page.setDefaultTimeout(10_000);
      const project = await signInToPortal(page, platform.url);
      await page.goto(`${project}/team`);
      await headingIs(page, 'Team');
      await page.getByLabel('E-mailadres').fill(COLLECTOR.email);
      await page
        .getByLabel('Rol', { exact: true })
        .selectOption({ label: 'Verzamelaar (buiten het onderzoeksteam)' });
      await page.getByRole('button', { name: 'Uitnodigen' }).click();
      const link = await page.getByLabel('Uitnodigingslink').inputValue();

      const phone = await field.newPage();
      phone.setDefaultTimeout(10_000);
      await phone.goto(link);
      await headingIs(phone, 'Welkom bij Duiding');
      await phone.getByLabel('Je naam').fill(COLLECTOR.name);
      await phone.getByLabel(/^Wachtwoord \(minstens/).fill(COLLECTOR.password);
      await phone.getByLabel('Wachtwoord nog een keer').fill(COLLECTOR.password);
      await phone.getByRole('button', { name: 'Account maken en inloggen' }).tap();
      // A collector sees no stories: the portal opens on entry.
      await headingIs(phone, 'Verhalen invoeren');
      const nav = phone.getByRole('navigation', { name: 'Projectmenu' });
      expect(await nav.getByRole('link').allTextContents()).toEqual(['Verhalen invoeren']);
      expect(await phone.getByLabel(/^Van papier/).isChecked()).toBe(true);

      // "Opslaan" with nothing filled in: the problems, linked, as on the intake.
      await phone.getByRole('button', { name: 'Verhaal opslaan' }).tap();
      const summary = phone.locator('main [role="alert"]');
      await expect.poll(() => summary.textContent()).toContain('Toestemming');
      expect(await phone.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
        'alert',
      );
      expect(await axeViolations(phone)).toEqual([]);
      if (screenshots)
        await phone.screenshot({ path: `${screenshots}/invoer-fouten.png`, fullPage: true });
      // Typing while the errors show keeps focus in the field.
      await phone.locator('#verhaal-titel').focus();
      await phone.keyboard.type('Ee');
      expect(await phone.evaluate(() => document.activeElement?.id)).toBe('verhaal-titel');
      await phone.locator('#verhaal-titel').fill('');

      const first = '<img src=x onerror="window.__xss=2">Het formulier van de markt';
      await typeOverPaperForm(
        phone,
        first,
        'Op de markt vulde een vader dit formulier in over de wachtlijst.',
      );
      const status = phone.locator('main [role="status"]').first();
      await expect.poll(() => status.textContent()).toContain('Opgeslagen');
      expect(await status.textContent()).toContain(first);
      expect(await status.textContent()).toMatch(/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
      // The next form is empty and has focus at its top; the channel stays "paper".
      await headingIs(phone, 'Verhalen invoeren');
      await expect.poll(() => phone.evaluate(() => document.activeElement?.id)).toBe('toestemming');
      expect(await phone.locator('#verhaal-titel').inputValue()).toBe('');
      expect(await phone.getByLabel(/^Van papier/).isChecked()).toBe(true);
      const second = 'Tweede formulier van de stapel';
      await typeOverPaperForm(phone, second, 'Een oma schreef over de gesprekken op school.');
      await expect
        .poll(() => phone.getByRole('region', { name: /In deze reeks ingevoerd/ }).textContent())
        .toContain(second);
      expect(
        await phone.getByRole('region', { name: /In deze reeks ingevoerd \(2\)/ }).textContent(),
      ).toContain(first);
      expect(await phone.locator('main img').count()).toBe(0);
      expect(await phone.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
      if (screenshots)
        await phone.screenshot({ path: `${screenshots}/invoer-reeks.png`, fullPage: true });

      // In the database: channel paper, and nothing of the collector on the story or teller.
      const db = openDatabase({ file: join(platform.dataDir, DATABASE_FILE) });
      try {
        const collector = findUserByEmail(db.orm, COLLECTOR.email)!;
        const stories = db.orm.query.stories
          .findMany()
          .sync()
          .filter((s) => s.title === first || s.title === second);
        expect(stories.map((s) => s.channel)).toEqual(['paper', 'paper']);
        const participants = db.orm.query.participants
          .findMany()
          .sync()
          .filter((p) => stories.some((s) => s.participantId === p.id));
        expect(participants).toHaveLength(2);
        const stored = JSON.stringify({ stories, participants });
        expect(stored).not.toContain(collector.id);
        expect(stored).not.toContain(COLLECTOR.email);
        expect(stored).not.toContain('Vera');
      } finally {
        db.close();
      }

      // The research team sees it as a paper story; the log names who typed it, as text.
      await page.goto(`${project}/verhalen`);
      await headingIs(page, 'Verhalen');
      const row = page.getByRole('row', { name: /Tweede formulier van de stapel/ });
      await row.getByRole('link').first().click();
      await expect
        .poll(() => page.locator('main .story-meta').first().textContent())
        .toContain('Van papier');
      await page.goto(`${project}/logboek?handeling=story.`);
      await headingIs(page, 'Logboek');
      const log = page.locator('main table');
      await expect.poll(() => log.textContent()).toContain(COLLECTOR.name);
      expect(await log.locator('img').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    } finally {
      await admin.close();
      await field.close();
    }
  }, 240_000);
});
