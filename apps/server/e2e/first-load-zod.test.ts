import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadFiles } from '../bench/first-load';
import { DEFAULT_STATIC_ROOTS } from '../src/platform';

/*
 * Browser code imports `@duiding/survey/client`, never the zod schemas: zod is ~30 kB gzip
 * that no first page needs. This reads the built apps (run `pnpm build` first) and looks
 * for zod's own identifiers in what the first visit loads.
 */
const ZOD_MARKER = /_zod\b|ZodError/;
const APPS = { intake: '/', panel: '/panel/', portal: '/portal/' } as const;

const readDist = (app: keyof typeof APPS, file: string) =>
  readFileSync(join(DEFAULT_STATIC_ROOTS[app], file), 'utf8');

describe('first load without zod', () => {
  for (const [app, base] of Object.entries(APPS) as [keyof typeof APPS, string][]) {
    it(`${app}: no file of the first visit holds zod`, () => {
      const files = firstLoadFiles(readDist(app, 'index.html'), base).filter((f) =>
        f.endsWith('.js'),
      );
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(readDist(app, file), file).not.toMatch(ZOD_MARKER);
    });
  }

  it('the marker finds zod where it is: a chunk the portal loads on demand for the designer', () => {
    const assets = readdirSync(join(DEFAULT_STATIC_ROOTS.portal, 'assets')).filter((f) =>
      f.endsWith('.js'),
    );
    expect(assets.some((f) => ZOD_MARKER.test(readDist('portal', `assets/${f}`)))).toBe(true);
  });
});
