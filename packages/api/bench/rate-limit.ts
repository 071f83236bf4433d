/**
 * `pnpm bench:rate-limit`: the cost of one new key as the limiter fills. Constant eviction
 * means the figure stays flat from 1 000 to 200 000 keys (issue 11: 6 µs below 10 000 keys,
 * 581 µs at 50 000 with the old sweep).
 */
import { performance } from 'node:perf_hooks';
import { RateLimiter } from '../src/auth/rate-limit';

const start = Date.parse('2026-11-15T10:00:00Z');
console.log('keys held   µs per new key   eviction steps per key');
for (const held of [1_000, 10_000, 50_000, 200_000]) {
  const limiter = new RateLimiter({}, { maxKeysPerRule: 1_000_000 });
  // Fill within one window, so nothing can be dropped: the worst case for a sweep.
  for (let i = 0; i < held; i++) limiter.record('submitStory', `vol${i}`, new Date(start));
  const measured = 20_000;
  const steps = limiter.evictionSteps;
  const began = performance.now();
  for (let i = 0; i < measured; i++) {
    limiter.record('submitStory', `nieuw${i}`, new Date(start + 1000));
  }
  const micros = ((performance.now() - began) * 1000) / measured;
  const perKey = (limiter.evictionSteps - steps) / measured;
  console.log(
    `${String(held).padStart(9)}   ${micros.toFixed(2).padStart(14)}   ${perKey.toFixed(2).padStart(22)}`,
  );
}
