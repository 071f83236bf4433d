import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, mainHeading, startTestPlatform, type TTestPlatform } from './browser';
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

describe('the youth variant', () => {
  it('speaks A2 Dutch on every screen after "Wie ben je?", and names no keyboard key', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      locale: 'nl-NL',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const seen: Record<string, string> = {};
    try {
      await page.goto(`${platform.url}/`);
      await tellStoryByKeyboard(page, {
        role: 'jongere_12_17',
        title: 'Mijn mentor',
        text: 'Mijn mentor op school luisterde naar mij en belde de hulp.',
        onScreen: async (name) => {
          if (name === 'welkom' || name === 'over-jou') return;
          seen[name] = (await page.textContent('main')) ?? '';
        },
      });
      expect(await mainHeading(page)).toBe('Dank je wel!');
      expect(Object.keys(seen).length).toBeGreaterThan(10);
      // The youth texts, not the general ones.
      expect(seen.vertelvraag).toContain('Denk aan een moment met hulp dat je nog goed weet.');
      expect(seen['vraag-hulp']).toContain('Tik in de driehoek.');
      expect(seen['vraag-plekken']).toContain('Je mag ook de pijltjes gebruiken.');
      expect(seen.bedankt).toContain('We hebben je verhaal "Mijn mentor" goed gekregen.');
      const withKeys = Object.entries(seen)
        .filter(([, text]) =>
          /\b(Shift|Home|End|PageUp|PageDown|Tab|Enter|Delete|Backspace)\b/.test(text),
        )
        .map(([name]) => name);
      expect(withKeys).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
