import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium, startTestPlatform, type TTestPlatform, tabUntil } from './browser';
import { tellStoryByKeyboard } from './intake-by-keyboard';

let platform: TTestPlatform;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
  // A phone at 320 px, touch; bypassCSP only so that axe can be injected.
  context = await browser.newContext({
    viewport: { width: 320, height: 700 },
    hasTouch: true,
    isMobile: true,
    bypassCSP: true,
  });
}, 90_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await platform?.stop();
});

async function call(path: string, input: unknown) {
  const response = await fetch(`${platform.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: platform.url },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { result?: { data: unknown }; error?: unknown };
  if (!body.result) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

describe('withdrawing one story of two', () => {
  it('takes back only the chosen story, by touch at 320 px; the other stays', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const found: Record<string, string[]> = {};
    try {
      await page.goto(`${platform.url}/`);
      const keep = `Blijft staan ${Date.now()}`;
      await tellStoryByKeyboard(page, {
        title: keep,
        text: 'Dit verhaal mag blijven staan, daar sta ik achter.',
      });
      const code = (await page.textContent('#persoonlijke-code'))?.trim() ?? '';
      // The second story under the same code, as from another device.
      const opened = (await (await fetch(`${platform.url}/trpc/intake.openCollection`)).json()) as {
        result: { data: { collection: { id: string } } };
      };
      const { collection } = opened.result.data;
      const withdrawTitle = `Toch liever niet ${Date.now()}`;
      await call('intake.submitStory', {
        clientId: crypto.randomUUID(),
        collectionId: collection.id,
        participant: {
          clientId: crypto.randomUUID(),
          answers: { rol: 'ouder_of_verzorger', gemeente: 'dordrecht', duur: 'tussen_1_en_3_jaar' },
        },
        story: {
          promptId: 'gehoord',
          title: withdrawTitle,
          text: 'Na maanden wachten kwam er een hulpverlener die echt de tijd nam voor ons gezin.',
          language: 'nl',
        },
        answers: {
          gevoel: 'positief',
          hulp: { a: 0.5, b: 0.3, c: 0.2 },
          regie: 'na',
          belangrijk: { a: 0.2, b: 0.3, c: 0.5 },
          betrokken: 0.7,
          informatie: 0.4,
          tempo: 0.5,
          plekken: { wijkteam: { x: 0.3, y: 0.6 } },
          fase: ['tijdens_de_hulp'],
          wachttijd: 'tussen_2_en_6_weken',
          soort: ['jeugd_ggz'],
        },
        participantCode: code,
      });

      await page.goto(`${platform.url}/`);
      await page.locator('#verhaal-terugtrekken').tap();
      await page.locator('#code-invoer').tap();
      await page.keyboard.type(code);
      await page.getByRole('button', { name: 'Toon mijn verhalen' }).tap();
      const group = page.getByRole('group', { name: 'Wat wil je terugtrekken?' });
      await group.waitFor();
      found.keuze = await axeViolations(page);
      if (process.env.SCREENSHOT_DIR) {
        await page.screenshot({
          path: `${process.env.SCREENSHOT_DIR}/terugtrekken-keuze-320.png`,
          fullPage: true,
        });
      }
      // Nothing sticks out sideways at 320 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
      await page.getByRole('radio', { name: new RegExp(`Alleen "${withdrawTitle}"`) }).tap();
      await page.getByRole('button', { name: 'Ja, trek dit verhaal terug' }).tap();
      await page.waitForFunction(
        () => document.querySelector('main h1')?.textContent === 'Je verhaal is teruggetrokken',
      );
      expect(await page.textContent('main')).toContain('Je andere verhalen blijven staan');
      found.teruggetrokken = await axeViolations(page);
      await tabUntil(page, 'main button');

      expect(await call('intake.myStories', { code })).toMatchObject({
        stories: [{ title: keep }],
        withdrawnCount: 1,
      });
      expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
    } finally {
      await page.close();
    }
  }, 180_000);
});
