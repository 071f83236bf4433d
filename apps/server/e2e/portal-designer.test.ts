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
  it('designs a triad and a conditional question, previews, saves, gets review comments and publishes', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    try {
      await signInToPortal(page, platform.url);
      await page.getByRole('link', { name: 'Vragenlijsten' }).click();
      await headingIs(page, 'Vragenlijsten');
      await page.getByLabel('Naam', { exact: true }).fill('Ervaringen 2027');
      await page.getByLabel('Beginnen met').selectOption({ label: 'Leeg, voor verhalen' });
      await page.getByRole('button', { name: 'Concept maken' }).click();
      const draftHeading = 'Ervaringen 2027, versie 1 (concept)';
      await headingIs(page, draftHeading);
      const designUrl = page.url();
      expect(designUrl).toMatch(/\/vragenlijsten\/versie\/[^/]+$/);

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

      // Saved on the server: a reload shows the same draft.
      page.on('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await expect.poll(() => page.getByText('Het concept is opgeslagen.').count()).toBe(1);
      await page.reload();
      await headingIs(page, draftHeading);
      await expect
        .poll(() => story.locator('.outline-label', { hasText: 'Wat deed de school?' }).count())
        .toBe(1);

      // A review group comments on the triad by a link, without an account, on a phone.
      await page.getByRole('button', { name: 'Reviewlink maken' }).click();
      const link = await page.getByLabel('Reviewlink').inputValue();
      const reviewer = await browser.newContext({
        viewport: { width: 390, height: 844 },
        hasTouch: true,
      });
      const phone = await reviewer.newPage();
      await phone.goto(link);
      await headingIs(phone, 'Meelezen: Ervaringen 2027');
      await phone
        .getByLabel('Opmerking bij: Wie hielp het meest?')
        .fill('Noem ook de school als hoek.');
      await phone.getByRole('button', { name: /^Opmerking plaatsen.*Wie hielp het meest/ }).tap();
      await expect.poll(() => phone.getByText(/je opmerking is bewaard/).count()).toBe(1);
      await reviewer.close();
      await page.reload();
      await headingIs(page, draftHeading);
      await story.getByText('Opmerkingen van de meeleesgroep (1)').click();
      await expect.poll(() => story.getByText('Noem ook de school als hoek.').count()).toBe(1);

      // Publish: the version is fixed; saving it again makes version 2, a new draft.
      await page.getByRole('button', { name: 'Publiceren' }).click();
      await headingIs(page, 'Ervaringen 2027, versie 1 (gepubliceerd)');
      await page.getByRole('button', { name: 'Kopie als nieuwe versie' }).click();
      await headingIs(page, 'Ervaringen 2027, versie 2 (concept)');
      await expect.poll(() => page.getByLabel('Vergelijken met').inputValue()).not.toBe('');

      // Back returns to the published version, Forward to the new draft; Reload stays.
      await page.goBack();
      await headingIs(page, 'Ervaringen 2027, versie 1 (gepubliceerd)');
      await page.goForward();
      await headingIs(page, 'Ervaringen 2027, versie 2 (concept)');
      await page.reload();
      await headingIs(page, 'Ervaringen 2027, versie 2 (concept)');
    } finally {
      await context.close();
    }
  }, 120_000);
});
