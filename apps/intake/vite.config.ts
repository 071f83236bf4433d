import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The intake is opened on phones on slow lines (issue 6: first load ≤ 90 kB). Its build
// runs on Preact's React-compatible layer (a tenth of react-dom's size and parse time);
// the code is written against React's API as in the other apps, and tested in Chromium
// on this build (apps/server/e2e). The happy-dom unit tests run on React itself.
// Resolved from here, since the shared packages (ui, signification) do not depend on Preact.
const from = (specifier: string) => fileURLToPath(import.meta.resolve(specifier));
const preact = [
  ['react-dom/client', 'preact/compat/client'],
  ['react-dom', 'preact/compat'],
  ['react/jsx-runtime', 'preact/jsx-runtime'],
  ['react/jsx-dev-runtime', 'preact/jsx-dev-runtime'],
  ['react', 'preact/compat'],
].map(([find, to]) => ({ find: new RegExp(`^${find}$`), replacement: from(to!) }));

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: { alias: preact },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/trpc': 'http://localhost:3000' } },
});
