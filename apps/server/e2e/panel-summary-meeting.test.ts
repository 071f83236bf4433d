import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  findCollectionBySlug,
  listObservations,
  listPanelAnswers,
  openDatabase,
  storePanelAnswer,
  type TDatabase,
} from '@duiding/db';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../src/platform';
import { axeViolations } from './axe';
import { launchChromium, startTestPlatform, type TTestPlatform } from './browser';
import { headingIs, signInToPortal } from './portal';

/*
 * The panel wave's summary and meeting mode in Chromium, on the demo panel (wave 1 closed
 * with 40 generated answers, wave 2 open and empty). Twelve more answers from one kind of
 * organisation make that group large enough for a section of its own; the others stay
 * under 10 and get none. The summary prints without the portal and downloads as a real
 * PDF; the meeting moves by keyboard, keeps its slide across a reload and Back, and keeps
 * the facilitator's note through a failed save, as an observation on the wave.
 */

const SHOTS = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'duiding-e2e-screenshots');
const WAVE1 = 'Ronde 1: werken in de coronatijd';

let platform: TTestPlatform;
let browser: Browser;
let database: TDatabase;
let wave1 = '';
let wave2 = '';
let projectId = '';
let projectUrl = '';

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform({ demoPanel: true });
  database = openDatabase({ file: join(platform.dataDir, DATABASE_FILE) });
  const first = findCollectionBySlug(database.orm, 'panel-ronde-1-corona')!;
  wave1 = first.id;
  projectId = first.projectId;
  wave2 = findCollectionBySlug(database.orm, 'panel-ronde-2-onderwijs')!.id;
  const model = listPanelAnswers(database.orm, wave1)[0]!;
  for (let i = 0; i < 12; i++) {
    storePanelAnswer(database.orm, {
      collectionId: wave1,
      tokenHash: randomBytes(32).toString('hex'),
      answers: { ...model, organisatie: 'jeugd_ggz' },
      receivedOn: '2026-08-20',
    });
  }
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  database?.close();
  await browser?.close();
  await platform?.stop();
});

async function expectAxeClean(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

async function signedInPage(options: BrowserContextOptions = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    bypassCSP: true,
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  projectUrl = await signInToPortal(page, platform.url);
  return { context, page };
}

const summaryUrl = (wave: string) => `${projectUrl}/panel/rondes/${wave}/samenvatting`;
const meetingUrl = (wave: string, dia?: number) =>
  `${projectUrl}/panel/rondes/${wave}/bijeenkomst${dia ? `?dia=${dia}` : ''}`;

async function slideCount(page: Page) {
  return (await page.locator('.meeting-count').textContent())?.trim();
}

async function expectSlide(page: Page, n: number, of = 12) {
  await page.waitForFunction(
    (text) => document.querySelector('.meeting-count')?.textContent?.trim() === text,
    `${n} van ${of}`,
  );
  expect(new URL(page.url()).searchParams.get('dia') ?? '1').toBe(String(n));
}

/** The text of every page of a PDF, joined (pdf.js, as a reader's viewer extracts it). */
async function pdfText(bytes: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false })
    .promise;
  const parts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return parts.join('\n');
}

