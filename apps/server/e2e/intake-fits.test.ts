import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspRefusals, launchChromium, startTestPlatform, type TTestPlatform } from './browser';
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

describe('every intake screen fits', () => {
  it.each([
    { name: '320 px by touch', viewport: { width: 320, height: 640 }, hasTouch: true },
    // 200 % zoom of a 1280 × 900 window: 640 CSS pixels at twice the density.
    { name: '200 % zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
  ])(
    'at $name, with no sideways scrolling',
    async ({ name: _, ...view }) => {
      const context = await browser.newContext({ ...view, locale: 'nl-NL' });
      const refused = cspRefusals(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const wide: string[] = [];
      let screens = 0;
      try {
        await page.goto(`${platform.url}/`);
        await tellStoryByKeyboard(page, {
          title: 'Op een smal scherm',
          text: 'Alles paste op mijn telefoon, ook de driehoek en de stenen.',
          onScreen: async (screen) => {
            screens++;
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            if (overflow > 0) wide.push(`${screen}: ${overflow}px`);
          },
        });
        expect(screens).toBeGreaterThan(10);
        expect(wide).toEqual([]);
        // Under the server's own CSP, which the axe tests bypass.
        expect(refused).toEqual([]);
      } finally {
        await context.close();
      }
    },
    180_000,
  );
});
