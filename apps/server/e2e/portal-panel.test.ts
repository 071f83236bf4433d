import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSmtp } from '../test/test-smtp';
import { axeViolations } from './axe';
import { launchChromium, startTestPlatform, type TTestPlatform, tabUntil } from './browser';
import { headingIs, signInToPortal } from './portal';

let platform: TTestPlatform;
let browser: Browser;
const smtp = new TestSmtp();
/** Set PANEL_SHOTS to a folder to keep screenshots of the pages at each width. */
const SHOTS = process.env.PANEL_SHOTS;

beforeAll(async () => {
  browser = await launchChromium();
  const port = await smtp.start();
  platform = await startTestPlatform({
    demoPanel: true,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    mailIntervalMs: 300,
  });
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await smtp.stop();
});

/** A `datetime-local` value `days` from now (UTC is close enough: the window is wide). */
const moment = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

const CONSENT = 'Deelname aan het professionalpanel en mail over de rondes, per mail gegeven.';
const HEADER = 'naam;e-mail;organisatie;gemeente;functie';
/** Nine colleagues at Jeugdformaat: with the demo's one and the one added by hand, 11. */
const COLLEAGUES = Array.from(
  { length: 9 },
  (_, i) => `Collega ${i + 1};collega${i + 1}@jeugdformaat.test;Jeugdformaat;Den Haag;gezinscoach`,
);
const UNKNOWN = 'Onbekend Adres;onbekend@youz.test;Youz;Zoetermeer;gedragswetenschapper';

async function expectNoAxeViolations(page: Page, where: string) {
  expect(await axeViolations(page), where).toEqual([]);
}

