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

const INTERPRETER = { email: 'duider@duiding.test', password: 'een-lange-zin-als-wachtwoord' };

describe('team and accounts in Chromium', () => {
  it('invites an interpreter by link, who signs in and sees no teller answers and no group under 10', async () => {
    const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const guest = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    try {
      const page = await admin.newPage();
      page.setDefaultTimeout(10_000);
      const project = await signInToPortal(page, platform.url);
      await page.getByRole('link', { name: 'Team' }).click();
      await headingIs(page, 'Team');
      await page.getByLabel('E-mailadres').fill(INTERPRETER.email);
      await page
        .getByLabel('Rol', { exact: true })
        .selectOption({ label: 'Duider (buiten het onderzoeksteam)' });
      await page.getByRole('button', { name: 'Uitnodigen' }).click();
      const link = await page.getByLabel('Uitnodigingslink').inputValue();
      expect(link).toMatch(/\/portal\/uitnodiging#[A-Za-z0-9_-]{20,}$/);
      await expect
        .poll(() => page.getByRole('table', { name: /Openstaande uitnodigingen/ }).textContent())
        .toContain(INTERPRETER.email);

      // The invitee, on a phone, without an account: a name and a password, then signed in.
      const phone = await guest.newPage();
      phone.setDefaultTimeout(10_000);
      await phone.goto(link);
      await headingIs(phone, 'Welkom bij Duiding');
      expect(await phone.textContent('main')).toContain(INTERPRETER.email);
      await phone.getByLabel('Je naam').fill('Dewi Duider');
      await phone.getByLabel(/^Wachtwoord \(minstens/).fill('kort');
      await phone.getByLabel('Wachtwoord nog een keer').fill('kort');
      await phone.getByRole('button', { name: 'Account maken en inloggen' }).tap();
      await expect
        .poll(() => phone.textContent('main [role="alert"]'))
        .toContain('minstens 12 tekens');
      await phone.getByLabel(/^Wachtwoord \(minstens/).fill(INTERPRETER.password);
      await phone.getByLabel('Wachtwoord nog een keer').fill(INTERPRETER.password);
      await phone.getByRole('button', { name: 'Account maken en inloggen' }).tap();
      await headingIs(phone, 'Verhalen');

      // An interpreter reads approved stories, never who told them; the nav has no team.
      const nav = phone.getByRole('navigation', { name: 'Projectmenu' });
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Verhalen',
        'Interpretatie',
        'Rapporten',
        'Uitwisselen',
        'Verkennen',
        'Patronen',
      ]);
      // Every row is an approved story; its page keeps the teller's answers out of sight.
      await phone.locator('main table tbody th a').first().waitFor();
      const statuses = await phone.locator('main table tbody tr:has(th a)').allTextContents();
      expect(statuses.length).toBeGreaterThan(0);
      for (const row of statuses) expect(row).toContain('Goedgekeurd');
      await phone.locator('main table tbody th a').first().tap();
      await expect
        .poll(() => phone.locator('main').textContent())
        .toContain('niet zichtbaar voor jouw rol');

      // A new project with no stories: the interpreter sees no list at all there.
      await page.goto(`${platform.url}/portal/beheer`);
      await headingIs(page, 'Beheer');
      await page.getByLabel('Naam', { exact: true }).fill('Klein project');
      await page.getByLabel(/^Korte naam/).fill('klein');
      await page.getByRole('button', { name: 'Project maken' }).click();
      await expect
        .poll(() => page.getByRole('table', { name: /Alle projecten/ }).textContent())
        .toContain('Klein project');
      await page.goto(`${project}/team`);
      await headingIs(page, 'Team');
      await page.getByRole('button', { name: 'Openen' }).waitFor();
      await page.getByLabel('Project', { exact: true }).selectOption({ label: 'Klein project' });
      await page.getByRole('button', { name: 'Openen' }).click();
      await headingIs(page, 'Team');
      await page.getByLabel('E-mailadres').fill(INTERPRETER.email);
      await page
        .getByLabel('Rol', { exact: true })
        .selectOption({ label: 'Duider (buiten het onderzoeksteam)' });
      await page.getByRole('button', { name: 'Uitnodigen' }).click();
      await expect
        .poll(() => page.textContent('main [role="status"]'))
        .toContain('is nu lid van het team');

      await phone.goBack();
      await headingIs(phone, 'Verhalen');
      await phone.reload();
      await headingIs(phone, 'Verhalen');
      await phone.getByLabel('Project', { exact: true }).selectOption({ label: 'Klein project' });
      await phone.getByRole('button', { name: 'Openen' }).tap();
      await expect.poll(() => phone.locator('main .notice').textContent()).toMatch(/10/);
      expect(await phone.locator('main table').count()).toBe(0);
      // Back returns to the first project's stories, with its own list.
      await phone.goBack();
      await expect.poll(() => phone.locator('main table').count()).toBe(1);

      // The audit log names the invitation and the role, filtered by kind.
      await page.goto(`${project}/logboek?handeling=team.`);
      await headingIs(page, 'Logboek');
      await expect
        .poll(() => page.locator('main table').textContent())
        .toContain('Uitgenodigd voor het team');
      expect(await page.locator('main table').textContent()).not.toContain('Ingelogd');
    } finally {
      await admin.close();
      await guest.close();
    }
  }, 120_000);
});
