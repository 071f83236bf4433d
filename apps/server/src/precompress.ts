import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.txt',
  '.map',
  '.ico',
  '.webmanifest',
]);
/** Below this a compressed file saves less than its headers cost. */
const MIN_BYTES = 512;

export interface TPrecompressResult {
  /** Files that got a fresh `.br` and `.gz` beside them. */
  written: number;
  /** Files whose `.br` and `.gz` were newer than the file already. */
  upToDate: number;
}

/**
 * Writes `file.br` (brotli, best) and `file.gz` (gzip, best) beside every compressible file
 * under `root`, once: a phone's load then costs the server no CPU for compression, and
 * @fastify/static's `preCompressed` sends the smallest one the browser accepts.
 * Files whose compressed copies are newer are left alone, so a restart is cheap.
 */
export async function precompressDirectory(root: string): Promise<TPrecompressResult> {
  const result: TPrecompressResult = { written: 0, upToDate: 0 };
  for (const file of listFiles(root)) {
    if (!COMPRESSIBLE.has(extname(file).toLowerCase())) continue;
    const stat = statSync(file);
    if (stat.size < MIN_BYTES) continue;
    if (isNewer(`${file}.br`, stat.mtimeMs) && isNewer(`${file}.gz`, stat.mtimeMs)) {
      result.upToDate += 1;
      continue;
    }
    const content = readFileSync(file);
    const [br, gz] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
    result.written += 1;
  }
  return result;
}

function isNewer(file: string, thanMs: number) {
  try {
    return statSync(file).mtimeMs >= thanMs;
  } catch {
    return false;
  }
}

function listFiles(root: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(root, entry.name);
    return entry.isDirectory() ? listFiles(path) : entry.isFile() ? [path] : [];
  });
}
