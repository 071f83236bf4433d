import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Page } from 'playwright-core';
import { build } from 'vite';

/** Where the gallery is served from inside the browser (routed, never on the network). */
export const GALLERY_URL = 'http://gallery.test/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface TGallery {
  /** Serves the built gallery to this page at GALLERY_URL. */
  serve(page: Page): Promise<void>;
  remove(): Promise<void>;
}

/** Builds the page with every kind of input (e2e/inputs-gallery) with Vite, once. */
export async function buildGallery(): Promise<TGallery> {
  const outDir = await mkdtemp(join(tmpdir(), 'duiding-gallery-'));
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./inputs-gallery', import.meta.url)),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: false },
  });
  return {
    serve: async (page) => {
      await page.route(`${GALLERY_URL}**`, async (route) => {
        const path = new URL(route.request().url()).pathname;
        const file = join(outDir, path === '/' ? 'index.html' : path);
        try {
          const body = await readFile(file);
          await route.fulfill({ body, contentType: TYPES[extname(file)] ?? 'text/plain' });
        } catch {
          await route.fulfill({ status: 404, body: 'niet gevonden' });
        }
      });
    },
    remove: () => rm(outDir, { recursive: true, force: true }),
  };
}
