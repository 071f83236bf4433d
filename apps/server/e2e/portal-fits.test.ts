import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, sidewaysOverflow, startTestPlatform, type TTestPlatform } from './browser';
import { headingIs, signInToPortal } from './portal';

/*
 * Every portal page at 320 px (a small phone) and at 200 % zoom (a 1280 px window is 640 CSS
 * px wide), the designer with an open question included: nothing makes the page scroll
 * sideways. (The report, the explorer and the panel's pages have their own width checks.)
 */

let platform: TTestPlatform;
let browser: Browser;

beforeAll(async () => {
  platform = await startTestPlatform({ demoPanel: true });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const VIEWS = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200 % zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
] as const;

const AREAS = [
  ['verhalen', 'Verhalen'],
  ['vragenlijsten', 'Vragenlijsten'],
  ['verzamelingen', 'Verzamelingen'],
  ['team', 'Team'],
  ['logboek', 'Logboek'],
  ['invoeren', 'Verhalen invoeren'],
  ['moderatie', 'Moderatie'],
  ['codeboek', 'Codeboek'],
  ['bewaartermijn', 'Bewaartermijn'],
  ['uitwisselen', 'Uitwisselen'],
  ['panel', 'Panelleden'],
  ['panel/rondes', 'Panelrondes'],
  ['panel/mail', 'Panelmail'],
] as const;

async function walk(page: Page, found: Record<string, string[]>, view: string) {
  const project = await signInToPortal(page, platform.url);
  const check = async (name: string) => {
    await page.waitForLoadState('networkidle');
    const wide = await sidewaysOverflow(page);
    if (wide.length > 0) found[`${name} at ${view}`] = wide;
  };
  for (const [path, heading] of AREAS) {
    await page.goto(`${project}/${path}`);
    await headingIs(page, heading);
    await check(path);
  }
  await page.goto(`${project}/vragenlijsten`);
  await page
    .getByRole('link', { name: /^Versie 1/ })
    .first()
    .click();
  await page.waitForSelector('.designer-preview');
  await check('ontwerp');
  await page
    .getByRole('region', { name: /^Vragen over het verhaal/ })
    .getByRole('button', { name: /^Bewerken/ })
    .nth(1)
    .click();
  await check('ontwerp met een open vraag');
  await page.goto(`${project}/verzamelingen`);
  await page
    .getByRole('link', { name: /^Dashboard/ })
    .first()
    .click();
  await page.waitForSelector('main table');
  await check('dashboard');
  await page.goto(`${project}/verzamelingen`);
  await page
    .getByRole('link', { name: /^Landingspagina en huisstijl/ })
    .first()
    .click();
  await page.waitForSelector('.presentation-form');
  await check('landingspagina en huisstijl');
  for (const [path, heading] of [
    ['/portal/account', 'Je account'],
    ['/portal/beheer', 'Beheer'],
    ['/portal/beheer/logboek', 'Logboek'],
  ] as const) {
    await page.goto(`${platform.url}${path}`);
    await headingIs(page, heading);
    await check(path);
  }
}

describe('the portal at 320 px and 200 % zoom', () => {
  it('has no page that scrolls sideways', async () => {
    const found: Record<string, string[]> = {};
    for (const view of VIEWS) {
      const context = await browser.newContext({ ...view, locale: 'nl-NL' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      try {
        await walk(page, found, view.name);
      } finally {
        await context.close();
      }
    }
    expect(found).toEqual({});
  }, 240_000);
});
