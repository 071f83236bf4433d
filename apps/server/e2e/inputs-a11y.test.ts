import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { buildGallery, GALLERY_URL, type TGallery } from './inputs-gallery';

let browser: Browser;
let gallery: TGallery;

beforeAll(async () => {
  [browser, gallery] = await Promise.all([launchChromium(), buildGallery()]);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await gallery?.remove();
});

interface TAxNode {
  role: string;
  name: string;
  /** The value: a slider's number (aria-valuenow), a text box's text. */
  value: string;
  description: string;
  roledescription: string;
  focusable: boolean;
  checked: string;
}

/** Chromium's own accessibility tree, as a screen reader gets it. */
async function axTree(page: Page): Promise<TAxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        ignored: boolean;
        role?: { value: string };
        name?: { value: string };
        description?: { value: string };
        value?: { value: unknown };
        properties?: { name: string; value: { value: unknown } }[];
      }[];
    };
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => {
        const property = (name: string) => n.properties?.find((p) => p.name === name)?.value.value;
        return {
          role: n.role?.value ?? '',
          name: n.name?.value ?? '',
          value: n.value?.value === undefined ? '' : String(n.value.value),
          description: n.description?.value ?? '',
          roledescription: String(property('roledescription') ?? ''),
          focusable: property('focusable') === true,
          checked: String(property('checked') ?? ''),
        };
      });
  } finally {
    await cdp.detach();
  }
}

/**
 * The value text of the slider with this accessible name. Chromium 156's CDP tree does not
 * report aria-valuetext (its "valuetext" property is the native value or empty), so it is
 * read from the element that the tree names a slider.
 */
const valueText = (page: Page, name: string | RegExp) =>
  page.getByRole('slider', { name, exact: true }).getAttribute('aria-valuetext');

const pick = (nodes: TAxNode[], role: string, name: string | RegExp) =>
  nodes.filter(
    (n) => n.role === role && (typeof name === 'string' ? n.name === name : name.test(n.name)),
  );

