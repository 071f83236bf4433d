import type { Page } from 'playwright-core';
import { ADMIN, mainHeading } from './browser';

/** Signs in on the portal's own form and waits for the first project's stories. */
export async function signInToPortal(
  page: Page,
  url: string,
  who: { email: string; password: string } = ADMIN,
): Promise<string> {
  await page.goto(`${url}/portal/`);
  await page.waitForSelector('#email, main h1:text-is("Verhalen")');
  if ((await page.locator('#email').count()) === 0) return page.url().replace(/\/verhalen$/, '');
  await page.fill('#email', who.email);
  await page.fill('#wachtwoord', who.password);
  await page.press('#wachtwoord', 'Enter');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Verhalen');
  return page.url().replace(/\/verhalen$/, '');
}

/** Waits until the page's h1 reads `text`. */
export async function headingIs(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, text);
  if ((await mainHeading(page)) !== text) throw new Error(`Heading is not ${text}`);
}
