import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
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

export interface TTestPlatformOptions {
  /** Seed the demo panel (two waves, six members); off by default, as most tests count collections. */
  demoPanel?: boolean;
  /** The panel's mail over this SMTP server instead of the mail folder. */
  smtpUrl?: string;
  /** How often the mail job runs; a minute unless a test needs it sooner. */
  mailIntervalMs?: number;
}

/** The whole platform on a fresh data directory and a free port. */
export async function startTestPlatform(
  options: TTestPlatformOptions = {},
): Promise<TTestPlatform> {
  const dataDir = await mkdtemp(join(tmpdir(), 'duiding-e2e-'));
  const platform = await startPlatform({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
    demoPanel: options.demoPanel ?? false,
    smtpUrl: options.smtpUrl,
    mailIntervalMs: options.mailIntervalMs,
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

/**
 * What makes the page scroll sideways, or nothing: elements past the window's right edge
 * (a wide table inside its own scroll box is fine, the page itself does not move) and text
 * that runs past its box (a long word), which widens the page without its element.
 */
/**
 * Collects what the server's Content Security Policy refused on every page of `context`
 * (Chromium reports each refusal on the console). Most tests bypass the CSP to run axe, so a
 * refused image or script there goes unseen: the chart's PNG export failed that way.
 */
export function cspRefusals(context: BrowserContext): string[] {
  const refused: string[] = [];
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) {
        refused.push(`${page.url()}: ${message.text().slice(0, 200)}`);
      }
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return refused;
}

export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    const clipped = (e: Element) => {
      for (let a = e.parentElement; a; a = a.parentElement) {
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    const describe = (e: Element) =>
      `${e.tagName}.${e.className}: ${Math.round(e.getBoundingClientRect().right)}`;
    const elements = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > limit && !clipped(e))
      .slice(-3)
      .map(describe);
    if (document.documentElement.scrollWidth <= limit) return elements;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && texts.length < 5; n = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(n);
      const right = range.getBoundingClientRect().right;
      if (right > limit && n.parentElement && !clipped(n.parentElement)) {
        texts.push(`text "${n.textContent?.slice(0, 40)}" in ${describe(n.parentElement)}`);
      }
    }
    return [
      `the page scrolls sideways (${document.documentElement.scrollWidth} px)`,
      ...texts,
      ...elements,
    ];
  });
}

/** Each chart's text on screen: its font size in CSS px (font size times the SVG's scale). */
/** Where chart labels are measured: a small phone, and a desktop where none may be blown up. */
export const CHART_TEXT_VIEWS = [
  { width: 320, height: 640, min: 11, max: 20 },
  { width: 1280, height: 900, min: 11, max: 24 },
] as const;

export function chartTextSizes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.chart svg')].flatMap((svg) => {
      const view = (svg as SVGSVGElement).viewBox.baseVal;
      const scale = view?.width ? svg.getBoundingClientRect().width / view.width : 1;
      const title = svg.closest('figure')?.getAttribute('data-chart-title') ?? '';
      return [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() && t.getBoundingClientRect().width > 0)
        .map((t) => ({
          chart: title,
          text: (t.textContent ?? '').trim().slice(0, 30),
          px: Number.parseFloat(getComputedStyle(t).fontSize) * scale,
          // One line of text is about 1.15 times its font size tall.
          height: t.getBoundingClientRect().height,
        }));
    }),
  );
}
