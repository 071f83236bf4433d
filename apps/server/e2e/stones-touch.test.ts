import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startTestPlatform, type TTestPlatform } from './browser';
import { tellStoryByKeyboard } from './intake-by-keyboard';

let platform: TTestPlatform;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

type TBox = { x: number; y: number; width: number; height: number };

async function box(page: Page, selector: string): Promise<TBox> {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not on the screen`);
  return found;
}

/** A point of the field in page pixels; x to the right, y upwards, both 0..1 of the plane. */
async function fieldPoint(page: Page, x: number, y: number) {
  const plane = await box(page, '.stones-plane');
  return { x: plane.x + x * plane.width, y: plane.y + (1 - y) * plane.height };
}

/** A finger put down at `from`, moved in steps to `to`, and lifted, through CDP. */
async function touchDrag(
  cdp: CDPSession,
  from: { x: number; y: number },
  to: { x: number; y: number },
) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const point = {
      x: from.x + ((to.x - from.x) * i) / steps,
      y: from.y + ((to.y - from.y) * i) / steps,
    };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const centre = (b: TBox) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** "80 van 100 naar rechts (…), 20 van 100 omhoog (…)" as [80, 20]. */
async function stoneAt(page: Page, name: string): Promise<[number, number]> {
  const text = await page.getByRole('slider', { name }).getAttribute('aria-valuetext');
  const match = text?.match(/^(\d+) van 100 naar rechts .*, (\d+) van 100 omhoog/);
  if (!match) throw new Error(`No position in "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

/** The names of the stones on the field (sliders; the old input had buttons there). */
const placedNames = (page: Page) =>
  page.$$eval('.stones-field [role="slider"], .stones-field button', (els) =>
    els.map((e) => e.getAttribute('aria-label')),
  );

/** Opens the intake and goes, by keyboard, to the stones screen; `atStones` runs there. */
async function onStonesScreen(context: BrowserContext, atStones: (page: Page) => Promise<void>) {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  let reached = false;
  try {
    await page.goto(`${platform.url}/`);
    await tellStoryByKeyboard(page, {
      title: 'Stenen met de vinger',
      text: 'Ik legde de stenen op mijn telefoon op de kaart.',
      onScreen: async (name) => {
        if (name !== 'vraag-plekken') return;
        reached = true;
        // The stones input comes in its own chunk; it may still be on its way.
        await page.waitForSelector('.stones-field');
        await atStones(page);
      },
      beforeSend: async () => false,
    });
    expect(reached).toBe(true);
  } finally {
    await page.close();
  }
}

/** Every marker lies wholly inside the field. */
async function markersOutsideField(page: Page) {
  return page.evaluate(() => {
    const field = document.querySelector('.stones-field')!.getBoundingClientRect();
    return [...document.querySelectorAll('.stones-field [role="slider"]')]
      .filter((marker) => {
        const r = marker.getBoundingClientRect();
        return (
          r.left < field.left - 0.5 ||
          r.right > field.right + 0.5 ||
          r.top < field.top - 0.5 ||
          r.bottom > field.bottom + 0.5
        );
      })
      .map((marker) => marker.getAttribute('aria-label'));
  });
}

/** Names in the legend that are hidden (by a stone or anything else) at their own centre, each scrolled into view. */
async function hiddenNames(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.stones-legend .stone-name')]
      .filter((name) => {
        name.scrollIntoView({ block: 'center' });
        const r = name.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.width === 0 || !(top === name || name.contains(top));
      })
      .map((name) => name.textContent),
  );
}

