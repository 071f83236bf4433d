import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoStories } from '@duiding/demo';
import { zhzJeugdhulp } from '@duiding/survey';
import { describe, expect, it } from 'vitest';
import { spssExport } from '../src';

/*
 * The syntax runs in GNU PSPP (the free SPSS clone reads the same GET DATA, VARIABLE
 * LABELS and VALUE LABELS). Skipped where PSPP is not installed (`apt-get install pspp`).
 */
const PSPP = ['/usr/bin/pspp', '/usr/local/bin/pspp'].find((p) => existsSync(p));

describe.skipIf(!PSPP)('SPSS export in PSPP', () => {
  it('reads every case with its value labels and reports no error', () => {
    const demo = generateDemoStories({ framework: zhzJeugdhulp, count: 40, seed: 3 });
    const stories = demo.stories.map((s, i) => ({
      ...s,
      participantKey: s.participantId,
      status: 'approved',
      // Quotes, apostrophes, commas and a line break: what trips up a hand-made syntax file.
      title: i === 0 ? `Jan's "verhaal", deel 1` : s.title,
      text: i === 0 ? 'regel een\nregel twee' : s.text,
    }));
    const dir = mkdtempSync(join(tmpdir(), 'duiding-spss-'));
    const { csv, syntax } = spssExport(
      {
        framework: zhzJeugdhulp,
        collection: { id: 'c', slug: 'zhz', title: 'ZHZ' },
        stories,
        withParticipantAnswers: true,
        exportedAt: new Date(),
      },
      join(dir, 'zhz-spss.csv'),
    );
    writeFileSync(join(dir, 'zhz-spss.csv'), csv);
    writeFileSync(join(dir, 'zhz.sps'), syntax);
    writeFileSync(
      join(dir, 'check.sps'),
      `INSERT FILE='${join(dir, 'zhz.sps')}'.\nFREQUENCIES VARIABLES=gevoel.\nLIST VARIABLES=StoryTitle /CASES=FROM 1 TO 1.\n`,
    );
    const log = execFileSync(PSPP!, ['-o', join(dir, 'out.txt'), join(dir, 'check.sps')], {
      encoding: 'utf8',
    });
    const out = readFileSync(join(dir, 'out.txt'), 'utf8');
    expect(`${log}\n${out}`).not.toMatch(/error|warning/i);
    expect(out).toMatch(/\|Total\s*\|\s*40\|/);
    const positive = zhzJeugdhulp.signifiers.find((q) => q.id === 'gevoel');
    if (positive?.kind !== 'choice') throw new Error('no gevoel');
    expect(out).toContain(positive.options[0]!.label.nl);
    expect(out).toContain(`Jan's "verhaal", deel 1`);
  });
});
