import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * A test's time limit catches a hang, not slowness: speed lives in the benches. turbo runs
 * the packages' suites side by side on two cores, where vitest's 5 s default failed a 1,3 s
 * test.
 */
const testTimeout = 30_000;

/** A package whose tests are plain functions, in Node. */
export function nodeProject(name: string): ViteUserConfig {
  return defineConfig({
    test: {
      name,
      testTimeout,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    },
  });
}

/**
 * A package with both: `*.test.ts` run in Node, `*.test.tsx` (components) in a DOM.
 * Two vitest projects, so each test runs where it belongs.
 */
export function nodeAndDomProjects(name: string): ViteUserConfig {
  return defineConfig({
    test: {
      testTimeout,
      projects: [
        {
          extends: true,
          test: { name: `${name}:node`, environment: 'node', include: ['src/**/*.test.ts'] },
        },
        {
          extends: true,
          test: { name: `${name}:dom`, environment: 'happy-dom', include: ['src/**/*.test.tsx'] },
        },
      ],
    },
  });
}