describe('every input kind in the accessibility tree of Chromium', () => {
  it('has the role, name and value text a screen reader needs, also after a move', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    try {
      await gallery.serve(page);
      await page.goto(GALLERY_URL);
      await page.waitForSelector('#vraag-contacten');
      // Every input drawn (on a busy machine the triad comes a moment after the list).
      await page.getByRole('slider', { name: 'Wat hielp in dit verhaal het meest?' }).waitFor();
      let tree = await axTree(page);

      // Triad: a slider (a screen reader in browse mode hands it the arrow keys) that says
      // it is a triangle, named by the question, its value text in words.
      const [triad] = pick(tree, 'slider', 'Wat hielp in dit verhaal het meest?');
      expect(triad).toMatchObject({
        roledescription: 'driehoek',
        description: expect.stringMatching(
          /^Hoeken: boven Mijn eigen kracht, linksonder De hulpverlener/,
        ),
        focusable: true,
      });
      expect(await valueText(page, 'Wat hielp in dit verhaal het meest?')).toBe(
        'Nog geen punt gekozen.',
      );
      // Dyad: the native range, with its value text.
      expect(pick(tree, 'slider', 'De hulp kwam …')).toMatchObject([
        { description: expect.stringMatching(/^Links: veel te laat Rechts: op het goede moment/) },
      ]);
      expect(await valueText(page, 'De hulp kwam …')).toBe('nog niet ingevuld');
      // Stones: a button per stone in the legend, no marker yet.
      expect(pick(tree, 'button', 'Huisarts')).toHaveLength(1);
      expect(tree.filter((n) => n.roledescription === 'steen')).toEqual([]);
      // Choice (several: checkboxes), scale (radios), text and number (text boxes).
      expect(pick(tree, 'checkbox', 'Hulp zoeken')).toMatchObject([{ checked: 'false' }]);
      expect(pick(tree, 'radio', '5 Helemaal eens')).toHaveLength(1);
      expect(pick(tree, 'radio', 'Weet ik niet')).toHaveLength(1);
      expect(
        pick(tree, 'textbox', /^Wat wil je de gemeente meegeven\? \(niet verplicht\)$/),
      ).toHaveLength(1);
      expect(pick(tree, 'textbox', 'Hoe vaak had je contact met de hulp?')).toHaveLength(1);

      // Move each by keyboard: the tree tells the new value in words.
      await page.locator('#vraag-hulp').focus();
      await page.keyboard.press('Home');
      await page.locator('#vraag-tempo').focus();
      await page.keyboard.press('ArrowRight');
      await page.locator('#vraag-plekken').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowUp');
      await page.getByRole('checkbox', { name: 'Hulp zoeken' }).check();
      await page.getByRole('radio', { name: '4 Eens' }).check();
      await page.locator('#vraag-boodschap').fill('Meer tijd');
      await page.locator('#vraag-contacten').fill('3');
      tree = await axTree(page);

      expect(pick(tree, 'slider', 'Wat hielp in dit verhaal het meest?')).toMatchObject([
        { roledescription: 'driehoek', value: '34' },
      ]);
      expect(await valueText(page, 'Wat hielp in dit verhaal het meest?')).toBe(
        '34% Mijn eigen kracht, 33% De hulpverlener, 33% Mensen om mij heen (familie, vrienden, school)',
      );
      expect(pick(tree, 'slider', 'De hulp kwam …')).toMatchObject([{ value: '510' }]);
      expect(await valueText(page, 'De hulp kwam …')).toBe(
        '51 van 100 (0 is links, 100 is rechts)',
      );
      expect(tree.filter((n) => n.roledescription === 'steen')).toMatchObject([
        { role: 'slider', name: 'Wijkteam / CJG (1)', value: '50', focusable: true },
      ]);
      expect(await valueText(page, 'Wijkteam / CJG (1)')).toBe(
        '50 van 100 naar rechts (makkelijk te vinden), 55 van 100 omhoog (hielp veel)',
      );
      expect(pick(tree, 'checkbox', 'Hulp zoeken')).toMatchObject([{ checked: 'true' }]);
      expect(pick(tree, 'radio', '4 Eens')).toMatchObject([{ checked: 'true' }]);
      expect(pick(tree, 'radio', '5 Helemaal eens')).toMatchObject([{ checked: 'false' }]);
      expect(pick(tree, 'button', 'Terug: haal Wijkteam / CJG van het veld')).toHaveLength(1);
      expect(pick(tree, 'textbox', 'Hoe vaak had je contact met de hulp?')).toMatchObject([
        { value: '3' },
      ]);
      expect(pick(tree, 'textbox', /^Wat wil je de gemeente meegeven/)).toMatchObject([
        { value: 'Meer tijd' },
      ]);
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('every input kind fits the screen', () => {
  const screens = [
    { name: '390-aanraken', viewport: { width: 390, height: 844 }, hasTouch: true },
    { name: '320', viewport: { width: 320, height: 640 }, hasTouch: true },
    // 200 % zoom of a 1280 px wide window: half the CSS pixels, twice the device pixels.
    { name: 'zoom-200', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
    { name: 'desktop', viewport: { width: 1280, height: 800 } },
  ];
  it.each(screens)(
    'at $name: no sideways scroll, every stone inside the field',
    async (screen) => {
      const { name, ...options } = screen;
      const page = await browser.newPage(options);
      page.setDefaultTimeout(10_000);
      try {
        await gallery.serve(page);
        await page.goto(GALLERY_URL);
        await page.waitForSelector('#vraag-contacten');
        await page.locator('#vraag-hulp').focus();
        await page.keyboard.press('Home');
        await page.locator('#vraag-tempo').focus();
        await page.keyboard.press('End');
        // Every stone to an edge or a corner, two on one spot.
        const moves = [
          'Shift+ArrowRight',
          'Shift+ArrowLeft',
          'Shift+ArrowUp',
          'Shift+ArrowDown',
          'Shift+ArrowRight',
        ];
        for (const [index, key] of moves.entries()) {
          await page.locator('.stone-chip').nth(index).focus();
          await page.keyboard.press('Enter');
          for (let i = 0; i < 3; i++) await page.keyboard.press(key);
        }
        const outside = await page.evaluate(() => {
          const field = document.querySelector('.stones-field')!.getBoundingClientRect();
          return [...document.querySelectorAll('.stone-marker')]
            .map((m) => m.getBoundingClientRect())
            .filter(
              (r) =>
                r.left < field.left - 0.5 ||
                r.right > field.right + 0.5 ||
                r.top < field.top - 0.5 ||
                r.bottom > field.bottom + 0.5,
            ).length;
        });
        expect(outside).toBe(0);
        expect(await page.locator('.stone-marker').count()).toBe(5);
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(sideways).toBeLessThanOrEqual(0);
        if (process.env.SCREENSHOT_DIR)
          await page.screenshot({
            path: `${process.env.SCREENSHOT_DIR}/invoer-${name}.png`,
            fullPage: true,
          });
      } finally {
        await page.close();
      }
    },
    60_000,
  );
});
