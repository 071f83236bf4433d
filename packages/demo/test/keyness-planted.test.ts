import { keyness } from '@duiding/analytics';
import { zhzJeugdhulp } from '@duiding/survey';
import { describe, expect, it } from 'vitest';
import { generateDemoStories } from '../src/index';

describe('keyness on demo stories', () => {
  it("finds 'wachtlijst' as key word of negative demo stories", () => {
    const { stories } = generateDemoStories({ framework: zhzJeugdhulp, count: 2000, seed: 11 });
    const negative = stories.filter((s) => /negatief/.test(String(s.answers.gevoel)));
    const other = stories.filter((s) => !/negatief/.test(String(s.answers.gevoel)));
    const rows = keyness(negative, other);
    const row = rows.find((r) => r.stem === 'wachtlijst');
    expect(row?.overusedIn).toBe('target');
    expect(row?.q).toBeLessThan(0.001);
  });
});
