import { preactAliases } from '@duiding/vite-config/preact';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The intake is opened on phones on slow lines (issue 6: first load ≤ 90 kB). Its build
// runs on Preact's React-compatible layer (a tenth of react-dom's size and parse time);
// the code is written against React's API as in the other apps, and tested in Chromium
// on this build (apps/server/e2e). The happy-dom unit tests run on React itself.
const preact = preactAliases(import.meta.resolve);

/**
 * Names the English texts' chunk in the page (`<meta name="duiding-texts-en">`), so that
 * public/open-early.js can fetch it for an English reader at once, beside the main script,
 * rather than after it; a Dutch reader never fetches it.
 */
const englishTextsHint: Plugin = {
  name: 'duiding-english-texts-hint',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      const chunk = Object.values(context.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.name === 'texts-en',
      );
      if (!chunk) return html;
      return html.replace(
        '<script src="/open-early.js"',
        `<meta name="duiding-texts-en" content="/${chunk.fileName}" />\n    <script src="/open-early.js"`,
      );
    },
  },
};

export default defineConfig({
  base: '/',
  plugins: [react(), englishTextsHint],
  resolve: { alias: preact },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/trpc': 'http://localhost:3000' } },
});
