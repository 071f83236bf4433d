import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, mainHeading, startTestPlatform, type TTestPlatform } from './browser';
import { tellStoryByKeyboard } from './intake-by-keyboard';
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

describe('collections in Chromium', () => {
  it('opens a collection on a published version, with link and QR code, and takes a story there', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    try {
      const project = await signInToPortal(page, platform.url);
      await page.getByRole('link', { name: 'Verzamelingen' }).click();
      await headingIs(page, 'Verzamelingen');
      const form = page.getByRole('region', { name: 'Nieuwe verzameling' });
      const versions = form.getByLabel('Vragenlijst (gepubliceerde versie)');
      // The published versions arrive after the page: wait for ZHZ's among them.
      await versions
        .locator('option', { hasText: /jeugdhulp/i })
        .first()
        .waitFor({ state: 'attached' });
      const options = await versions.locator('option').allTextContents();
      const zhz = options.find((o) => /jeugdhulp/i.test(o));
      expect(zhz).toBeDefined();
      await versions.selectOption({ label: zhz! });
      await form.getByLabel('Titel', { exact: true }).fill('ZHZ vertelt 2027');
      await form.getByLabel(/^Adres/).fill('zhz-2027');
      await form.getByLabel('Opent op (Amsterdamse tijd)').fill(moment(-1));
      await form.getByLabel('Sluit op (Amsterdamse tijd)').fill(moment(30));
      await form.getByRole('button', { name: 'Verzameling maken' }).click();
      const card = page.getByRole('region', { name: 'ZHZ vertelt 2027' });
      await expect.poll(() => card.textContent()).toContain('Open');
      const link = await card.getByRole('link', { name: /\/o\/zhz-2027$/ }).getAttribute('href');
      expect(link).toBe(`${platform.url}/o/zhz-2027`);
      await card.getByRole('img', { name: /QR-code naar/ }).waitFor();
      expect(
        await card.getByRole('link', { name: /QR-code als PNG/ }).getAttribute('href'),
      ).toMatch(/^data:image\/png;base64,/);

      // A participant tells a story in the new collection, on a phone, by keyboard.
      const phone = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'nl-NL',
      });
      const intake = await phone.newPage();
      intake.setDefaultTimeout(10_000);
      await intake.goto(`${platform.url}/?collectie=zhz-2027`);
      const title = `Verteld in 2027 ${Date.now()}`;
      await tellStoryByKeyboard(intake, {
        title,
        text: 'Dit verhaal kwam binnen via de nieuwe verzameling van dit jaar.',
      });
      expect(await mainHeading(intake)).toBe('Dank je wel!');
      await phone.close();

      // The dashboard counts it, and the stories table lists it under the new collection.
      await page.goto(`${project}/verzamelingen`);
      await headingIs(page, 'Verzamelingen');
      await card.getByRole('link', { name: /^Dashboard/ }).click();
      await headingIs(page, 'Dashboard: ZHZ vertelt 2027');
      await expect.poll(() => page.textContent('main')).toContain('1 verhalen.');
      // Per role of the teller and per municipality: the parent's story is counted once.
      const perRole = page.getByRole('table', { name: /Verhalen per antwoord op "Wie ben je\?"/ });
      expect(
        await perRole
          .getByRole('row', { name: /^Ouder of verzorger/ })
          .locator('td')
          .textContent(),
      ).toBe('1');
      const perTown = page.getByRole('table', { name: /"In welke gemeente woon je\?"/ });
      expect(await perTown.locator('tbody td').allTextContents()).toContain('1');
      await page.goto(`${project}/verhalen`);
      await headingIs(page, 'Verhalen');
      const row = page.getByRole('row', { name: new RegExp(title) });
      await expect.poll(() => row.textContent()).toContain('ZHZ vertelt 2027');
    } finally {
      await context.close();
    }
  }, 150_000);
});
