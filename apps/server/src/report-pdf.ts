import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/*
 * PDFs of published reports through Chromium's own print (Debian's /usr/bin/chromium via
 * playwright-core, never a downloaded browser). The page is set from the server's own HTML
 * with JavaScript off and every request refused, so a report's text cannot run or fetch
 * anything while it prints. A published report never changes, so each PDF is made once
 * and kept (a few, in memory).
 */

export const DEFAULT_CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const KEEP = 16;

export interface TReportPdfRenderer {
  /** False when Chromium is not installed: the printable page is then the way to a PDF. */
  readonly available: boolean;
  /** The PDF of a page's HTML; `key` names it for the cache (the report's token). */
  render(key: string, html: string): Promise<Buffer>;
  close(): Promise<void>;
}

export function createReportPdfRenderer(
  chromiumPath: string | null = DEFAULT_CHROMIUM_PATH,
): TReportPdfRenderer {
  const available = chromiumPath !== null && existsSync(chromiumPath);
  let browser: Promise<Browser> | undefined;
  const kept = new Map<string, Promise<Buffer>>();
  // One print at a time: two cores are shared with everything else the server does.
  let queue: Promise<unknown> = Promise.resolve();

  const launch = () => {
    // playwright-core loads with the first PDF: held from the start it costs the server
    // about 90 MB of memory (bench:memory) that most never need.
    browser ??= import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({ executablePath: chromiumPath!, timeout: 30_000, args: CHROMIUM_ARGS }),
      )
      .catch((error: unknown) => {
        browser = undefined;
        throw error;
      });
    return browser;
  };

  const print = async (html: string): Promise<Buffer> => {
    const context = await (await launch()).newContext({
      javaScriptEnabled: false,
      locale: 'nl-NL',
    });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close();
    }
  };

  return {
    available,
    render(key, html) {
      if (!available) return Promise.reject(new Error('Chromium is not installed.'));
      const known = kept.get(key);
      if (known) return known;
      const made = queue.then(() => print(html));
      queue = made.catch(() => undefined);
      kept.set(key, made);
      made.catch(() => kept.delete(key));
      while (kept.size > KEEP) kept.delete(kept.keys().next().value as string);
      return made;
    },
    async close() {
      const open = browser;
      browser = undefined;
      if (open) await (await open.catch(() => undefined))?.close();
    },
  };
}
