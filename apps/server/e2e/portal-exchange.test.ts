import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium, startTestPlatform, type TTestPlatform } from './browser';
import { headingIs, signInToPortal } from './portal';

let platform: TTestPlatform;
let browser: Browser;
let files: string;
const screenshotDir = process.env.SCREENSHOT_DIR;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
  files = await mkdtemp(join(tmpdir(), 'duiding-exchange-e2e-'));
  if (screenshotDir) await mkdir(screenshotDir, { recursive: true });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  if (files) await rm(files, { recursive: true, force: true });
});

const HOSTILE = '<img src=x onerror="window.__xss=1">';

async function openExchange(page: Page) {
  const project = await signInToPortal(page, platform.url);
  await page.goto(`${project}/uitwisselen`);
  await headingIs(page, 'Uitwisselen');
  await page.getByLabel('Verzameling', { exact: true }).waitFor();
  return project;
}

/** Clicks a download button and saves every file it brings. */
async function downloadAll(page: Page, button: string, count: number): Promise<string[]> {
  const downloads: Download[] = [];
  const all = new Promise<void>((done) => {
    page.on('download', function onDownload(d) {
      downloads.push(d);
      if (downloads.length === count) {
        page.off('download', onDownload);
        done();
      }
    });
  });
  await page.getByRole('button', { name: button }).click();
  await all;
  const paths: string[] = [];
  for (const d of downloads) {
    const path = join(files, d.suggestedFilename());
    await d.saveAs(path);
    paths.push(path);
  }
  return paths;
}

async function chooseImport(page: Page, kind: RegExp, paths: string[], labels: string[]) {
  await page.getByRole('radio', { name: kind }).check();
  for (const [i, path] of paths.entries()) {
    await page.getByLabel(labels[i]!, { exact: true }).setInputFiles(path);
  }
}

