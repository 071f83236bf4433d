import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHART_TEXT_VIEWS,
  chartTextSizes,
  cspRefusals,
  launchChromium,
  sidewaysOverflow,
  startTestPlatform,
  type TTestPlatform,
} from './browser';
import { headingIs, signInToPortal } from './portal';

/*
 * Every portal page at 320 px (a small phone) and at 200 % zoom (a 1280 px window is 640 CSS
 * px wide), the designer with an open question included: nothing makes the page scroll
 * sideways. (The report, the explorer and the panel's pages have their own width checks.)
 * The explorer's charts, every question of both questionnaires, alone and compared: at
 * 320 px every label is at least 11 CSS px, and at 1280 px no label is blown up.
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

/** Every question of every questionnaire, alone and compared, each opened by its address. */
async function walkExplorer(page: Page, check: (what: string) => Promise<void>) {
  const project = await signInToPortal(page, platform.url);
  const open = async (query: Record<string, string>) => {
    await page.goto(`${project}/verkennen?${new URLSearchParams(query)}`);
    await headingIs(page, 'Verkennen');
    await page.locator('select[id$="-vraag"] option').first().waitFor({ state: 'attached' });
  };
  const valuesOf = (select: string) =>
    page
      .locator(select)
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  await open({});
  const frameworks = await valuesOf('select[id$="-vragenlijst"]');
  expect(frameworks.length).toBeGreaterThan(1);
  for (const vragenlijst of frameworks) {
    await open({ vragenlijst });
    for (const vraag of await valuesOf('select[id$="-vraag"]')) {
      await open({ vragenlijst, vraag });
      const byQuestion = (await valuesOf('select[id$="-indeling"]')).find((v) =>
        v.startsWith('vraag:'),
      );
      for (const indeling of ['', byQuestion ?? '']) {
        if (indeling) await open({ vragenlijst, vraag, indeling });
        await page.locator('figure.chart svg[role="img"]').first().waitFor();
        await check(`${vraag}${indeling ? ` by ${indeling}` : ''}`);
      }
    }
  }
}

describe('the explorer’s charts on a phone', () => {
  // Failed before the fix: at 320 px the charts' viewBox (600 units in a 262 px box) drew
  // 11–13 unit labels at 4.5–8 px.
  it('draws every chart label at 11 CSS px or more at 320 px, and not huge at 1280 px', async () => {
    const kinds = new Set<string>();
    for (const view of CHART_TEXT_VIEWS) {
      const context = await browser.newContext({
        viewport: { width: view.width, height: view.height },
        locale: 'nl-NL',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const small: string[] = [];
      const wide: Record<string, string[]> = {};
      try {
        await walkExplorer(page, async (what) => {
          for (const t of await chartTextSizes(page)) {
            if (t.px < view.min || t.height < view.min || t.px > view.max)
              small.push(`${what}: "${t.text}" in ${t.chart}: ${t.px.toFixed(1)} px`);
          }
          for (const kind of await page.$$eval('figure.chart svg[class]', (svgs) =>
            svgs.map((s) => s.getAttribute('class') ?? ''),
          ))
            kinds.add(kind);
          const overflow = await sidewaysOverflow(page);
          if (overflow.length > 0) wide[what] = overflow;
        });
      } finally {
        await context.close();
      }
      expect(small, `chart text at ${view.width} px`).toEqual([]);
      expect(wide, `sideways at ${view.width} px`).toEqual({});
    }
    // Every kind of chart was on screen: bars, histograms, trends, a ternary, stones, a cross table.
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining([
        'chart-svg',
        'chart-svg chart-svg-full-size',
        'chart-svg stone-field',
        'chart-svg ternary-plot',
      ]),
    );
    expect(kinds.size).toBeGreaterThanOrEqual(4);
  }, 300_000);
});

describe('the portal at 320 px and 200 % zoom', () => {
  it('has no page that scrolls sideways', async () => {
    const found: Record<string, string[]> = {};
    for (const view of VIEWS) {
      const context = await browser.newContext({ ...view, locale: 'nl-NL' });
      const refused = cspRefusals(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      try {
        await walk(page, found, view.name);
      } finally {
        await context.close();
      }
      // Every page under the server's own CSP, which the axe tests bypass.
      expect(refused, `CSP at ${view.name}`).toEqual([]);
    }
    expect(found).toEqual({});
  }, 240_000);
});
