/**
 * `pnpm bench:bundle`: the first-load size of every built app (HTML + JS + CSS fetched on
 * the first visit) raw, gzip and brotli, against the budget in bundle-budget.json. Exits
 * non-zero when an app is over its budget. Run after `pnpm build` (the root script does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_STATIC_ROOTS } from '../src/platform';
import { addSizes, compressedSizes, firstLoadFiles, type TSizes } from './first-load';

const BASES = { intake: '/', panel: '/panel/', portal: '/portal/' } as const;
type TApp = keyof typeof BASES;

const budget = JSON.parse(
  readFileSync(new URL('./bundle-budget.json', import.meta.url), 'utf8'),
) as Record<TApp, { gzip: number }>;

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`.padStart(9);
let over = 0;
console.log('first load (HTML + JS + CSS)      raw      gzip    brotli   budget (gzip)');
for (const app of Object.keys(BASES) as TApp[]) {
  const dist = DEFAULT_STATIC_ROOTS[app];
  let html: string;
  try {
    html = readFileSync(join(dist, 'index.html'), 'utf8');
  } catch {
    console.error(`${app}: geen build in ${dist}; draai eerst \`pnpm build\`.`);
    process.exitCode = 1;
    continue;
  }
  let total: TSizes = compressedSizes(Buffer.from(html));
  const files = firstLoadFiles(html, BASES[app]);
  for (const file of files)
    total = addSizes(total, compressedSizes(readFileSync(join(dist, file))));
  const limit = budget[app].gzip;
  const verdict = total.gzip <= limit ? 'ok' : `OVER by ${kB(total.gzip - limit).trim()}`;
  if (total.gzip > limit) over++;
  console.log(
    `${app.padEnd(8)} ${String(files.length + 1).padStart(2)} files            ${kB(total.raw)} ${kB(total.gzip)} ${kB(total.brotli)}   ${kB(limit)} ${verdict}`,
  );
}
if (over > 0) {
  console.error(
    `${over} app(s) over the first-load budget (apps/server/bench/bundle-budget.json).`,
  );
  process.exitCode = 1;
}