describe('export and import in Chromium', () => {
  it('downloads a collection as JSON and SenseMaker, and reads both back in as new collections', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      acceptDownloads: true,
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    try {
      await openExchange(page);
      expect(await axeViolations(page)).toEqual([]);
      const [json] = await downloadAll(page, 'Download JSON', 1);
      expect(json).toMatch(/zhz-vertelt-2026\.json$/);
      const exported = JSON.parse(await readFile(json!, 'utf8'));
      expect(exported.format).toBe('duiding-collection');
      const count = exported.stories.length as number;
      expect(count).toBeGreaterThan(100);
      await page
        .getByRole('status')
        .filter({ hasText: `${count} verhalen uitgevoerd` })
        .waitFor();

      // Back in through the portal: check first, then import.
      await chooseImport(page, /Duiding-export/, [json!], ['JSON-bestand']);
      await page.getByLabel(/Naam van de verzameling/).fill('Heringelezen 2026');
      await page.getByRole('button', { name: 'Controleren' }).click();
      await page.getByText(`Klaar om in te lezen: ${count} verhalen`).waitFor();
      await page.getByRole('button', { name: 'Inlezen', exact: true }).click();
      await page.getByText(`Ingelezen: ${count} verhalen`).waitFor();
      expect(await page.textContent('main')).toContain('(bestond al)');
      expect(await axeViolations(page)).toEqual([]);

      const smFiles = await downloadAll(page, 'Download SenseMaker (CSV + kader)', 2);
      const definition = smFiles.find((f) => f.endsWith('-framework.json'))!;
      const data = smFiles.find((f) => f.endsWith('-data.csv'))!;
      await chooseImport(
        page,
        /SenseMaker-export/,
        [definition, data],
        ['Kader (framework definition, JSON)', 'Gegevens (CSV)'],
      );
      await page.getByRole('button', { name: 'Inlezen', exact: true }).click();
      await page.getByText(`Ingelezen: ${count} verhalen`).waitFor();

      // Both new collections are there to export, and both downloads of XLSX and SPSS work.
      const options = await page
        .getByLabel('Verzameling', { exact: true })
        .locator('option')
        .allTextContents();
      expect(options).toEqual(expect.arrayContaining(['Heringelezen 2026']));
      const [xlsx] = await downloadAll(page, 'Download Excel (XLSX)', 1);
      expect((await readFile(xlsx!)).subarray(0, 2).toString()).toBe('PK');
      const spss = await downloadAll(page, 'Download SPSS (CSV + .sps)', 2);
      expect(spss.some((f) => f.endsWith('.sps'))).toBe(true);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('renders a hostile title from an imported file as text, in the preview and the outcome', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    try {
      await openExchange(page);
      const csv = join(files, 'vijandig.csv');
      await writeFile(
        csv,
        `Titel,Verhaal,Gevoel\n"${HOSTILE.replaceAll('"', '""')}","Een verhaal over de hulp, lang genoeg.",blij\nTweede,"Nog een verhaal, ook lang genoeg.",boos\n`,
      );
      await chooseImport(page, /Ander CSV-bestand/, [csv], ['CSV-bestand']);
      const table = page.getByRole('table');
      await table.getByRole('cell', { name: HOSTILE }).waitFor();
      await page.getByLabel('Verhaaltekst').selectOption('Verhaal');
      await page.getByLabel('Titel', { exact: true }).selectOption('Titel');
      await page.getByLabel('Kolom "Gevoel"').selectOption('choice');
      await page.getByLabel(/Naam van de verzameling/).fill(HOSTILE);
      await page.getByRole('button', { name: 'Controleren' }).click();
      await page.getByText('Klaar om in te lezen: 2 verhalen en 1 vragen').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Inlezen', exact: true }).click();
      await page.getByText('Ingelezen: 2 verhalen').waitFor();
      // The collection is named by the hostile text: it shows as text in the list.
      // The export's list reloads after the import: wait for the new collection in it.
      const options = page.getByLabel('Verzameling', { exact: true }).locator('option');
      await expect.poll(() => options.allTextContents()).toContain(HOSTILE);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('main img').count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('refuses a file over 3 MB before sending it, pointing to the CLI', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    try {
      await openExchange(page);
      const big = join(files, 'groot.json');
      await writeFile(big, `{"x":"${'a'.repeat(3.2 * 1024 * 1024)}"}`);
      await chooseImport(page, /Duiding-export/, [big], ['JSON-bestand']);
      await page.getByRole('button', { name: 'Inlezen', exact: true }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'hooguit 3 MB' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('pnpm duiding import');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('works at 390 px by touch, at 320 px and at 200 % zoom', async () => {
    const sizes = [
      {
        name: 'touch-390',
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
        deviceScaleFactor: 2,
      },
      {
        name: 'smal-320',
        viewport: { width: 320, height: 640 },
        hasTouch: false,
        isMobile: false,
        deviceScaleFactor: 1,
      },
      // 200 % zoom of a 1280 px window: half the CSS pixels at twice the density.
      {
        name: 'zoom-200',
        viewport: { width: 640, height: 450 },
        hasTouch: false,
        isMobile: false,
        deviceScaleFactor: 2,
      },
      {
        name: 'desktop',
        viewport: { width: 1280, height: 900 },
        hasTouch: false,
        isMobile: false,
        deviceScaleFactor: 1,
      },
    ];
    for (const size of sizes) {
      const context = await browser.newContext({ ...size, locale: 'nl-NL', bypassCSP: true });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      try {
        await openExchange(page);
        await page.getByRole('radio', { name: /Ander CSV-bestand/ }).check();
        const csv = join(files, `smal-${size.name}.csv`);
        await writeFile(csv, 'Titel,Verhaal,Leeftijd\nEen,"Een verhaal dat lang genoeg is.",12\n');
        await page.getByLabel('CSV-bestand', { exact: true }).setInputFiles(csv);
        await page.getByRole('table').waitFor();
        if (size.hasTouch) await page.getByRole('button', { name: 'Controleren' }).tap();
        else await page.getByRole('button', { name: 'Controleren' }).click();
        await page.getByText('Klaar om in te lezen: 1 verhalen').waitFor();
        // Nothing sticks out sideways: the page itself does not scroll horizontally.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, size.name).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        if (screenshotDir) {
          await page.screenshot({
            path: join(screenshotDir, `uitwisselen-${size.name}.png`),
            fullPage: true,
          });
        }
      } finally {
        await context.close();
      }
    }
  }, 240_000);
});
