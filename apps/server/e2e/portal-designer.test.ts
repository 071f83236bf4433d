import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startTestPlatform, type TTestPlatform } from './browser';
import { headingIs, signInToPortal } from './portal';

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

describe('the questionnaire designer in Chromium', () => {
  it('designs a triad and a conditional question, and the preview follows the condition', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    try {
      await signInToPortal(page, platform.url);
      await page.getByRole('link', { name: 'Vragenlijsten' }).click();
      await headingIs(page, 'Vragenlijsten');
      await page.getByRole('link', { name: 'Lege vragenlijst voor verhalen' }).click();
      await headingIs(page, 'Vragenlijst ontwerpen');
      const designUrl = page.url();

      const story = page.getByRole('region', { name: /^Vragen over het verhaal/ });
      const about = page.getByRole('region', { name: /^Vragen over de verteller/ });
      const preview = page.getByRole('region', { name: 'Voorbeeld' });
      // The blank draft starts with a triad; the preview shows it with the intake's input.
      await story.getByRole('button', { name: /^Bewerken/ }).click();
      await story.getByLabel('Nederlands: Vraag').fill('Wie hielp het meest?');
      await story.getByLabel('Nederlands: Hoek boven').fill('Ikzelf');
      await expect.poll(() => preview.getByText('Wie hielp het meest?').count()).toBe(1);
      await expect.poll(() => preview.getByText('Ikzelf').count()).toBeGreaterThan(0);

      // A participant question to depend on, then a story question shown only for "Optie 2".
      await about.getByLabel('Soort vraag').selectOption('choice');
      await about.getByRole('button', { name: /^Vraag toevoegen/ }).click();
      await about.getByLabel('Nederlands: Vraag').fill('Wie ben je?');
      await story.getByLabel('Soort vraag').selectOption('text');
      await story.getByRole('button', { name: /^Vraag toevoegen/ }).click();
      const second = story.getByRole('listitem').nth(1);
      await second.getByLabel('Nederlands: Vraag').fill('Wat deed de school?');
      await second
        .getByLabel('Alleen tonen na het antwoord op')
        .selectOption({ label: 'Wie ben je?' });
      await second.getByLabel('Optie 1').uncheck();
      await second.getByLabel('Optie 2').check();
      await expect.poll(() => page.getByText('De vragenlijst is compleet').count()).toBe(1);

      // By keyboard: the new question moves up with "omhoog", and back with "omlaag".
      await second.getByRole('button', { name: /^omhoog/ }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByText('"Wat deed de school?" staat nu op plaats 1 van 2.').count())
        .toBe(1);
      await story
        .getByRole('listitem')
        .first()
        .getByRole('button', { name: /^omlaag/ })
        .press('Enter');
      await expect.poll(() => page.getByText('staat nu op plaats 2 van 2.').count()).toBe(1);

      await expect.poll(() => preview.getByText('Wat deed de school?').count()).toBe(0);
      await preview.getByLabel('Optie 2').check();
      await expect.poll(() => preview.getByText('Wat deed de school?').count()).toBe(1);
      await preview.getByLabel('Optie 1').check();
      await expect.poll(() => preview.getByText('Wat deed de school?').count()).toBe(0);

      // The phone frame is phone-sized.
      const frame = page.locator('.preview-frame');
      expect((await frame.boundingBox())?.width).toBeLessThanOrEqual(410);
      await preview.getByLabel('Computer').check();
      expect((await frame.boundingBox())?.width).toBeGreaterThan(410);

      // Back leaves the designer for the list, Forward returns to it; the URL holds the place.
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goBack();
      await headingIs(page, 'Vragenlijsten');
      await page.goForward();
      await headingIs(page, 'Vragenlijst ontwerpen');
      expect(page.url()).toBe(designUrl);
      await page.reload();
      await headingIs(page, 'Vragenlijst ontwerpen');
    } finally {
      await context.close();
    }
  }, 120_000);
});
