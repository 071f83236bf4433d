import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as client from './client';
import * as survey from './index';

/** The modules a source file imports at run time (type-only imports are erased). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  const statements = source.matchAll(
    /^(?:import|export)\s+(type\s+)?([^;]*?)\s*from\s+'([^']+)'/gms,
  );
  return [...statements]
    .filter(([, typeOnly, names]) => {
      if (typeOnly) return false;
      const list = names?.match(/^\{([^}]*)\}$/s)?.[1];
      const items = list
        ?.split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      return !items?.every((item) => item.startsWith('type '));
    })
    .map(([, , , target]) => target!);
}

describe('@duiding/survey/client', () => {
  it('reaches no zod at run time, through any module behind it', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of runtimeImports(file)) {
        expect(target, `${file} imports ${target}`).not.toMatch(/^zod/);
        if (target.startsWith('./')) visit(`${target}.ts`);
      }
    };
    visit('./client.ts');
    expect([...seen].sort()).toEqual([
      './answer-values.ts',
      './client.ts',
      './framework-questions.ts',
      './localize.ts',
      './result-bucket.ts',
      './theme-contrast.ts',
      './validate.ts',
    ]);
  });

  it('gives the same functions and constants as the main entry', () => {
    const main = new Map(Object.entries(survey));
    for (const [name, value] of Object.entries(client)) expect(main.get(name), name).toBe(value);
    expect(Object.keys(client).sort()).toEqual([
      'DONT_KNOW',
      'DYAD_BINS',
      'HOUSE_COLOURS',
      'NOT_APPLICABLE',
      'THEME_COLOUR_TOKENS',
      'TRIAD_SUM_TOLERANCE',
      'adjustThemeContrast',
      'contrastRatio',
      'frameworkQuestions',
      'isVisible',
      'isYouthAudience',
      'localize',
      'readChoice',
      'resultBars',
      'resultBucketsOf',
      'themeContrastIssues',
      'validateAnswer',
      'validateResponse',
      'validateStoryText',
    ]);
  });
});
