import { describe, expect, it } from 'vitest';
import { compressedSizes, firstLoadFiles } from '../bench/first-load';

describe('firstLoadFiles', () => {
  it('takes the scripts, module preloads and style sheets of the head, under the base', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="/panel/favicon.svg">
      <script type="module" crossorigin src="/panel/assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="/panel/assets/react-B.js">
      <link rel="stylesheet" crossorigin href="/panel/assets/index-C.css">
      <script src="https://example.org/tracker.js"></script>
      </head><body><div id="root"></div></body></html>`;
    expect(firstLoadFiles(html, '/panel/')).toEqual([
      'assets/index-A.js',
      'assets/react-B.js',
      'assets/index-C.css',
    ]);
  });
});

describe('compressedSizes', () => {
  it('gives the raw length and the gzip and brotli sizes of repetitive text', () => {
    const sizes = compressedSizes(Buffer.from('duiding '.repeat(1000)));
    expect(sizes.raw).toBe(8000);
    expect(sizes.gzip).toBeLessThan(200);
    expect(sizes.brotli).toBeLessThan(sizes.gzip);
  });
});