/** The page never scrolls sideways: everything fits the viewport, or scrolls in its own box. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const widths = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    // What sticks out, to name in the failure.
    const outside = [...document.querySelectorAll('body *')]
      .filter((e) => !e.closest('thead') && e.getBoundingClientRect().right > viewport + 0.5)
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${e.getBoundingClientRect().right}`);
    return { scroll: document.documentElement.scrollWidth, viewport, outside };
  });
  expect(widths.scroll, `${where}: ${JSON.stringify(widths)}`).toBeLessThanOrEqual(widths.viewport);
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await page.screenshot({ path: join(SHOTS, `${name}-top.png`) });
}

/** One part of a page, readable at full size. */
async function shotOf(part: Locator, name: string) {
  if (SHOTS) await part.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function memberRows(page: Page): Promise<string[]> {
  return page
    .getByRole('table', { name: /^Leden/ })
    .locator('tbody tr')
    .allTextContents();
}

describe('the panel area of the portal in Chromium', () => {
  it('adds a member by keyboard, imports a CSV (one bad row imports nobody), opens a wave, shows its response and retries a bounced mail', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const project = await signInToPortal(page, platform.url);
      await page
        .getByRole('navigation', { name: 'Projectmenu' })
        .getByRole('link', { name: 'Panel' })
        .click();
      await headingIs(page, 'Panelleden');
      await expect.poll(async () => (await memberRows(page)).length).toBe(6);
      await expectNoAxeViolations(page, 'members');

      // One member, by keyboard only: a wrong address and no consent first.
      const addForm = page.getByRole('region', { name: 'Eén lid toevoegen' });
      await page.locator('main h1').focus();
      await tabUntil(page, 'input[id$="-name"]');
      await page.keyboard.type('Fenna Jansen');
      await page.keyboard.press('Tab');
      await page.keyboard.type('fenna@');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Jeugdformaat');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Den Haag');
      await page.keyboard.press('Tab');
      await page.keyboard.type('jeugdprofessional');
      await tabUntil(page, 'button[type="submit"]');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lid toevoegen');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => addForm.locator('[role="alert"]').textContent())
        .toContain('Niet alles is goed ingevuld');
      const email = addForm.getByLabel('E-mailadres');
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      expect(await addForm.locator('.field-error').allTextContents()).toEqual([
        expect.stringContaining('geen geldig e-mailadres'),
        expect.stringContaining('minstens 10 tekens'),
      ]);
      await expectNoAxeViolations(page, 'add form with errors');
      await shotOf(addForm, 'add-form-errors-desktop');
      // Typing while the errors show: every letter lands, focus stays in the field.
      await tabUntil(page, 'input[id$="-email"]');
      await page.keyboard.press('End');
      await page.keyboard.type('jeugdformaat.test', { delay: 15 });
      expect(await email.inputValue()).toBe('fenna@jeugdformaat.test');
      expect(await page.evaluate(() => document.activeElement?.id.endsWith('-email'))).toBe(true);
      await tabUntil(page, 'textarea[id$="-consent-text"]');
      await page.keyboard.type(CONSENT, { delay: 5 });
      expect(await addForm.getByLabel('Waarvoor gaf het lid toestemming?').inputValue()).toBe(
        CONSENT,
      );
      await tabUntil(page, 'button[type="submit"]');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => addForm.locator('[role="status"]').textContent())
        .toContain('Fenna Jansen is aan het panel toegevoegd');
      await expect.poll(async () => (await memberRows(page)).length).toBe(7);
      const fenna = (await memberRows(page)).find((r) => r.includes('fenna@jeugdformaat.test'));
      expect(fenna).toContain('Actief');
      expect(fenna).toMatch(/\d{1,2} \w+ 20\d\d/);

      // A CSV from a file with one bad row: the row is named, and nobody is imported.
      const importForm = page.getByRole('region', { name: 'Leden importeren uit CSV' });
      const bad = [HEADER, ...COLLEAGUES.slice(0, 3), 'Zonder Adres;geen-adres;Youz;Delft;pro']
        .concat(COLLEAGUES.slice(3), UNKNOWN)
        .join('\n');
      await importForm.getByLabel('CSV-bestand kiezen').setInputFiles({
        name: 'panel.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(bad, 'utf8'),
      });
      await expect
        .poll(() => importForm.getByLabel('Of plak de lijst hier').inputValue())
        .toBe(bad);
      await importForm.getByLabel('Waarvoor gaf het lid toestemming?').fill(CONSENT);
      await importForm.getByRole('button', { name: 'Importeren' }).click();
      const refusal = importForm.locator('.import-errors[role="alert"]');
      await expect.poll(() => refusal.textContent()).toContain('Niemand geïmporteerd');
      expect(await refusal.locator('tbody tr').allTextContents()).toEqual([
        expect.stringMatching(/^5Dit is geen geldig e-mailadres/),
      ]);
      expect(
        await page.evaluate(() => document.activeElement?.classList.contains('import-errors')),
      ).toBe(true);
      expect(
        await importForm.getByLabel('Of plak de lijst hier').getAttribute('aria-invalid'),
      ).toBe('true');
      await expectNoAxeViolations(page, 'import with a bad row');
      await shotOf(importForm, 'import-errors-desktop');
      await page.reload();
      await headingIs(page, 'Panelleden');
      await expect.poll(async () => (await memberRows(page)).length).toBe(7);
      expect((await memberRows(page)).join()).not.toContain('collega1@');

      // Fixed by pasting the list again: all ten are stored.
      const good = [HEADER, ...COLLEAGUES, UNKNOWN].join('\n');
      await importForm.getByLabel('Of plak de lijst hier').fill(good);
      await importForm.getByLabel('Waarvoor gaf het lid toestemming?').fill(CONSENT);
      await importForm.getByRole('button', { name: 'Importeren' }).click();
      await expect
        .poll(() => importForm.locator('[role="status"]').textContent())
        .toContain('10 leden geïmporteerd');
      await expect.poll(async () => (await memberRows(page)).length).toBe(17);
      expect(await importForm.getByLabel('Of plak de lijst hier').inputValue()).toBe('');

      // Pausing a member from the portal.
      await page.getByRole('button', { name: /^Pauzeren\W+Tim Hoekstra$/ }).click();
      await expect
        .poll(async () => (await memberRows(page)).find((r) => r.includes('Tim Hoekstra')))
        .toContain('Gepauzeerd');
      await page.getByRole('button', { name: /^Hervatten\W+Tim Hoekstra$/ }).waitFor();
      await expectNoSidewaysScroll(page, 'members at 1280');
      // Nor in the table's own box: the row's buttons are in sight on a desktop screen.
      const members = page.locator('.table-scroll', { has: page.locator('.panel-table') }).first();
      expect(await members.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
      await shot(page, 'members-desktop');

      // The log names what the team did with the panel, in Dutch.
      await page.goto(`${project}/logboek?handeling=panel.`);
      await headingIs(page, 'Logboek');
      await expect
        .poll(() => page.locator('main table').textContent())
        .toContain('Panellid gepauzeerd');
      const log = (await page.locator('main table').textContent()) ?? '';
      expect(log).toContain('Panelleden geïmporteerd');
      expect(log).toContain('Panellid toegevoegd');
      expect(log).not.toContain('panel.member');

      // A third wave, made at Verzamelingen, then opened to the panel here.
      await page
        .getByRole('navigation', { name: 'Projectmenu' })
        .getByRole('link', { name: 'Verzamelingen' })
        .click();
      await headingIs(page, 'Verzamelingen');
      const create = page.getByRole('region', { name: 'Nieuwe verzameling' });
      const versions = create.getByLabel('Vragenlijst (gepubliceerde versie)');
      // The list fills when the frameworks have loaded.
      const panelOption = versions.locator('option', { hasText: /professional/i }).first();
      await panelOption.waitFor({ state: 'attached' });
      const panelVersion = await panelOption.textContent();
      expect(panelVersion).toBeTruthy();
      await versions.selectOption({ label: panelVersion! });
      await create.getByLabel('Soort', { exact: true }).selectOption({ label: 'Panelronde' });
      await create.getByLabel('Titel', { exact: true }).fill('Ronde 3: werkdruk');
      await create.getByLabel(/^Adres/).fill('panel-ronde-3');
      await create.getByLabel('Opent op (Amsterdamse tijd)').fill(moment(-1));
      await create.getByLabel('Sluit op (Amsterdamse tijd)').fill(moment(30));
      await create.getByRole('button', { name: 'Verzameling maken' }).click();
      await page.getByRole('region', { name: 'Ronde 3: werkdruk' }).waitFor();

      await page.goto(`${project}/panel/rondes`);
      await headingIs(page, 'Panelrondes');
      const wave = page.getByRole('region', { name: 'Ronde 3: werkdruk' });
      await expect.poll(() => wave.textContent()).toContain('Nog niet geopend voor het panel');
      for (const [name, path] of [
        [/^Samenvatting\s+van Ronde 3: werkdruk$/, 'samenvatting'],
        [/^Bijeenkomst\s+over Ronde 3: werkdruk$/, 'bijeenkomst'],
      ] as const) {
        expect(await wave.getByRole('link', { name }).getAttribute('href')).toMatch(
          new RegExp(`/portal/p/[^/]+/panel/rondes/[^/]+/${path}$`),
        );
      }
      await expectNoAxeViolations(page, 'waves');
      await wave.getByLabel('Herinnering na hoeveel dagen').fill('vijf');
      await wave.getByLabel('Hooguit hoeveel herinneringen').fill('1');
      await wave.getByRole('button', { name: 'Openen voor het panel' }).click();
      await expect
        .poll(() => wave.locator('.field-error').textContent())
        .toContain('Vul een heel aantal dagen in');
      // The refused field takes focus, its error read with it: not left on the button.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')))
        .toBe('true');
      expect(
        await wave
          .getByLabel('Herinnering na hoeveel dagen')
          .evaluate((e) => e === document.activeElement),
      ).toBe(true);
      await wave.getByLabel('Herinnering na hoeveel dagen').fill('5');
      await wave.getByRole('button', { name: 'Openen voor het panel' }).click();
      // Every active member: 17 less Tim, who is paused.
      await expect
        .poll(() => wave.locator('.notice[role="status"]').textContent())
        .toContain('16 leden uitgenodigd');
      await expect
        .poll(() => wave.textContent())
        .toContain('16 uitgenodigd, 0 geantwoord. Herinnering na 5 dagen, hooguit 1 keer');
      // The response: overall, and per organisation only where 10 or more were invited.
      const dashboard = wave.getByRole('region', { name: 'Respons' });
      await expect
        .poll(() => dashboard.locator('.response-total').textContent())
        .toBe('0 van 16 uitgenodigden hebben geantwoord (0%).');
      const byOrganisation = dashboard.getByRole('table', { name: 'Per organisatie' });
      const jeugdformaat = byOrganisation.getByRole('row', { name: /^Jeugdformaat/ });
      expect(await jeugdformaat.locator('td').allTextContents()).toEqual(['11', '0', '0%']);
      const youz = byOrganisation.getByRole('row', { name: /^Youz/ });
      expect(await youz.textContent()).toContain('Minder dan 10 uitgenodigden; niet getoond');
      expect(await youz.locator('td').count()).toBe(1);
      const byMunicipality = dashboard.getByRole('table', { name: 'Per gemeente' });
      expect(
        await byMunicipality
          .getByRole('row', { name: /^Den Haag/ })
          .locator('td')
          .allTextContents(),
      ).toEqual(['12', '0', '0%']);
      // Opened, the same form saves new reminder settings; nobody new is invited.
      await wave.getByLabel('Hooguit hoeveel herinneringen').fill('2');
      await wave.getByRole('button', { name: 'Opslaan en nieuwe leden uitnodigen' }).click();
      await expect
        .poll(() => wave.locator('.notice[role="status"]').textContent())
        .toContain('Er waren geen nieuwe leden');
      await expect
        .poll(() => wave.textContent())
        .toContain('16 uitgenodigd, 0 geantwoord. Herinnering na 5 dagen, hooguit 2 keer');
      await expectNoAxeViolations(page, 'waves with a dashboard');
      await expectNoSidewaysScroll(page, 'waves at 1280');
      await shotOf(wave, 'wave-3-desktop');
      await shot(page, 'waves-desktop');

      // The mail: the unknown address bounced (welcome and invitation); retried, it goes out.
      await page
        .getByRole('navigation', { name: 'Panel' })
        .getByRole('link', { name: 'Mail' })
        .click();
      await headingIs(page, 'Panelmail');
      await page.getByLabel('Alleen problemen').check();
      const problems = page.getByRole('table', { name: /^Problemen/ });
      await expect
        .poll(
          async () => {
            await page.reload();
            await page.getByLabel('Alleen problemen').check();
            await problems.or(page.locator('main .notice')).waitFor();
            return problems.locator('tbody tr').count();
          },
          { timeout: 20_000 },
        )
        .toBe(2);
      const rows = await problems.locator('tbody tr').allTextContents();
      for (const row of rows) {
        expect(row).toContain('onbekend@youz.test');
        expect(row).toContain('Geweigerd door de ontvanger');
        expect(row).toContain('550');
      }
      await expectNoAxeViolations(page, 'mail problems');
      await shot(page, 'mail-desktop');
      smtp.refusing = false;
      await page
        .getByRole('button', { name: /^Opnieuw versturen\W+Welkom aan onbekend@youz\.test$/ })
        .click();
      await expect
        .poll(() => page.locator('main [role="status"]').first().textContent())
        .toContain('weer in de wachtrij');
      await expect.poll(() => smtp.to('onbekend@youz.test').length, { timeout: 20_000 }).toBe(1);
      expect(smtp.to('onbekend@youz.test')[0]!.headers.get('x-duiding-mail')).toBe('welcome');
      await page.reload();
      await headingIs(page, 'Panelmail');
      await page.getByLabel('Alleen problemen').check();
      await expect
        .poll(() => problems.locator('tbody tr').allTextContents())
        .toEqual([expect.stringContaining('Uitnodiging')]);
      await page.getByLabel('Alle berichten').check();
      const all = page.getByRole('table', { name: /^Alle berichten/ });
      const welcome = all.locator('tbody tr', { hasText: 'onbekend@youz.test' }).filter({
        hasText: 'Welkom',
      });
      await expect.poll(() => welcome.textContent()).toContain('Verstuurd');
    } finally {
      await context.close();
    }
  }, 240_000);

  it('works by touch at 390 px and fits 320 px without sideways scrolling, on every panel page', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      bypassCSP: true,
    });
    const narrow = await browser.newContext({
      viewport: { width: 320, height: 640 },
      bypassCSP: true,
    });
    try {
      const page = await phone.newPage();
      page.setDefaultTimeout(10_000);
      const project = await signInToPortal(page, platform.url);
      await page
        .getByRole('navigation', { name: 'Projectmenu' })
        .getByRole('link', { name: 'Panel' })
        .tap();
      await headingIs(page, 'Panelleden');
      await page.locator('main table tbody tr').first().waitFor();
      await expectNoSidewaysScroll(page, 'members at 390');
      // A member's pause and resume, by tap.
      const sanne = () =>
        page
          .getByRole('table', { name: /^Leden/ })
          .locator('tbody tr', { hasText: 'Sanne Bakker' });
      await page.getByRole('button', { name: /^Pauzeren\W+Sanne Bakker$/ }).tap();
      await expect.poll(() => sanne().textContent()).toContain('Gepauzeerd');
      await page.getByRole('button', { name: /^Hervatten\W+Sanne Bakker$/ }).tap();
      await expect.poll(() => sanne().textContent()).toContain('Actief');
      await shot(page, 'members-390');
      const panelNav = page.getByRole('navigation', { name: 'Panel' });
      await panelNav.getByRole('link', { name: 'Rondes' }).tap();
      await headingIs(page, 'Panelrondes');
      await page.locator('main .segment-table').first().waitFor();
      await expectNoSidewaysScroll(page, 'waves at 390');
      await shot(page, 'waves-390');
      await panelNav.getByRole('link', { name: 'Mail' }).tap();
      await headingIs(page, 'Panelmail');
      await page.getByLabel('Alleen problemen').tap();
      expect(await page.getByLabel('Alleen problemen').isChecked()).toBe(true);
      await page
        .getByRole('table', { name: /^Problemen/ })
        .or(page.locator('main .notice'))
        .waitFor();
      await expectNoSidewaysScroll(page, 'mail at 390');
      await expectNoAxeViolations(page, 'mail at 390');
      await shot(page, 'mail-390');

      const small = await narrow.newPage();
      small.setDefaultTimeout(10_000);
      await signInToPortal(small, platform.url);
      for (const [path, heading, name] of [
        ['panel', 'Panelleden', 'members'],
        ['panel/rondes', 'Panelrondes', 'waves'],
        ['panel/mail', 'Panelmail', 'mail'],
      ] as const) {
        await small.goto(`${project}/${path}`);
        await headingIs(small, heading);
        await small.locator('main table tbody tr').first().waitFor();
        await expectNoSidewaysScroll(small, `${name} at 320`);
        await expectNoAxeViolations(small, `${name} at 320`);
        await shot(small, `${name}-320`);
        if (name === 'waves')
          await shotOf(small.getByRole('region', { name: 'Ronde 3: werkdruk' }), 'wave-3-320');
        if (name === 'members') {
          await shotOf(
            small
              .getByRole('table', { name: /^Leden/ })
              .locator('tbody tr')
              .first(),
            'member-row-320',
          );
          await shotOf(small.getByRole('region', { name: 'Eén lid toevoegen' }), 'add-form-320');
        }
      }
    } finally {
      await phone.close();
      await narrow.close();
    }
  }, 180_000);
});
