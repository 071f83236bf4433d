import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './browser';

/**
 * Vitest global setup of the browser tests: `pnpm test` must work on a fresh Debian machine
 * with nothing installed by hand, so as root with apt-get we install Debian's chromium once.
 * Elsewhere the tests themselves fail with a message saying what to install.
 */
export default function ensureChromium() {
  if (existsSync(CHROMIUM_PATH) || process.env.CHROMIUM_PATH) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return;
  console.log('Chromium ontbreekt: apt-get install chromium …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env });
}
