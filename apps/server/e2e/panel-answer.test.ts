import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import {
  COLLECTION_TTL_MS,
  listDueReminders,
  openDatabase,
  readEveryTable,
  rescheduleCollection,
} from '@duiding/db';
import { DONT_KNOW } from '@duiding/survey';
import { simpleParser } from 'mailparser';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, MAIL_FOLDER } from '../src/platform';
import { axeViolations } from './axe';
import {
  launchChromium,
  mainHeading,
  startTestPlatform,
  type TTestPlatform,
  tabUntil,
} from './browser';

/*
 * The panel app as a professional uses it: the invitation mail's link on a phone, answering
 * every kind of input of the open demo wave with Back, Forward and Reload in between, the
 * "already answered" page afterwards, the results of the closed wave, the profile page;
 * the same by keyboard only, at 320 px and at 200 % zoom, and axe on every page.
 *
 * The answer key of a wave lives in the one browser that fetched it, so each of the demo's
 * six members has their own part: 1 the phone, 2 the keyboard, 3 the results and 200 %
 * zoom, 4 the lost signing reply and the profile (leaving last), 5 320 px, 6 axe and the
 * closed wave. The tests run in this order and build on each other's answers.
 */

let platform: TTestPlatform;
let browser: Browser;

type TRow = Record<string, unknown>;
interface TMemberMail {
  email: string;
  home: string;
  wave: string;
  profile: string;
}
let mails: TMemberMail[];
let waveId: string;
let closedWaveId: string;

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 2,
  locale: 'nl-NL',
  bypassCSP: true,
};
const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1280, height: 900 },
  locale: 'nl-NL',
  bypassCSP: true,
};
const SHOTS = process.env.SCREENSHOT_DIR;

async function shot(page: Page, name: string, fullPage = false) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `panel-${name}.png`), fullPage });
}