describe('the wave summary and meeting mode in Chromium', () => {
  it('shows the summary suppressed, prints it without the portal, and downloads a real PDF', async () => {
    const { context, page } = await signedInPage();
    await page.goto(summaryUrl(wave1));
    await headingIs(page, `Samenvatting: ${WAVE1}`);
    await page.getByText('52 professionals antwoordden.').waitFor();
    // Only the group large enough has a section.
    await page.getByRole('heading', { name: 'Organisatie: Jeugd-ggz' }).waitFor();
    expect(await page.getByRole('heading', { name: /^Organisatie: / }).count()).toBe(1);
    await page
      .getByText('Soorten organisaties met minder dan 10 antwoorden staan er niet apart in.')
      .waitFor();
    expect(await page.locator('figure.chart').count()).toBeGreaterThan(10);
    await expectAxeClean(page);

    // Printed: no portal header or menu, no buttons, a section a page, the numbers as tables.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.portal-nav').isVisible()).toBe(false);
    expect(await page.locator('.portal-header').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Download als PDF' }).isVisible()).toBe(false);
    expect(await page.locator('.chart-actions').first().isVisible()).toBe(false);
    expect(await page.locator('.chart-table table').first().isVisible()).toBe(true);
    const breaks = await page.$$eval('.wave-summary-section', (sections) =>
      sections.map((s) => getComputedStyle(s).breakBefore),
    );
    // All questions, the trend, Jeugd-ggz: each after the first starts a page.
    expect(breaks).toEqual(['auto', 'page', 'page']);
    await page.screenshot({ path: join(SHOTS, 'samenvatting-print.png'), fullPage: true });
    await page.screenshot({ path: join(SHOTS, 'samenvatting-print-top.png') });
    await page
      .locator('.wave-summary-section', { has: page.locator('#wave-trend') })
      .screenshot({ path: join(SHOTS, 'samenvatting-print-trend.png') });
    await page.emulateMedia({ media: 'screen' });

    // The PDF, printed by Chromium on the server for the signed-in researcher.
    const started = Date.now();
    const response = await page.request.get(`${platform.url}/pdf/panelronde/${projectId}/${wave1}`);
    expect(response.status(), await response.text().catch(() => '')).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    console.log(
      `wave summary PDF: ${Date.now() - started} ms, ${(await response.body()).length} bytes`,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('link', { name: 'Download als PDF' }).click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Small enough to mail (the hatching of hidden counts once made it 15 MB).
    expect(bytes.length).toBeLessThan(1_000_000);
    const text = await pdfText(bytes);
    expect(text).toContain('Samenvatting: Ronde 1: werken in de coronatijd');
    expect(text).toContain('Organisatie: Jeugd-ggz');
    expect(download.suggestedFilename()).toMatch(/^Samenvatting Ronde 1.*\.pdf$/);

    // The open wave has too few answers: withheld, and the page says so and why.
    await page.goto(summaryUrl(wave2));
    await headingIs(page, 'Samenvatting: Ronde 2: samenwerken met het onderwijs');
    const withheld = page.locator('.wave-withheld').first();
    expect(await withheld.textContent()).toMatch(/^Niet getoond\. Minder dan 10 antwoorden/);
    await expectAxeClean(page);
    await context.close();

    // Signed out, the PDF is refused.
    const outside = await browser.newContext();
    const refused = await outside.request.get(
      `${platform.url}/pdf/panelronde/${projectId}/${wave1}`,
    );
    expect(refused.status()).toBe(401);
    expect(refused.headers()['content-type']).toContain('text/html');
    await outside.close();
  }, 180_000);

  it('presents the wave by keyboard, keeps the slide across reload and Back, and keeps every note', async () => {
    const { context, page } = await signedInPage();
    await page.goto(meetingUrl(wave1));
    await headingIs(page, `Bijeenkomst: ${WAVE1}`);
    await expectSlide(page, 1);
    expect(await page.locator('.meeting-count').getAttribute('aria-live')).toBe('polite');
    // The portal's menu is neither shown nor reachable behind the presentation.
    expect(await page.locator('.portal-nav').isVisible()).toBe(false);
    await page.getByText('52 professionals antwoordden.').waitFor();
    await expectAxeClean(page);

    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    await page.getByRole('heading', { name: 'Door de rondes heen' }).waitFor();
    await expectAxeClean(page);
    await page.screenshot({ path: join(SHOTS, 'bijeenkomst-trend-desktop.png') });
    await page.keyboard.press('PageDown');
    await expectSlide(page, 3);
    await page.keyboard.press('End');
    await expectSlide(page, 12);
    await page.keyboard.press('Home');
    await expectSlide(page, 1);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expectSlide(page, 4);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 2);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
    const title = await page.locator('.meeting-slide-title').textContent();

    await page.reload();
    await expectSlide(page, 3);
    expect(await page.locator('.meeting-slide-title').textContent()).toBe(title);
    await page.goBack();
    await expectSlide(page, 2);
    await page.goForward();
    await expectSlide(page, 3);
    await expectAxeClean(page);

    // A note: arrows in the box move the cursor, not the slide; leaving the box saves it.
    const box = page.getByRole('textbox', { name: 'Notities bij deze dia' });
    await box.click();
    await page.keyboard.type('De zaal herkent dit');
    await page.keyboard.press('ArrowLeft');
    expect(await slideCount(page)).toBe('3 van 12');
    await page.keyboard.press('Tab');
    await page.getByText('Opgeslagen als observatie bij deze ronde.').waitFor();
    const stored = () =>
      listObservations(database.orm, projectId, { collectionId: wave1 }).map((o) => o.body);
    expect(stored()).toEqual(['De zaal herkent dit']);

    // The server cannot be reached: the note stays, the error says so, typing on keeps all.
    await page.route('**/trpc/portal.panel.saveMeetingNote**', (route) => route.abort());
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.type(', vooral bij de wijkteams.');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    const error = page.getByRole('alert').filter({ hasText: 'Niet opgeslagen' });
    await error.waitFor();
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Actiepunt: navragen.');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await error.isVisible()).toBe(true);
    const full = 'De zaal herkent dit, vooral bij de wijkteams. Actiepunt: navragen.';
    expect(await box.inputValue()).toBe(full);
    // Leaving now would lose the note: the meeting stays and says why.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByText('Niet elke notitie is opgeslagen.').waitFor();
    await headingIs(page, `Bijeenkomst: ${WAVE1}`);
    await page.unroute('**/trpc/portal.panel.saveMeetingNote**');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByText('Opgeslagen als observatie bij deze ronde.').waitFor();
    expect(stored()).toEqual([full]);

    // Reloaded, the note is back from the server.
    await page.reload();
    await expectSlide(page, 3);
    await page.waitForFunction(
      (text) => (document.querySelector('textarea') as HTMLTextAreaElement | null)?.value === text,
      full,
    );

    // Full screen on the button, and Escape leaves it (then the meeting).
    await page.getByRole('button', { name: 'Volledig scherm' }).click();
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains('meeting'));
    await page.getByRole('button', { name: 'Volledig scherm verlaten' }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await expectSlide(page, 3);

    // Escape in the box leaves the box (saving), Escape again leaves the meeting once saved.
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Besluit: terugkoppelen.');
    await page.keyboard.press('Escape');
    // Focus lands on the slide buttons, not on the page's body.
    expect(
      await page.evaluate(() => document.activeElement?.closest('.meeting-nav') !== null),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await headingIs(page, `Samenvatting: ${WAVE1}`);
    const last = `${full} Besluit: terugkoppelen.`;
    expect(stored()).toEqual([last]);
    // Back in the meeting without a reload: the stored note, not an older cached one.
    await page.getByRole('link', { name: 'Bijeenkomst starten' }).click();
    await headingIs(page, `Bijeenkomst: ${WAVE1}`);
    await expectSlide(page, 1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
    expect(await box.inputValue()).toBe(last);

    // In catalysis the note is an observation about the wave, to interpret there.
    await page.goto(`${projectUrl}/interpretatie`);
    await headingIs(page, 'Interpretatie');
    const observations = page.getByRole('region', { name: 'Observaties' });
    await observations.getByRole('heading', { name: /^Bijeenkomst: / }).waitFor();
    await observations.getByText(last).waitFor();
    await context.close();
  }, 180_000);

  it('fits 390 px touch, 320 px, 200 % zoom and desktop without sideways scrolling (screenshots)', async () => {
    const views = [
      {
        name: 'touch-390',
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        hasTouch: true,
        isMobile: true,
      },
      { name: 'narrow-320', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
      { name: 'zoom-200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
      { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
    ];
    for (const view of views) {
      const { name, ...options } = view;
      const { context, page } = await signedInPage(options);
      for (const [url, shot, heading] of [
        [summaryUrl(wave1), 'samenvatting', `Samenvatting: ${WAVE1}`],
        [meetingUrl(wave1, 3), 'bijeenkomst', `Bijeenkomst: ${WAVE1}`],
      ] as const) {
        await page.goto(url);
        await headingIs(page, heading);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: join(SHOTS, `${shot}-${name}.png`), fullPage: true });
        await page.screenshot({ path: join(SHOTS, `${shot}-${name}-top.png`) });
        const wide = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth + 1;
          const scrolls = document.documentElement.scrollWidth > limit;
          const meeting = document.querySelector('.meeting');
          const inner = meeting && meeting.scrollWidth > meeting.clientWidth + 1;
          return [
            ...(scrolls ? [`page scrollWidth ${document.documentElement.scrollWidth}`] : []),
            ...(inner ? [`meeting scrollWidth ${meeting.scrollWidth}`] : []),
            ...[...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > limit)
              .filter((e) => !e.closest('.visually-hidden'))
              .slice(0, 3)
              .map(
                (e) =>
                  `${e.tagName}.${e.getAttribute('class')}: ${Math.round(e.getBoundingClientRect().right)}`,
              ),
          ];
        });
        expect(wide, `${shot} at ${name} is wider than the window`).toEqual([]);
      }
      if (view.hasTouch) {
        // On a phone: the buttons move the slides, and so does a swipe over the slide.
        await page.getByRole('button', { name: 'Volgende' }).tap();
        await expectSlide(page, 4);
        await page.getByRole('button', { name: 'Vorige' }).tap();
        await expectSlide(page, 3);
        const cdp = await context.newCDPSession(page);
        const box = (await page.locator('.meeting-slide').boundingBox())!;
        const y = box.y + Math.min(box.height / 2, 200);
        const swipe = async (from: number, to: number) => {
          await cdp.send('Input.dispatchTouchEvent', {
            type: 'touchStart',
            touchPoints: [{ x: from, y }],
          });
          for (const x of [from + (to - from) / 2, to]) {
            await cdp.send('Input.dispatchTouchEvent', {
              type: 'touchMove',
              touchPoints: [{ x, y }],
            });
          }
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        };
        await swipe(320, 60);
        await expectSlide(page, 4);
        await swipe(60, 320);
        await expectSlide(page, 3);
        await expectAxeClean(page);
      }
      await context.close();
    }
  }, 240_000);
});
