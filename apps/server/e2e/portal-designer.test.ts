import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  mainHeading,
  pressTimes,
  startTestPlatform,
  type TTestPlatform,
  tabUntil,
} from './browser';
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

/** A `datetime-local` value `days` from now (UTC is close enough: the window is wide). */
const moment = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

describe('the questionnaire designer in Chromium', () => {
  it('designs a triad and a conditional question, previews, saves, gets review comments, publishes, and takes a story on the intake in a collection on it', async () => {
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

      // A collection on the published version; a story told there takes the condition.
      await page.getByRole('link', { name: 'Verzamelingen' }).click();
      await headingIs(page, 'Verzamelingen');
      const form = page.getByRole('region', { name: 'Nieuwe verzameling' });
      await form
        .getByLabel('Vragenlijst (gepubliceerde versie)')
        .selectOption({ label: 'Ervaringen 2027, versie 1' });
      await form.getByLabel('Titel', { exact: true }).fill('Ervaringen 2027 in de wijk');
      await form.getByLabel(/^Adres/).fill('ervaringen-2027');
      await form.getByLabel('Opent op (Amsterdamse tijd)').fill(moment(-1));
      await form.getByLabel('Sluit op (Amsterdamse tijd)').fill(moment(30));
      await form.getByRole('button', { name: 'Verzameling maken' }).click();
      await expect
        .poll(() => page.getByRole('region', { name: 'Ervaringen 2027 in de wijk' }).textContent())
        .toContain('Open');

      const teller = await browser.newContext({
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        locale: 'nl-NL',
      });
      const intake = await teller.newPage();
      intake.setDefaultTimeout(10_000);
      const next = async () => {
        const before = await mainHeading(intake);
        await intake.locator('main form button[type="submit"]').tap();
        await intake.waitForFunction(
          (h) => document.querySelector('main h1')?.textContent?.trim() !== h,
          before,
        );
      };
      await intake.goto(`${platform.url}/o/ervaringen-2027`);
      await intake.locator('#toestemming').check();
      await next();
      await intake.getByLabel('Optie 2').check();
      await next();
      await intake.locator('input[name="vertelvraag"]').first().check();
      await next();
      await intake.locator('#verhaal-titel').fill('Op school geholpen');
      await intake.locator('#verhaal-tekst').fill('De mentor zocht samen met ons een oplossing.');
      await next();
      expect(await mainHeading(intake)).toContain('Wie hielp het meest?');
      await tabUntil(intake, '[id^="vraag-"][tabindex="0"], [id^="vraag-"][role="slider"]');
      await pressTimes(intake, 'ArrowUp', 3);
      await next();
      // "Optie 2" was chosen, so the conditional question comes.
      await intake.getByLabel(/Wat deed de school\?/).fill('Een gesprek met de mentor.');
      await next();
      expect(await mainHeading(intake)).toBe('Dank je wel!');
      await teller.close();
    } finally {
      await context.close();
    }
  }, 180_000);
});
