import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `<repo>/../shared/fixtures`, read in place (never copied into the repository). */
export function fixturesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('De root van de repository is niet gevonden');
    dir = up;
  }
  const fixtures = resolve(dir, '..', 'shared', 'fixtures');
  if (!existsSync(fixtures)) {
    throw new Error(
      `De fixtures ontbreken: ${fixtures} bestaat niet (zie TEAM.md: ../shared/fixtures)`,
    );
  }
  return fixtures;
}

export function readFixture(...parts: string[]): string {
  return readFileSync(join(fixturesDir(), ...parts), 'utf8');
}