/** The mail folder's messages, once all six members' welcome and invitation are there. */
async function readInvitations(dataDir: string): Promise<TMemberMail[]> {
  const folder = join(dataDir, MAIL_FOLDER);
  const deadline = Date.now() + 30_000;
  for (;;) {
    let files: string[] = [];
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('.eml'));
    } catch {}
    const parsed = await Promise.all(files.map((f) => simpleParser(readFileSync(join(folder, f)))));
    const invitations = parsed.filter((m) => m.subject?.startsWith('Nieuwe panelronde'));
    if (invitations.length >= 6) {
      return invitations.map((mail) => {
        const text = mail.text ?? '';
        const link = (pattern: RegExp) => {
          const found = pattern.exec(text)?.[0];
          if (!found) throw new Error(`No link ${pattern} in the mail:\n${text}`);
          return found;
        };
        const wave = link(/http\S+\/panel\/#\/l\/[A-Za-z0-9_-]{43}\/ronde\/[A-Za-z0-9-]+/);
        return {
          email: (Array.isArray(mail.to) ? mail.to[0] : mail.to)!.value[0]!.address!,
          wave,
          home: wave.replace(/\/ronde\/.*$/, ''),
          profile: link(/http\S+\/profiel/),
        };
      });
    }
    if (Date.now() > deadline) throw new Error(`Only ${invitations.length} invitations arrived`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function withDatabase<T>(
  work: (tables: Record<string, TRow[]>, db: ReturnType<typeof openDatabase>) => T,
): T {
  const db = openDatabase({ file: join(platform.dataDir, DATABASE_FILE) });
  try {
    return work(readEveryTable(db.orm), db);
  } finally {
    db.close();
  }
}

const mailOf = (address: string) => mails.find((m) => m.email === address)!;

async function headingBecomes(page: Page, text: string | RegExp) {
  try {
    await page.waitForFunction(
      (t) => {
        const h = document.querySelector('main h1')?.textContent?.trim() ?? '';
        return t.startsWith('/') ? new RegExp(t.slice(1, -1)).test(h) : h === t;
      },
      typeof text === 'string' ? text : text.toString(),
      { timeout: 15_000 },
    );
  } catch {
    const main = (
      await page
        .locator('main')
        .textContent()
        .catch(() => null)
    )?.slice(0, 300);
    throw new Error(`The heading did not become ${text}; the page says: ${main}`);
  }
}

/** Waits for the questionnaire (its token fetched, its triads loaded). */
async function questionnaireShows(page: Page) {
  await page.waitForSelector('#vraag-onderwijs_rol[role="slider"]', { timeout: 20_000 });
}

async function noSidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform({ demoPanel: true });
  mails = await readInvitations(platform.dataDir);
  waveId = /\/ronde\/([A-Za-z0-9-]+)$/.exec(mails[0]!.wave)![1]!;
  closedWaveId = withDatabase(
    (t) => t.collections!.find((c) => c.slug === 'panel-ronde-1-corona')!.id as string,
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const PHONE_ANSWER = {
  profile: {
    organisatie: 'jeugd_ggz',
    functie: 'gedragswetenschapper',
    ervaring: 'tussen_5_en_10_jaar',
    werkgebied: ['delft', 'den_haag'],
  },
  example: 'Een gezin kreeg de hulp die het nodig had, zonder eerst een indicatie af te wachten.',
  better: 'Vaste contactpersonen op elke school en één overleg per maand.',
};

describe('answering the open wave on a phone, from the invitation mail', () => {
  it('keeps every answer through Back, Forward and Reload, sends once, and records only that the member answered', async () => {
    const member = mailOf('panellid1@example.org');
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      await page.goto(member.wave);
      await questionnaireShows(page);
      expect(await mainHeading(page)).toBe('Ronde 2: samenwerken met het onderwijs');
      await shot(page, '390-ronde');

      // "Over jou": one choice, two more, several municipalities.
      await page.locator('#vraag-organisatie-jeugd_ggz').tap();
      await page.locator('#vraag-functie-gedragswetenschapper').tap();
      await page.locator('#vraag-ervaring-tussen_5_en_10_jaar').tap();
      await page.locator('#vraag-werkgebied').tap(); // Delft, the first option
      await page.locator('#vraag-werkgebied-den_haag').tap();
      // The core: scales with and without "weet ik niet", a triad, a dyad, a text.
      await page.locator('#vraag-ruimte_oordeel-4').tap();
      await page.locator('#vraag-ruimte_admin-5').tap();
      await page.locator(`#vraag-ruimte_collega-${DONT_KNOW}`).tap();

      // Back leaves the page, Forward comes back: nothing lost.
      await page.goBack();
      await page.goForward();
      await questionnaireShows(page);
      for (const id of [
        '#vraag-organisatie-jeugd_ggz',
        '#vraag-functie-gedragswetenschapper',
        '#vraag-ervaring-tussen_5_en_10_jaar',
        '#vraag-werkgebied',
        '#vraag-werkgebied-den_haag',
        '#vraag-ruimte_oordeel-4',
        '#vraag-ruimte_admin-5',
        `#vraag-ruimte_collega-${DONT_KNOW}`,
      ]) {
        expect(await page.locator(id).isChecked(), id).toBe(true);
      }

      await page.locator('#vraag-ruimte_vertrouwen-2').tap();
      await page.locator('#vraag-ruimte_schakelen-3').tap();
      const triad = page.locator('#vraag-bepaalt');
      await triad.scrollIntoViewIfNeeded();
      const box = (await triad.boundingBox())!;
      // Near the top corner ("mijn professionele oordeel").
      await triad.tap({ position: { x: box.width / 2, y: box.height * 0.3 } });
      await expect
        .poll(() => page.locator('#vraag-bepaalt-status').textContent())
        .not.toMatch(/Nog geen punt/);
      const dyad = page.locator('#vraag-werkdruk');
      await dyad.scrollIntoViewIfNeeded();
      const dyadBox = (await dyad.boundingBox())!;
      await dyad.tap({ position: { x: dyadBox.width * 0.8, y: dyadBox.height / 2 } });
      await expect
        .poll(() => page.locator('#vraag-werkdruk-status').textContent())
        .not.toMatch(/Nog niet ingevuld/);
      if (SHOTS)
        await page
          .locator('fieldset', { has: page.locator('#vraag-bepaalt') })
          .screenshot({ path: join(SHOTS, 'panel-390-driehoek-getikt.png') });
      await page.locator('#vraag-voorbeeld').tap();
      await page.keyboard.type(PHONE_ANSWER.example);

      // A reload in the middle: every answer is still there.
      const triadStatus = await page.locator('#vraag-bepaalt-status').textContent();
      const dyadStatus = await page.locator('#vraag-werkdruk-status').textContent();
      await page.reload();
      await questionnaireShows(page);
      expect(await page.locator('#vraag-ruimte_schakelen-3').isChecked()).toBe(true);
      expect(await page.locator('#vraag-werkgebied-den_haag').isChecked()).toBe(true);
      expect(await page.locator('#vraag-bepaalt-status').textContent()).toBe(triadStatus);
      expect(await page.locator('#vraag-werkdruk-status').textContent()).toBe(dyadStatus);
      expect(await page.inputValue('#vraag-voorbeeld')).toBe(PHONE_ANSWER.example);

      // The theme.
      await page.locator('#vraag-onderwijs_contact-4').tap();
      const theme = page.locator('#vraag-onderwijs_rol');
      await theme.scrollIntoViewIfNeeded();
      const themeBox = (await theme.boundingBox())!;
      await theme.tap({ position: { x: themeBox.width * 0.25, y: themeBox.height * 0.8 } });
      await page.locator('#vraag-onderwijs_verbetering').tap();
      await page.keyboard.type(PHONE_ANSWER.better);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);

      await page.getByRole('button', { name: 'Antwoord versturen' }).tap();
      await headingBecomes(page, 'Bedankt voor je antwoord');
      await shot(page, '390-bedankt');

      // The server learns that this member answered (no more reminders)…
      await expect
        .poll(() =>
          withDatabase((t) => {
            const row = t.panel_members!.find((m) => m.email === member.email)!;
            return t.panel_invitations!.find(
              (i) => i.member_id === row.id && i.collection_id === waveId,
            )!.state;
          }),
        )
        .toBe('answered');
      // A month on, reminders would go to everyone invited but this member.
      withDatabase((t, db) => {
        const due = listDueReminders(db.orm, waveId, new Date(Date.now() + 30 * 86_400_000), 2);
        const id = t.panel_members!.find((m) => m.email === member.email)!.id;
        expect(due.length).toBeGreaterThanOrEqual(4);
        expect(due.map((d) => d.memberId)).not.toContain(id);
      });
      // …and stores an answer that shares nothing with the member's rows.
      withDatabase((t) => {
        const answers = t.panel_answers!.filter((a) => a.collection_id === waveId);
        expect(answers).toHaveLength(1);
        const stored = answers[0]!;
        const json = JSON.stringify(stored);
        expect(json).toContain(PHONE_ANSWER.better);
        expect(JSON.parse(stored.answers as string)).toMatchObject({
          ...PHONE_ANSWER.profile,
          ruimte_oordeel: 4,
          ruimte_admin: 5,
          ruimte_collega: DONT_KNOW,
          ruimte_vertrouwen: 2,
          ruimte_schakelen: 3,
          onderwijs_contact: 4,
          voorbeeld: PHONE_ANSWER.example,
        });
        expect(stored.received_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Object.keys(stored).sort()).toEqual(
          ['answers', 'collection_id', 'id', 'received_on'].sort(),
        );
        // What names a member or an invitation (profile categories like a role may recur).
        const identityValues = new Set(
          [
            ...t.panel_members!.flatMap((m) => [m.id, m.name, m.email, m.link_token_hash]),
            ...t.panel_invitations!.flatMap((i) => [i.id, i.member_id]),
          ].filter((v): v is string => typeof v === 'string'),
        );
        expect(identityValues.size).toBeGreaterThan(20);
        for (const value of identityValues) expect(json).not.toContain(value);
        const spent = t.panel_spent_tokens!.filter((s) => s.collection_id === waveId);
        expect(spent).toHaveLength(1);
        expect(identityValues.has(spent[0]!.token_hash as string)).toBe(false);
        expect(json).not.toContain(spent[0]!.token_hash as string);
      });

      // The mail's link again (a new tab), in this browser: "already answered", never the questions.
      const again = await context.newPage();
      await again.goto(member.wave);
      await headingBecomes(again, 'Al beantwoord');
      expect(await again.locator('main form, main input').count()).toBe(0);
      await again.getByRole('link', { name: 'Naar je persoonlijke pagina' }).tap();
      await headingBecomes(again, /^Welkom/);
      expect(await again.locator('main').textContent()).toMatch(/Beantwoord, bedankt!/);
      expect(await again.getByRole('link', { name: 'Vragenlijst invullen' }).count()).toBe(0);
    } finally {
      await context.close();
    }

    // And in another browser, where nothing of the answer is kept.
    const other = await browser.newContext(PHONE);
    try {
      const page = await other.newPage();
      await page.goto(member.wave);
      await headingBecomes(page, 'Al beantwoord');
      expect(await page.getByRole('alert').textContent()).toMatch(/al beantwoord/);
      expect(await page.locator('main form, main input').count()).toBe(0);
    } finally {
      await other.close();
    }
  }, 180_000);

  it('a garbled, an unknown and a missing link each get a clear Dutch page', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      const base = `${platform.url}/panel/`;
      await page.goto(base);
      await headingBecomes(page, 'Professionalpanel');
      expect(await page.locator('main').textContent()).toMatch(/persoonlijke link/);

      await page.goto(`${base}#/l/${'x'.repeat(20)}`);
      await headingBecomes(page, 'Deze link werkt niet');
      expect(await page.getByRole('alert').textContent()).toMatch(/niet compleet of klopt niet/);

      // Well-formed, but no member has it.
      await page.goto(`${base}#/l/${'A'.repeat(43)}/ronde/${waveId}`);
      await headingBecomes(page, 'Deze link werkt niet');
      expect(await page.getByRole('alert').textContent()).toMatch(/kennen we niet/);
      expect(await page.locator('main form, main input').count()).toBe(0);
      // No way on to "your page": with this link it fails the same way.
      expect(await page.getByRole('link', { name: 'Naar je persoonlijke pagina' }).count()).toBe(0);
      await page.goto(`${base}#/l/${'A'.repeat(43)}/resultaten/${closedWaveId}`);
      await headingBecomes(page, 'Deze link werkt niet');
      expect(await page.getByRole('link', { name: 'Naar je persoonlijke pagina' }).count()).toBe(0);
      // A good link to a wave this member was not invited to: their page is one tap away.
      await page.goto(`${mailOf('panellid6@example.org').home}/ronde/${closedWaveId}`);
      await headingBecomes(page, 'Deze ronde is niet voor jou');
      expect(await page.getByRole('link', { name: 'Naar je persoonlijke pagina' }).count()).toBe(1);
      await shot(page, '390-onbekende-link');
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('answering by keyboard only', () => {
  it('fills every input with keys, keeps each letter typed while errors show, and sends', async () => {
    const member = mailOf('panellid2@example.org');
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const press = (key: string) => page.keyboard.press(key);
    try {
      await page.goto(member.wave);
      await questionnaireShows(page);

      // Sending at once: the summary says what is missing and takes focus.
      await tabUntil(page, 'button[type="submit"]', { max: 80 });
      await press('Enter');
      await page.waitForSelector('main [role="alert"] li');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
      const errorCount = await page.locator('main [role="alert"] li').count();
      expect(errorCount).toBeGreaterThan(5);
      await shot(page, 'desktop-fouten');

      // Typing while the errors show: every letter arrives, focus stays in the field.
      const better = 'Korte lijnen met de intern begeleider.';
      await tabUntil(page, '#vraag-onderwijs_verbetering', { max: 120 });
      await page.keyboard.type(better, { delay: 10 });
      expect(await page.inputValue('#vraag-onderwijs_verbetering')).toBe(better);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(
        'vraag-onderwijs_verbetering',
      );

      // From the summary's first link onwards, by keys only.
      await tabUntil(page, 'main [role="alert"] li:first-child a', { backwards: true, max: 120 });
      await press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('vraag-organisatie');
      await press('ArrowDown'); // jeugd_ggz… and on to
      await press('ArrowDown'); // opvoed_en_gezinshulp
      await tabUntil(page, '#vraag-functie');
      await press('Space');
      await tabUntil(page, '#vraag-ervaring');
      await press('ArrowDown');
      await tabUntil(page, '#vraag-werkgebied');
      await press('Space');
      await tabUntil(page, '#vraag-werkgebied-rijswijk');
      await press('Space');
      for (const [id, downs] of [
        ['ruimte_oordeel', 2],
        ['ruimte_admin', 4],
        ['ruimte_collega', 3],
        ['ruimte_vertrouwen', 1],
        ['ruimte_schakelen', 0],
      ] as const) {
        await tabUntil(page, `[name="vraag-${id}"]`);
        await press('Space');
        for (let i = 0; i < downs; i++) await press('ArrowDown');
      }
      await tabUntil(page, '#vraag-bepaalt');
      await press('Home');
      await press('Shift+ArrowUp');
      if (SHOTS)
        await page
          .locator('fieldset', { has: page.locator('#vraag-bepaalt') })
          .screenshot({ path: join(SHOTS, 'panel-desktop-driehoek-focus.png') });
      await tabUntil(page, '#vraag-werkdruk');
      await press('ArrowLeft'); // from the middle, 1 % a press
      await press('ArrowLeft');
      if (SHOTS)
        await page
          .locator('fieldset', { has: page.locator('#vraag-werkdruk') })
          .screenshot({ path: join(SHOTS, 'panel-desktop-schuif-focus.png') });
      await tabUntil(page, '#vraag-onderwijs_contact');
      await press('ArrowRight');
      await tabUntil(page, '#vraag-onderwijs_rol');
      await press('ArrowRight');
      await press('ArrowRight');
      await tabUntil(page, 'button[type="submit"]');
      await press('Enter');
      await headingBecomes(page, 'Bedankt voor je antwoord');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

      withDatabase((t) => {
        const answers = t
          .panel_answers!.filter((a) => a.collection_id === waveId)
          .map((a) => JSON.parse(a.answers as string) as TRow);
        const mine = answers.find((a) => a.onderwijs_verbetering === better)!;
        expect(mine).toMatchObject({
          organisatie: 'opvoed_en_gezinshulp',
          functie: 'uitvoerend_professional',
          ervaring: 'tussen_2_en_5_jaar',
          werkgebied: ['delft', 'rijswijk'],
          ruimte_oordeel: 3,
          ruimte_admin: 5,
          ruimte_collega: 4,
          ruimte_vertrouwen: 2,
          ruimte_schakelen: 1,
          onderwijs_contact: 2,
        });
        expect(mine.werkdruk).toBeCloseTo(0.48, 5);
        expect((mine.bepaalt as { a: number }).a).toBeGreaterThan(0.34);
      });
    } finally {
      await context.close();
    }
  }, 180_000);
});

describe('the results of the closed wave', () => {
  it('shows every distribution, marks the answer this browser kept, and shows small counts as <5', async () => {
    const member = mailOf('panellid3@example.org');
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      await page.goto(member.home);
      await headingBecomes(page, /^Welkom/);
      // As if this browser had answered wave 1: the copy the app keeps after sending.
      await page.evaluate(
        ([id]) =>
          localStorage.setItem(
            `duiding-panel:${id}`,
            JSON.stringify({
              sent: {
                profile: { organisatie: 'wijkteam_of_cjg' },
                answers: {
                  ruimte_oordeel: 2,
                  corona_behouden: ['beeldbellen', 'wandelgesprekken'],
                },
              },
              confirmed: true,
            }),
          ),
        [closedWaveId],
      );
      await page.getByRole('link', { name: /Resultaten van Ronde 1/ }).tap();
      await headingBecomes(page, 'Resultaten: Ronde 1: werken in de coronatijd');
      const main = page.locator('main');
      expect(await main.textContent()).toMatch(/40 collega’s antwoordden/);
      const item = (id: string) => page.locator(`section[aria-labelledby="item-${id}"]`);
      expect(await page.locator('main section.panel-item').count()).toBeGreaterThan(8);
      const own = item('ruimte_oordeel').locator('.panel-bar-own');
      expect(await own.count()).toBe(1);
      expect(await own.textContent()).toMatch(/^2 Oneens \(jouw antwoord\)/);
      expect(await item('corona_behouden').locator('.panel-bar-own').count()).toBe(2);
      expect(await item('ruimte_admin').locator('.panel-bar-own').count()).toBe(0);
      // Free text is never shown.
      expect(await item('corona_ervaring').count()).toBe(0);
      // Small counts as "<5", and the ones that would give them away as "x": never a number.
      const counts = await page.locator('main .panel-bar-count').allTextContents();
      expect(counts.some((c) => c.startsWith('<5'))).toBe(true);
      expect(counts.some((c) => c.startsWith('x'))).toBe(true);
      expect(counts.every((c) => /^(<5|x|\d+ \(\d+%\))/.test(c))).toBe(true);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
      await shot(page, '390-resultaten');
      if (SHOTS) {
        await item('ruimte_oordeel').screenshot({ path: join(SHOTS, 'panel-390-staafjes.png') });
        await item('bepaalt').screenshot({ path: join(SHOTS, 'panel-390-driehoek.png') });
      }
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('a reload while the answer key is being signed', () => {
  it('asks again for the same signature and shows the questionnaire, not "started in another browser"', async () => {
    const member = mailOf('panellid4@example.org');
    // A glance at the link on a laptop binds nothing: the key comes with the first answer.
    const laptop = await browser.newContext({ locale: 'nl-NL' });
    const glance = await laptop.newPage();
    await glance.goto(member.wave);
    await questionnaireShows(glance);
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      // The server signs (and counts the key as handed out), but the reply never arrives:
      // the member reloaded, or the train went into a tunnel.
      let signed = false;
      await page.route('**/trpc/panel.issueToken', async (route) => {
        if (signed) return route.continue();
        await route.fetch();
        signed = true;
        await route.abort('connectionreset');
      });
      await page.goto(member.wave);
      await questionnaireShows(page);
      expect(signed).toBe(false);
      await page.locator('#vraag-functie-teamleider').tap();
      await expect.poll(() => signed).toBe(true);
      withDatabase((t) => {
        const id = t.panel_members!.find((m) => m.email === member.email)!.id;
        const invitation = t.panel_invitations!.find(
          (i) => i.member_id === id && i.collection_id === waveId,
        )!;
        expect(invitation.token_issued).toBe(1);
      });
      await page.reload();
      await questionnaireShows(page);
      expect(await mainHeading(page)).toBe('Ronde 2: samenwerken met het onderwijs');
      const kept = await page.evaluate(
        (id) => JSON.parse(localStorage.getItem(`duiding-panel:${id}`) ?? '{}') as TRow,
        waveId,
      );
      expect(kept.token).toMatchObject({
        message: expect.any(String),
        signature: expect.any(String),
      });
      // Now the wave is this phone's: the laptop, reloaded, says where to finish it.
      await glance.reload();
      await headingBecomes(glance, 'Begonnen in een andere browser');
    } finally {
      await context.close();
      await laptop.close();
    }
  }, 60_000);
});

describe('the profile page', () => {
  it('updates, pauses (and the wave says so), resumes, and leaving deletes the personal data', async () => {
    const member = mailOf('panellid4@example.org');
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      await page.goto(member.profile);
      await headingBecomes(page, 'Jouw gegevens');
      expect(await page.inputValue('#profiel-email')).toBe(member.email);

      // A wrong address: the error shows, and typing on loses no letter.
      await page.fill('#profiel-email', 'daan.visser');
      await page.getByRole('button', { name: 'Gegevens opslaan' }).tap();
      await page.waitForSelector('main [role="alert"]');
      expect(await page.getAttribute('#profiel-email', 'aria-invalid')).toBe('true');
      expect(
        await page
          .locator('#profiel-email')
          .evaluate(
            (input) =>
              document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent,
          ),
      ).toMatch(/geen geldig e-mailadres/);
      await shot(page, '390-profiel-fout');
      await page.locator('#profiel-email').tap();
      await page.keyboard.press('End');
      await page.keyboard.type('@wijkteam-westland.nl', { delay: 10 });
      expect(await page.inputValue('#profiel-email')).toBe('daan.visser@wijkteam-westland.nl');
      await page.fill('#profiel-organisation', 'Wijkteam Westland Noord');
      await page.getByRole('button', { name: 'Gegevens opslaan' }).tap();
      await page.getByText('Je gegevens zijn opgeslagen.').waitFor();
      withDatabase((t) => {
        const row = t.panel_members!.find((m) => m.name === 'Daan Visser')!;
        expect(row.email).toBe('daan.visser@wijkteam-westland.nl');
        expect(row.organisation).toBe('Wijkteam Westland Noord');
      });
      await shot(page, '390-profiel');

      await page.getByRole('button', { name: 'Deelname pauzeren' }).tap();
      await page.getByRole('button', { name: 'Weer meedoen' }).waitFor();
      withDatabase((t) =>
        expect(t.panel_members!.find((m) => m.name === 'Daan Visser')!.status).toBe('paused'),
      );
      // The invitation's link while paused: a clear page, not a questionnaire (or a wait).
      await page.goto(member.wave);
      await headingBecomes(page, 'Je deelname staat op pauze');
      expect(await page.locator('main form, main input').count()).toBe(0);
      await page.goto(member.home);
      await headingBecomes(page, 'Welkom, Daan Visser');
      expect(await page.getByRole('status').textContent()).toMatch(/op pauze/);
      await page.getByRole('link', { name: 'Zet hem weer aan' }).tap();
      await headingBecomes(page, 'Jouw gegevens');
      await page.getByRole('button', { name: 'Weer meedoen' }).tap();
      await page.getByText('Je doet weer mee.').waitFor();

      await page.getByRole('button', { name: 'Afmelden uit het panel' }).tap();
      await page.getByRole('button', { name: 'Ja, meld me af en verwijder mijn gegevens' }).tap();
      await headingBecomes(page, 'Je bent afgemeld');
      withDatabase((t) => {
        const left = t.panel_members!.filter((m) => m.status === 'left');
        expect(left).toHaveLength(1);
        const row = left[0]!;
        for (const column of [
          'name',
          'email',
          'organisation',
          'municipality',
          'role',
          'link_token_hash',
        ])
          expect(row[column], column).toBeNull();
        expect(JSON.stringify(readEveryTableWithout(t, ['panel_answers']))).not.toMatch(
          /Daan Visser|daan\.visser|panellid4/,
        );
        expect(t.mail_outbox!.filter((m) => m.member_id === row.id)).toHaveLength(0);
      });
      expect(
        await page.evaluate(() =>
          Object.keys(localStorage).filter((k) => k.startsWith('duiding-panel:')),
        ),
      ).toEqual([]);
      // The old link no longer opens anything.
      await page.goto(member.home);
      await headingBecomes(page, 'Deze link werkt niet');
    } finally {
      await context.close();
    }
  }, 120_000);
});

function readEveryTableWithout(tables: Record<string, TRow[]>, skip: string[]) {
  return Object.fromEntries(Object.entries(tables).filter(([name]) => !skip.includes(name)));
}

/** Every question the size tests left open, by pointer (organisation and the first triad are set). */
async function answerTheRest(page: Page, text: string) {
  for (const id of [
    '#vraag-functie-teamleider',
    '#vraag-ervaring-meer_dan_10_jaar',
    '#vraag-werkgebied-westland',
    '#vraag-ruimte_oordeel-3',
    '#vraag-ruimte_admin-4',
    '#vraag-ruimte_collega-5',
    '#vraag-ruimte_vertrouwen-3',
    '#vraag-ruimte_schakelen-2',
    '#vraag-onderwijs_contact-5',
  ])
    await page.locator(id).click();
  for (const id of ['#vraag-werkdruk', '#vraag-onderwijs_rol']) {
    await page.locator(id).scrollIntoViewIfNeeded();
    await page.locator(id).click();
  }
  await page.fill('#vraag-onderwijs_verbetering', text);
  // Each answer cleared its own error: only the summary's heading may be left.
  expect(await page.locator('main [role="alert"] li').count()).toBe(0);
}

describe('narrow screens and zoom', () => {
  const sizes: [string, BrowserContextOptions][] = [
    ['320', { ...PHONE, viewport: { width: 320, height: 640 } }],
    // 200 % zoom of a 1280 × 900 window: 640 CSS pixels at twice the density.
    ['zoom-200', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, locale: 'nl-NL' }],
  ];
  for (const [name, options] of sizes) {
    it(`every page fits ${name} without sideways scrolling, and the questionnaire works there to the end`, async () => {
      // Each size opens the wave in a browser of its own: one member each.
      const member = mailOf(name === '320' ? 'panellid5@example.org' : 'panellid3@example.org');
      const width = options.viewport!.width;
      const context = await browser.newContext(options);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      try {
        const wide: Record<string, number> = {};
        await page.goto(member.home);
        await headingBecomes(page, /^Welkom/);
        wide.home = await noSidewaysScroll(page);
        await page.goto(member.profile);
        await headingBecomes(page, 'Jouw gegevens');
        wide.profile = await noSidewaysScroll(page);
        await page.goto(`${member.home}/resultaten/${closedWaveId}`);
        await headingBecomes(page, /^Resultaten/);
        wide.results = await noSidewaysScroll(page);
        await shot(page, `${name}-resultaten`);
        await page.goto(member.wave);
        await questionnaireShows(page);
        wide.wave = await noSidewaysScroll(page);
        await shot(page, `${name}-ronde`);
        await page.locator('#vraag-organisatie-anders').click();
        const triad = page.locator('#vraag-bepaalt');
        await triad.scrollIntoViewIfNeeded();
        await triad.click();
        expect(await page.locator('#vraag-bepaalt-status').textContent()).not.toMatch(/Nog geen/);
        await page.getByRole('button', { name: 'Antwoord versturen' }).click();
        await page.waitForSelector('main [role="alert"] li');
        wide.errors = await noSidewaysScroll(page);
        await shot(page, `${name}-fouten`);
        expect(wide).toEqual(Object.fromEntries(Object.keys(wide).map((k) => [k, width])));

        // And on to the end; at 200 % the first send's reply is lost on the way back.
        const marker = `Afgemaakt op ${name}.`;
        await answerTheRest(page, marker);
        let dropped = false;
        if (name === 'zoom-200') {
          await page.route('**/trpc/panel.submitAnswer', async (route) => {
            if (dropped) return route.continue();
            await route.fetch();
            dropped = true;
            await route.abort('connectionreset');
          });
        }
        await page.getByRole('button', { name: 'Antwoord versturen' }).click();
        if (name === 'zoom-200') {
          await page.waitForSelector('main [role="alert"]:has-text("niet bereikbaar")');
          expect(dropped).toBe(true);
          await page.getByRole('button', { name: 'Antwoord versturen' }).click();
        }
        await headingBecomes(page, 'Bedankt voor je antwoord');
        expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(width);
        await expect
          .poll(() =>
            withDatabase((t) => {
              const id = t.panel_members!.find((m) => m.email === member.email)!.id;
              return t.panel_invitations!.find(
                (i) => i.member_id === id && i.collection_id === waveId,
              )!.state;
            }),
          )
          .toBe('answered');
        withDatabase((t) =>
          expect(
            t.panel_answers!.filter((a) => (a.answers as string).includes(marker)),
          ).toHaveLength(1),
        );
      } finally {
        await context.close();
      }
    }, 90_000);
  }
});

describe('accessibility of every panel page (axe, WCAG 2.2 AA)', () => {
  it('no link, bad link, home, wave with errors, answered, results, profile and unsubscribe have no violations', async () => {
    const member = mailOf('panellid6@example.org');
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const found: Record<string, string[]> = {};
    try {
      await page.goto(`${platform.url}/panel/`);
      await headingBecomes(page, 'Professionalpanel');
      found['geen link'] = await axeViolations(page);
      await page.goto(`${platform.url}/panel/#/l/kapot`);
      await headingBecomes(page, 'Deze link werkt niet');
      found['kapotte link'] = await axeViolations(page);
      await page.goto(member.home);
      await headingBecomes(page, /^Welkom/);
      found.thuis = await axeViolations(page);
      await page.goto(member.wave);
      await questionnaireShows(page);
      found.ronde = await axeViolations(page);
      await page.getByRole('button', { name: 'Antwoord versturen' }).tap();
      await page.waitForSelector('main [role="alert"] li');
      found['ronde met fouten'] = await axeViolations(page);
      await page.goto(`${member.home}/resultaten/${closedWaveId}`);
      await headingBecomes(page, /^Resultaten/);
      found.resultaten = await axeViolations(page);
      await page.goto(member.profile);
      await headingBecomes(page, 'Jouw gegevens');
      found.profiel = await axeViolations(page);
      await page.goto(`${member.home}/afmelden`);
      await headingBecomes(page, 'Geen mail meer');
      found.afmelden = await axeViolations(page);
      await page.goto(mailOf('panellid1@example.org').wave);
      await headingBecomes(page, 'Al beantwoord');
      found['al beantwoord'] = await axeViolations(page);
    } finally {
      await context.close();
    }
    expect(Object.keys(found)).toHaveLength(9);
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
  }, 120_000);
});

describe('after the wave closed', () => {
  it('the invitation link says the wave is closed, and its results are withheld for so few answers', async () => {
    withDatabase((_, db) => {
      const now = Date.now();
      rescheduleCollection(db.orm, waveId, {
        opensAt: new Date(now - 10 * 86_400_000),
        closesAt: new Date(now - 60_000),
      });
    });
    // The server keeps a wave it read for COLLECTION_TTL_MS; a change made by another
    // connection (this one) is seen after that. Without the wait the page could still get
    // the open wave when the test before it had just read it.
    await delay(COLLECTION_TTL_MS + 100);
    const member = mailOf('panellid6@example.org');
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      await page.goto(member.wave);
      await headingBecomes(page, 'Deze ronde is gesloten');
      expect(await page.getByRole('alert').textContent()).toMatch(/gesloten sinds/);
      expect(await page.locator('main form, main input').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${member.home}/resultaten/${waveId}`);
      await headingBecomes(page, 'Resultaten: Ronde 2: samenwerken met het onderwijs');
      expect(await page.locator('main').textContent()).toMatch(/minder dan 10|te weinig/i);
      expect(await page.locator('main .panel-bar').count()).toBe(0);
      await shot(page, '390-resultaten-te-weinig');
    } finally {
      await context.close();
    }
  }, 60_000);
});
