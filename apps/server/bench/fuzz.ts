/**
 * `pnpm bench:fuzz`: every procedure with at least 10 000 arbitrary inputs (FUZZ_RUNS to
 * change it). Fails on the first 5xx, refusal without a reason, or partial write.
 */
import { performance } from 'node:perf_hooks';
import { fuzzEveryProcedure } from '../test/fuzz';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const began = performance.now();
let last = began;
const reports = await fuzzEveryProcedure(runs, (procedure) => {
  const now = performance.now();
  const heap = Math.round(process.memoryUsage().heapUsed / 1e6);
  console.log(
    `${procedure.padEnd(24)} ${String(runs).padStart(7)} inputs, none failed  (${((now - last) / 1000).toFixed(0)} s, heap ${heap} MB)`,
  );
  last = now;
});
const total = reports.reduce((sum, r) => sum + r.tried, 0);
console.log(`${total} inputs in ${((performance.now() - began) / 1000).toFixed(0)} s`);
