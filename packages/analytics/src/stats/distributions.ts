/**
 * Special functions and the tail probabilities the tests need. Accuracy goal: ~1e-12
 * relative in the body and the upper tails used for p-values (tested against SciPy 1.17).
 */

const LN_SQRT_2PI = 0.9189385332046727;
const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

// Lanczos approximation, g = 607/128, 15 terms (Godfrey's coefficients, as doubles);
// relative error < 1e-15.
const LANCZOS_G = 607 / 128;
const LANCZOS = [
  0.9999999999999971, 57.15623566586292, -59.59796035547549, 14.136097974741746,
  -0.4919138160976202, 0.00003399464998481189, 0.00004652362892704858, -0.00009837447530487956,
  0.0001580887032249125, -0.00021026444172410488, 0.00021743961811521265, -0.0001643181065367639,
  0.00008441822398385275, -0.000026190838401581408, 0.0000036899182659531625,
] as const;

/** ln Γ(x) for x > 0 (reflection formula below 0.5). */
export function logGamma(x: number): number {
  if (x < 0.5) {
    // Γ(x)Γ(1−x) = π / sin(πx)
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln(n!) for integers, cached up to 1024 for the exact tests' inner loops. */
const LOG_FACTORIAL_CACHE = (() => {
  const cache = new Float64Array(1025);
  for (let i = 2; i < cache.length; i++) cache[i] = (cache[i - 1] as number) + Math.log(i);
  return cache;
})();

export function logFactorial(n: number): number {
  if (n < 0) return Number.NaN;
  if (n < LOG_FACTORIAL_CACHE.length) return LOG_FACTORIAL_CACHE[n] as number;
  return logGamma(n + 1);
}

/** ln C(n, k). */
export function logChoose(n: number, k: number): number {
  if (k < 0 || k > n) return Number.NEGATIVE_INFINITY;
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/**
 * Hypergeometric pmf: probability of k successes in `draws` draws without replacement from
 * a population of `population` items of which `successes` are successes.
 */
export function hypergeometricPmf(
  k: number,
  population: number,
  successes: number,
  draws: number,
): number {
  const lower = Math.max(0, draws - (population - successes));
  const upper = Math.min(draws, successes);
  if (k < lower || k > upper) return 0;
  return Math.exp(
    logChoose(successes, k) +
      logChoose(population - successes, draws - k) -
      logChoose(population, draws),
  );
}

/** Series for P(a, x) (Numerical Recipes §6.2), used when x < a + 1. */
function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Continued fraction for Q(a, x) (modified Lentz), used when x ≥ a + 1. */
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Regularized lower incomplete gamma P(a, x). */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate in the far tail. */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

/** Continued fraction for I_x(a, b) (Numerical Recipes §6.4, modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/**
 * Regularized incomplete beta I_x(a, b). `oneMinusX` may be passed when it is known more
 * precisely than 1 − x (as for the t distribution's t²/(ν + t²)).
 */
export function regularizedBeta(x: number, a: number, b: number, oneMinusX = 1 - x): number {
  if (!(a > 0) || !(b > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront =
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(oneMinusX);
  if (x < (a + 1) / (a + b + 2)) {
    return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  }
  return 1 - (Math.exp(logFront) * betaContinuedFraction(oneMinusX, b, a)) / b;
}

/** Upper tail 1 − I_x(a, b), computed without cancellation. */
function regularizedBetaUpper(x: number, a: number, b: number, oneMinusX = 1 - x): number {
  return regularizedBeta(oneMinusX, b, a, x);
}

/** Standard normal CDF Φ(z), via erfc(x) = Q(1/2, x²). */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z < 0) return 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return 0.5 + 0.5 * regularizedGammaP(0.5, (z * z) / 2);
}

/** Standard normal survival 1 − Φ(z), accurate in the upper tail. */
export function normalSf(z: number): number {
  return normalCdf(-z);
}

/** P(X² ≥ x) for the chi-square distribution with `df` degrees of freedom. */
export function chiSquareSf(x: number, df: number): number {
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}

/** P(F ≥ x) for the F distribution with (d1, d2) degrees of freedom. */
export function fSf(x: number, d1: number, d2: number): number {
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const denominator = d2 + d1 * x;
  return regularizedBeta(d2 / denominator, d2 / 2, d1 / 2, (d1 * x) / denominator);
}

/** P(F ≤ x) for the F distribution. */
export function fCdf(x: number, d1: number, d2: number): number {
  if (x <= 0) return 0;
  const denominator = d2 + d1 * x;
  return regularizedBetaUpper(d2 / denominator, d2 / 2, d1 / 2, (d1 * x) / denominator);
}

/** P(T ≥ t) for Student's t with `df` degrees of freedom. */
export function studentTSf(t: number, df: number): number {
  if (Number.isNaN(t)) return Number.NaN;
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (t === Number.NEGATIVE_INFINITY) return 1;
  const t2 = t * t;
  const tail = 0.5 * regularizedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
  return t > 0 ? tail : 1 - tail;
}

/** P(|T| ≥ |t|) for Student's t with `df` degrees of freedom. */
export function studentTTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t)) return Number.NaN;
  if (!Number.isFinite(t)) return 0;
  const t2 = t * t;
  return regularizedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

/**
 * Upper quantile of F(2, m): the x with P(F ≥ x) = alpha. For d1 = 2 the tail has the
 * closed form (m / (m + 2x))^(m/2), the only case the ilr-based triad region needs.
 */
export function fQuantileUpperTwoDf(alpha: number, m: number): number {
  return (m / 2) * (alpha ** (-2 / m) - 1);
}

/** Upper quantile of F(d1, d2) by bisection on fSf (monotone); ~1e-12 relative. */
export function fQuantileUpper(alpha: number, d1: number, d2: number): number {
  if (d1 === 2) return fQuantileUpperTwoDf(alpha, d2);
  let low = 0;
  let high = 1;
  while (fSf(high, d1, d2) > alpha) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-13 * high; i++) {
    const middle = (low + high) / 2;
    if (fSf(middle, d1, d2) > alpha) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
