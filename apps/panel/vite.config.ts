import { preactAliases } from '@duiding/vite-config/preact';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The panel is opened from a mail, mostly on a phone (first load ≤ 85 kB gzip, see
// apps/server/bench/bundle-budget.json). Like the intake, its build runs on Preact's
// React-compatible layer; the code is written against React's API, its happy-dom tests run
// on React itself, and apps/server/e2e/panel-answer.test.ts tests this build in Chromium.
const preact = preactAliases(import.meta.resolve);

export default defineConfig({
  base: '/panel/',
  plugins: [react()],
  resolve: { alias: preact },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/trpc': 'http://localhost:3000' } },
});