const shot = async (page: Page, name: string) => {
  if (process.env.SCREENSHOT_DIR)
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png`, fullPage: true });
};

describe('stones by touch', () => {
  it('a tap picks one stone, a tap or a drag places it there, Terug takes it back off', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      // The intake follows the browser's language; these tests read the Dutch names.
      locale: 'nl-NL',
    });
    try {
      await onStonesScreen(context, async (page) => {
        const cdp = await context.newCDPSession(page);
        // The field and the legend together fit on a phone's screen; start with both in view.
        await page.locator('.stones-board').evaluate((e) => e.scrollIntoView({ block: 'start' }));
        // One tap on a stone picks it and places nothing.
        const huisarts = page.getByRole('button', { name: /^Huisarts/ });
        const h = centre((await huisarts.boundingBox())!);
        await page.touchscreen.tap(h.x, h.y);
        expect(await placedNames(page)).toEqual([]);
        expect(await huisarts.getAttribute('aria-pressed')).toBe('true');

        // A tap in the field lays it there: 80 % to the right, 20 % up.
        const target = await fieldPoint(page, 0.8, 0.2);
        await page.touchscreen.tap(target.x, target.y);
        expect(await placedNames(page)).toEqual(['Huisarts (2)']);
        const [hx, hy] = await stoneAt(page, 'Huisarts (2)');
        expect(Math.abs(hx - 80)).toBeLessThanOrEqual(2);
        expect(Math.abs(hy - 20)).toBeLessThanOrEqual(2);
        expect(await huisarts.getAttribute('aria-pressed')).toBe('false');

        // A drag by finger from the legend into the field.
        const school = page.getByRole('button', { name: 'School', exact: true });
        const from = centre((await school.boundingBox())!);
        await touchDrag(cdp, from, await fieldPoint(page, 0.25, 0.7));
        expect(await placedNames(page)).toEqual(['Huisarts (2)', 'School (4)']);
        const [sx, sy] = await stoneAt(page, 'School (4)');
        expect(Math.abs(sx - 25)).toBeLessThanOrEqual(2);
        expect(Math.abs(sy - 70)).toBeLessThanOrEqual(2);

        // A stone on the field dragged by finger onto Huisarts: both names stay readable.
        const marker = centre(await box(page, '[role="slider"][aria-label="School (4)"]'));
        await touchDrag(cdp, marker, await fieldPoint(page, 0.8, 0.2));
        const [mx, my] = await stoneAt(page, 'School (4)');
        expect(Math.abs(mx - 80)).toBeLessThanOrEqual(2);
        expect(Math.abs(my - 20)).toBeLessThanOrEqual(2);
        expect(await hiddenNames(page)).toEqual([]);

        // The far corner of the field: the stone stays wholly inside it.
        const aanbieder = page.getByRole('button', { name: 'Jeugdhulpaanbieder', exact: true });
        const a = centre((await aanbieder.boundingBox())!);
        await page.touchscreen.tap(a.x, a.y);
        const field = await box(page, '.stones-field');
        await page.touchscreen.tap(field.x + field.width - 3, field.y + field.height - 3);
        expect(await stoneAt(page, 'Jeugdhulpaanbieder (3)')).toEqual([100, 0]);
        expect(await markersOutsideField(page)).toEqual([]);
        await shot(page, 'stenen-390-aanraken');

        // The visible Terug button takes a stone back off the field.
        const back = page.getByRole('button', { name: 'Terug: haal Huisarts van het veld' });
        const b = centre((await back.boundingBox())!);
        await page.touchscreen.tap(b.x, b.y);
        expect(await placedNames(page)).toEqual(['Jeugdhulpaanbieder (3)', 'School (4)']);
        await cdp.detach();
      });
    } finally {
      await context.close();
    }
  }, 120_000);

  it('at 320 px a stone at the edge never makes the page scroll sideways', async () => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      hasTouch: true,
      // The intake follows the browser's language; these tests read the Dutch names.
      locale: 'nl-NL',
    });
    try {
      await onStonesScreen(context, async (page) => {
        const sideways = () =>
          page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        // By keyboard to the right edge: Enter lays the first stone in the middle.
        await page.locator('#vraag-plekken').focus();
        await page.keyboard.press('Enter');
        for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
        expect(await sideways()).toBeLessThanOrEqual(0);
        expect(await stoneAt(page, 'Wijkteam / CJG (1)')).toEqual([100, 50]);
        // And the stone with the longest name.
        await page.getByRole('button', { name: 'Jeugdhulpaanbieder', exact: true }).focus();
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
        expect(await stoneAt(page, 'Jeugdhulpaanbieder (3)')).toEqual([100, 50]);
        // By touch to the left edge.
        const gemeente = page.getByRole('button', { name: 'Gemeente (loket)', exact: true });
        await gemeente.scrollIntoViewIfNeeded();
        const g = centre((await gemeente.boundingBox())!);
        await page.touchscreen.tap(g.x, g.y);
        await page.locator('.stones-field').scrollIntoViewIfNeeded();
        const field = await box(page, '.stones-field');
        await page.touchscreen.tap(field.x + 2, field.y + field.height / 2);
        expect((await stoneAt(page, 'Gemeente (loket) (5)'))[0]).toBe(0);
        expect(await markersOutsideField(page)).toEqual([]);
        expect(await hiddenNames(page)).toEqual([]);
        expect(await sideways()).toBeLessThanOrEqual(0);
        await shot(page, 'stenen-320');
      });
    } finally {
      await context.close();
    }
  }, 120_000);
});
