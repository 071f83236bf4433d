import type { Browser } from 'playwright-core';
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

describe('the proof of work in the browser', () => {
  it('is solved in a worker while the person writes and sent with the story; the honeypot stays empty and out of reach', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    const sent: unknown[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => {
      // httpBatchLink may send several calls at once: /trpc/a,b?batch=1 with { "0": …, "1": … }.
      const url = new URL(request.url());
      const calls = url.pathname.replace('/trpc/', '').split(',');
      const index = calls.indexOf('intake.submitStory');
      if (index >= 0) sent.push((request.postDataJSON() as Record<string, unknown>)[String(index)]);
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    try {
      await page.goto(`${platform.url}/`);
      await page.waitForSelector('#toestemming');
      // The worker is its own file, started after the page is up: not in the first load
      // (the page's scripts and preloads), only fetched by the Worker itself.
      const html = await (await fetch(`${platform.url}/`)).text();
      expect(html).not.toContain('pow-worker');
      expect(scripts.filter((s) => s.includes('pow-worker')).length).toBeLessThanOrEqual(1);

      await tellStoryByKeyboard(page, {
        title: `Met bewijs van werk ${Date.now()}`,
        text: 'Ik schreef, en ondertussen rekende mijn telefoon even mee.',
        onScreen: async (name) => {
          if (name !== 'verhaal') return;
          const honeypot = page.locator('#website-adres');
          // Off screen: nobody sees it.
          const box = await honeypot.boundingBox();
          expect(box!.x + box!.width).toBeLessThan(0);
          expect(await honeypot.getAttribute('tabindex')).toBe('-1');
          expect(
            await page.evaluate(() =>
              document.querySelector('#website-adres')?.closest('[aria-hidden="true"]'),
            ),
          ).not.toBeNull();
        },
      });
      expect(workers.some((w) => w.includes('pow-worker'))).toBe(true);
      expect(sent).toHaveLength(1);
      const input = sent[0] as Record<string, unknown>;
      expect(input).toMatchObject({
        proofOfWork: {
          challenge: { signature: expect.any(String) },
          solution: { counter: expect.any(Number), derivedKey: expect.any(String) },
        },
      });
      expect(input).not.toHaveProperty('website');
    } finally {
      await page.close();
    }
  }, 180_000);
});
