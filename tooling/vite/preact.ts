import { fileURLToPath } from 'node:url';

/**
 * Vite aliases that build an app on Preact's React-compatible layer (a tenth of react-dom's
 * size and parse time) instead of react-dom: the intake and the panel, which are opened on
 * phones on slow lines. Their code is written against React's API as in the portal; their
 * happy-dom unit tests run on React itself, and apps/server/e2e tests the Preact build in
 * Chromium.
 *
 * `resolve` is the app's own `import.meta.resolve`: Preact is the app's dependency, not this
 * package's nor the shared packages' (ui, signification), so it is found from the app.
 */
export function preactAliases(resolve: (specifier: string) => string) {
  return [
    ['react-dom/client', 'preact/compat/client'],
    ['react-dom', 'preact/compat'],
    ['react/jsx-runtime', 'preact/jsx-runtime'],
    ['react/jsx-dev-runtime', 'preact/jsx-dev-runtime'],
    ['react', 'preact/compat'],
  ].map(([find, to]) => ({
    find: new RegExp(`^${find}$`),
    replacement: fileURLToPath(resolve(to!)),
  }));
}
