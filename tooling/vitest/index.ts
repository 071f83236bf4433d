import { defineConfig, type ViteUserConfig } from 'vitest/config';

/** A package whose tests are plain functions, in Node. */
export function nodeProject(name: string): ViteUserConfig {
  return defineConfig({
    test: {
      name,
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
