import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The files a browser fetches on the first visit of a built app: the HTML, and what its
 * head names to load at once (module scripts, module preloads, style sheets). Chunks that
 * load later by dynamic import are left out: they are not in the first load.
 * `base` is the app's public path ('/', '/panel/'); the result is relative to its dist.
 */
export function firstLoadFiles(html: string, base: string): string[] {
  const files: string[] = [];
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const attr = (name: string) => tag.match(new RegExp(`\\s${name}=["']([^"']+)["']`, 'i'))?.[1];
    const isScript = /^<script/i.test(tag);
    const rel = attr('rel')?.toLowerCase();
    const url = isScript ? attr('src') : attr('href');
    if (!url || /^(https?:)?\/\//i.test(url)) continue;
    if (!isScript && rel !== 'stylesheet' && rel !== 'modulepreload') continue;
    const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\.?\//, '');
    if (!files.includes(path)) files.push(path);
  }
  return files;
}

export interface TSizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sizes as sent: raw, and compressed as a server would (gzip level 9, brotli quality 11). */
export function compressedSizes(content: Buffer): TSizes {
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }).length,
  };
}

export function addSizes(a: TSizes, b: TSizes): TSizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}
