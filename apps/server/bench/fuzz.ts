/**
 * `pnpm bench:fuzz`: every procedure with at least 10 000 arbitrary inputs (FUZZ_RUNS to
 * change it). Fails on the first 5xx, refusal without a reason, or partial write.
 */
import { performance } from 'node:perf_hooks';
import { fuzzEveryProcedure } from '../test/fuzz';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const began = performance.now();
const reports = await fuzzEveryProcedure(runs);
for (const { procedure, tried } of reports) {
  console.log(`${procedure.padEnd(24)} ${String(tried).padStart(7)} inputs, none failed`);
}
const total = reports.reduce((sum, r) => sum + r.tried, 0);
console.log(`${total} inputs in ${((performance.now() - began) / 1000).toFixed(0)} s`);
