import type { Browser, Page } from 'playwright-core';
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

/** The triangle's corners in page pixels (the SVG has a margin of 0.06 sides around it). */
async function triadCorners(page: Page, questionId: string) {
  const box = await page.locator(`#vraag-${questionId} svg`).boundingBox();
  if (!box) throw new Error('The triangle is not on the screen');
  const margin = 0.06;
  const height = Math.sqrt(3) / 2;
  const at = (x: number, y: number) => ({
    x: box.x + ((x + margin) / (1 + 2 * margin)) * box.width,
    y: box.y + ((y + margin) / (height + 2 * margin)) * box.height,
  });
  return {
    top: at(0.5, 0),
    left: at(0, height),
    right: at(1, height),
    centre: at(0.5, height * (2 / 3)),
  };
}

const status = (page: Page, questionId: string) =>
  page.textContent(`#vraag-${questionId}-status`).then((t) => t?.trim());

describe('triad, dyad and stones by mouse and touch', () => {
  it('set the point by click, tap and drag', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      locale: 'nl-NL',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const checked: string[] = [];
    try {
      await page.goto(`${platform.url}/`);
      await tellStoryByKeyboard(page, {
        title: 'Met muis en vinger',
        text: 'Op mijn telefoon tikte ik in de driehoek en schoof ik de schuif.',
        onScreen: async (name) => {
          if (name === 'vraag-hulp') {
            const corners = await triadCorners(page, 'hulp');
            await page.mouse.click(corners.top.x, corners.top.y);
            expect(await status(page, 'hulp')).toBe(
              '100% Mijn eigen kracht, 0% De hulpverlener, 0% Mensen om mij heen (familie, vrienden, school)',
            );
            await page.touchscreen.tap(corners.left.x, corners.left.y);
            expect(await status(page, 'hulp')).toMatch(
              /^0% Mijn eigen kracht, 100% De hulpverlener/,
            );
            await page.mouse.move(corners.centre.x, corners.centre.y);
            await page.mouse.down();
            await page.mouse.move(corners.right.x, corners.right.y, { steps: 8 });
            await page.mouse.up();
            expect(await status(page, 'hulp')).toMatch(/, 100% Mensen om mij heen/);
            checked.push('triad');
          }
          if (name === 'vraag-tempo') {
            const box = await page.locator('#vraag-tempo').boundingBox();
            if (!box) throw new Error('The slider is not on the screen');
            expect(await status(page, 'tempo')).toMatch(/^Nog niet ingevuld/);
            await page.touchscreen.tap(box.x + box.width - 2, box.y + box.height / 2);
            expect(await status(page, 'tempo')).toMatch(/^Ingevuld: (9\d|100) van 100/);
            await page.mouse.click(box.x + 2, box.y + box.height / 2);
            expect(await status(page, 'tempo')).toMatch(/^Ingevuld: \d van 100/);
            checked.push('dyad');
          }
          if (name === 'vraag-plekken') {
            // The field and the legend fit on the screen together; bring both in view.
            await page.waitForSelector('.stones-board');
            await page
              .locator('.stones-board')
              .evaluate((e) => e.scrollIntoView({ block: 'start' }));
            const field = await page.locator('.stones-field').boundingBox();
            const stone = await page
              .getByRole('button', { name: 'Huisarts', exact: true })
              .boundingBox();
            if (!field || !stone) throw new Error('The field or the stone is not on the screen');
            await page.mouse.move(stone.x + stone.width / 2, stone.y + stone.height / 2);
            await page.mouse.down();
            await page.mouse.move(field.x + field.width * 0.8, field.y + field.height * 0.2, {
              steps: 10,
            });
            await page.mouse.up();
            // 80 % of the field is 85 % of the plane the stones' centres move on (inset by
            // the stone's radius); the field's top is "hielp veel".
            expect(
              await page
                .getByRole('slider', { name: 'Huisarts (2)' })
                .getAttribute('aria-valuetext'),
            ).toMatch(/^8\d van 100 naar rechts .*, 8\d van 100 omhoog/);
            checked.push('stones');
          }
        },
      });
      expect(checked).toEqual(['triad', 'dyad', 'stones']);
    } finally {
      await context.close();
    }
  }, 120_000);
});
