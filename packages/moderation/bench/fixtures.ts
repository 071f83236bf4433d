import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TPersonalDataKind } from '../src/index';
import type { TLabelledText } from './score';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type TOwnRecord = {
  id: string;
  text: string;
  spans: { start: number; end: number; kind: TPersonalDataKind; text: string }[];
};

/** The package's own labelled sentences (`test/fixtures/stories-pii.jsonl`). */
export function readOwnFixture(): TOwnRecord[] {
  return readJsonl<TOwnRecord>(join(packageDir, 'test/fixtures/stories-pii.jsonl'));
}

/**
 * The shared fixture is read in place, never copied: `../shared/fixtures/pii/` beside the
 * repository. A worktree sits one level deeper than the main checkout, so the parents of the
 * repository are searched in turn; `DUIDING_SHARED_DIR` overrides.
 */
export function sharedPiiPath(): string | undefined {
  const fromEnv = process.env.DUIDING_SHARED_DIR;
  if (fromEnv) return join(fromEnv, 'fixtures/pii/cases.jsonl');
  let dir = resolve(packageDir, '../..');
  for (let depth = 0; depth < 4; depth++) {
    const candidate = join(dir, '../shared/fixtures/pii/cases.jsonl');
    if (existsSync(candidate)) return candidate;
    dir = resolve(dir, '..');
  }
  return undefined;
}

type TSharedRecord = {
  id: string;
  text: string;
  scope: string[];
  entities: { start: number; end: number; tag: TPersonalDataKind | 'other'; text: string }[];
};

export function readSharedFixture(path: string): TLabelledText[] {
  return readJsonl<TSharedRecord>(path).map((record) => ({
    id: record.id,
    text: record.text,
    scope: record.scope,
    spans: record.entities.map(({ start, end, tag }) => ({ start, end, kind: tag })),
  }));
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
