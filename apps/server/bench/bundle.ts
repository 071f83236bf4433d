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
) as Record<TApp, { gzip: number; brotli: number }>;

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`.padStart(9);
let over = 0;
console.log('first load (HTML + JS + CSS)      raw      gzip    brotli   budget gzip / brotli');
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
  const limit = budget[app];
  const excess = (['gzip', 'brotli'] as const)
    .filter((encoding) => total[encoding] > limit[encoding])
    .map((encoding) => `${encoding} OVER by ${kB(total[encoding] - limit[encoding]).trim()}`);
  if (excess.length > 0) over++;
  console.log(
    `${app.padEnd(8)} ${String(files.length + 1).padStart(2)} files            ${kB(total.raw)} ${kB(total.gzip)} ${kB(total.brotli)}   ${kB(limit.gzip)} /${kB(limit.brotli)} ${excess.join(', ') || 'ok'}`,
  );
}
if (over > 0) {
  console.error(
    `${over} app(s) over the first-load budget (apps/server/bench/bundle-budget.json).`,
  );
  process.exitCode = 1;
}
