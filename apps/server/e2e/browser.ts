import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startPlatform } from '../src/platform';

/** Debian's chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. Install it with \`apt-get install chromium\` (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    timeout: 30_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const ADMIN = { email: 'beheer@duiding.test', password: 'e2e-wachtwoord-lang-genoeg' };

export interface TTestPlatform {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * The whole platform on a fresh data directory and a free port; without the demo panel
 * unless asked (the story and explorer tests count the demo's collections).
 */
export async function startTestPlatform(
  options: { demoPanel?: boolean } = {},
): Promise<TTestPlatform> {
  const dataDir = await mkdtemp(join(tmpdir(), 'duiding-e2e-'));
  const platform = await startPlatform({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
    demoPanel: options.demoPanel ?? false,
    log: () => {},
  });
  return {
    url: platform.url.replace(/\/$/, ''),
    dataDir,
    stop: async () => {
      await platform.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`, a bounded number of times. */
export async function tabUntil(
  page: Page,
  selector: string,
  { backwards = false, max = 60 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  for (let i = 0; i <= max; i++) {
    const there = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    if (there) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${max} presses of Tab did not reach ${selector}; focus is on ${at}`);
}

export async function pressTimes(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** The text of the page's main heading. */
export async function mainHeading(page: Page): Promise<string> {
  return (await page.textContent('main h1', { timeout: 10_000 }))?.trim() ?? '';
}
