import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from './server-process';

/*
 * `pnpm start` runs `node --import tsx apps/server/src/main.ts` in the repository's root,
 * where vitest's transform is not: tsx compiles each file with the options of the tsconfig
 * in the working directory. The PDFs render the ui package's .tsx on the server, so they
 * are rendered here in such a process, as the started server does.
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PDF = fileURLToPath(new URL('../src/wave-summary-pdf.ts', import.meta.url));

const RESULTS = {
  collectionId: 'w1',
  title: 'Ronde 1',
  closesAt: '2026-09-03T14:58:00Z',
  answers: 40,
  withheld: null,
  items: [
    {
      questionId: 'ruimte',
      label: 'Ik heb ruimte voor mijn vak',
      section: 'core',
      bars: [
        { id: '1', label: 'Oneens' },
        { id: '2', label: 'Eens' },
      ],
      counts: {
        kind: 'table',
        cells: [
          [
            { kind: 'value', value: 15 },
            { kind: 'value', value: 25 },
          ],
        ],
        total: 40,
      },
    },
  ],
  trend: [],
  segments: null,
};

describe('the server started from the repository root', () => {
  it('runs with the node flags the tests and benches start it with', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(scripts.start).toContain(
      `node ${SERVER_NODE_FLAGS.join(' ')} --import tsx apps/server/src/main.ts`,
    );
  });

  it('renders the wave summary for its PDF', async () => {
    const script = `
      const { printableWaveSummaryHtml } = await import(${JSON.stringify(PDF)});
      process.stdout.write(printableWaveSummaryHtml(${JSON.stringify(RESULTS)}, 'Panel'));
    `;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { cwd: ROOT },
    );
    expect(stdout).toContain('Samenvatting: Ronde 1');
    expect(stdout).toContain('Ik heb ruimte voor mijn vak');
  });
});
