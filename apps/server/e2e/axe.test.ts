import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { ADMIN, launchChromium, startTestPlatform, type TTestPlatform } from './browser';
import { tellStoryByKeyboard } from './intake-by-keyboard';
import { headingIs, signInToPortal } from './portal';

let platform: TTestPlatform;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
  // The server's CSP rightly forbids inline scripts; axe is injected by the test only.
  context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'nl-NL',
    bypassCSP: true,
  });
}, 90_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await platform?.stop();
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('finds a violation where there is one (the check itself works)', async () => {
    const page = await context.newPage();
    await page.setContent('<html lang="nl"><body><main><input type="text"></main></body></html>');
    expect((await axeViolations(page)).join()).toContain('label');
    await page.close();
  });

  it('every intake screen, also with an error summary, has no violations', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const found: Record<string, string[]> = {};
    await page.goto(`${platform.url}/`);
    await page.waitForSelector('#toestemming');
    // The welcome screen with its error: "Volgende" without consent.
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Volgende' }).press('Enter');
    await page.waitForSelector('main [role="alert"]');
    found['welkom met fout'] = await axeViolations(page);
    if (process.env.SCREENSHOT_DIR)
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/welkom-met-fout.png` });

    await tellStoryByKeyboard(page, {
      title: 'Toegankelijk verhaal',
      text: 'Ik kon alles met het toetsenbord invullen, ook de driehoek.',
      onScreen: async (name) => {
        found[name] = await axeViolations(page);
      },
    });
    await page.close();
    expect(Object.keys(found).length).toBeGreaterThan(10);
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
  }, 180_000);

  it('the new intake screens (English, youth, forget, saved, resume, before the script) have no violations, each with a language switch', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const found: Record<string, string[]> = {};
    const noSwitch: string[] = [];
    const check = async (name: string) => {
      found[name] = await axeViolations(page);
      if ((await page.locator('header nav.language-switch button').count()) !== 2)
        noSwitch.push(name);
    };
    const next = async (heading: string) => {
      await page.locator('main form button[type="submit"]').click();
      await page.waitForFunction(
        (h) => document.querySelector('main h1')?.textContent?.trim() === h,
        heading,
      );
    };
    page.on('dialog', (dialog) => void dialog.accept());

    await page.goto(`${platform.url}/?lang=en`);
    await page.waitForSelector('#toestemming');
    await check('welcome (en)');
    await page.check('#toestemming');
    await next('About you');
    await page.locator('main form button[type="submit"]').click();
    await page.waitForSelector('main [role="alert"]');
    await check('about you with errors (en)');
    await page.getByRole('radio', { name: 'Young person aged 12 to 17' }).check();
    await page.locator('nav.language-switch').getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('radio', { name: 'Dordrecht' }).check();
    await page.getByRole('radio', { name: 'Korter dan 3 maanden' }).check();
    await next('Waarover wil je vertellen?');
    await check('vertelvraag (jongere)');
    await page.check('#vertelvraag-moment');
    await next('Jouw verhaal');
    await page.locator('main form button[type="submit"]').click();
    await page.waitForSelector('main [role="alert"]');
    await check('verhaal met fouten (jongere)');
    await page.fill('#verhaal-titel', 'Toegankelijk');
    await page.fill('#verhaal-tekst', 'Ik kon alles lezen en alles aantikken op mijn telefoon.');
    await next('Hoe voel je je over dit verhaal?');
    await page.getByRole('button', { name: 'Stop en wis mijn antwoorden' }).click();
    await page.waitForSelector('#bevestig-vergeten');
    await check('vergeten');
    await page.getByRole('button', { name: 'Nee, ga terug' }).click();
    await page.getByRole('button', { name: 'Bewaar en ga later verder' }).click();
    await page.waitForSelector('#persoonlijke-code');
    await check('bewaard (jongere)');

    await page.goto(`${platform.url}/?stap=verder-met-code`);
    await page.waitForSelector('#code-invoer');
    await check('verder met code');

    const waiting = await context.newPage();
    await waiting.route('**/assets/*.js', (route) => route.abort());
    await waiting.goto(`${platform.url}/`);
    await waiting.waitForSelector('#laden');
    found['voor het script'] = await axeViolations(waiting);
    await waiting.close();
    await page.close();
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
    expect(noSwitch).toEqual([]);
  }, 180_000);

  it('the portal sign-in, its error, the story list and the panel have no violations', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const found: Record<string, string[]> = {};
    await page.goto(`${platform.url}/portal/`);
    await page.waitForSelector('#email');
    found.inloggen = await axeViolations(page);

    await page.fill('#email', ADMIN.email);
    await page.fill('#wachtwoord', 'niet-het-wachtwoord');
    await page.press('#wachtwoord', 'Enter');
    await page.waitForSelector('main [role="alert"]');
    expect(await page.textContent('main [role="alert"]')).toContain('klopt niet');
    found['inloggen met fout'] = await axeViolations(page);

    await page.fill('#wachtwoord', ADMIN.password);
    await page.press('#wachtwoord', 'Enter');
    await page.waitForSelector('main table', { timeout: 15_000 });
    found.verhalen = await axeViolations(page);
    await page.locator('main table tbody th a').first().click();
    await page.waitForSelector('main .story-page-text');
    found['verhalen, een verhaal open'] = await axeViolations(page);

    await page.goto(`${platform.url}/panel/`);
    await page.getByRole('heading', { name: 'Professionalpanel' }).waitFor();
    found.panel = await axeViolations(page);
    await page.close();
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
  }, 120_000);

  it('every portal page, the designer with an open question and both previews, has no violations', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const found: Record<string, string[]> = {};
    const project = await signInToPortal(page, platform.url);
    for (const [name, path, heading] of [
      ['vragenlijsten', 'vragenlijsten', 'Vragenlijsten'],
      ['verzamelingen', 'verzamelingen', 'Verzamelingen'],
      ['team', 'team', 'Team'],
      ['logboek', 'logboek', 'Logboek'],
      ['onbekende pagina', 'bestaat-niet', 'Deze pagina bestaat niet'],
      ['verhalen invoeren', 'invoeren', 'Verhalen invoeren'],
    ] as const) {
      await page.goto(`${project}/${path}`);
      await headingIs(page, heading);
      found[name] = await axeViolations(page);
    }
    await page.goto(`${project}/vragenlijsten`);
    await page
      .getByRole('link', { name: /^Versie 1/ })
      .first()
      .click();
    await page.waitForSelector('.designer-preview');
    found.ontwerp = await axeViolations(page);
    const story = page.getByRole('region', { name: /^Vragen over het verhaal/ });
    await story
      .getByRole('button', { name: /^Bewerken/ })
      .nth(1)
      .click();
    await page.getByLabel('Ook in het Engels').uncheck();
    await page.getByLabel('Ook in het Engels').check();
    found['ontwerp met een open vraag'] = await axeViolations(page);
    await page.getByRole('region', { name: 'Voorbeeld' }).getByLabel('Computer').check();
    found['ontwerp, voorbeeld op een computer'] = await axeViolations(page);
    await page.goto(`${project}/verzamelingen`);
    await page
      .getByRole('link', { name: /^Dashboard/ })
      .first()
      .click();
    await page.waitForSelector('main table');
    found.dashboard = await axeViolations(page);
    await page.goto(`${project}/verzamelingen`);
    await page
      .getByRole('link', { name: /^Landingspagina en huisstijl/ })
      .first()
      .click();
    await page.waitForSelector('.presentation-form');
    found['landingspagina en huisstijl'] = await axeViolations(page);
    for (const [name, path, heading] of [
      ['account', '/portal/account', 'Je account'],
      ['beheer', '/portal/beheer', 'Beheer'],
      ['logboek van alles', '/portal/beheer/logboek', 'Logboek'],
      ['uitnodiging zonder token', '/portal/uitnodiging', 'Deze link is niet compleet'],
      ['review zonder token', '/portal/review', 'Deze link is niet compleet'],
    ] as const) {
      await page.goto(`${platform.url}${path}`);
      await headingIs(page, heading);
      found[name] = await axeViolations(page);
    }
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.goto(`${platform.url}/portal/uitnodiging#ditiseentokendienietbestaat123`);
    await page.waitForSelector('main [role="alert"]');
    found['uitnodiging die niet bestaat'] = await axeViolations(page);
    await page.goto(`${platform.url}/portal/p/geen-project/verhalen`);
    await page.waitForSelector('#email');
    await signInToPortal(page, platform.url);
    await page.goto(`${platform.url}/portal/p/geen-project/verhalen`);
    await headingIs(page, 'Dit project is niet gevonden');
    found['project zonder toegang'] = await axeViolations(page);
    await page.close();
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
  }, 120_000);
});
