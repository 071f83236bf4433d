"""Reference values from SciPy / NumPy for the analytics tests.

Run from the repository root:  python3 packages/analytics/scripts/reference/make-reference.py
Writes JSON fixtures to packages/analytics/test/reference/. Data sets are fixed (seeded) and
stored in the fixtures, so the TypeScript tests never depend on a random generator here.
"""

import itertools
import json
import math
import os
from collections import Counter

import numpy as np
import scipy
from scipy import special, stats

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "reference")
SCIPY = f"scipy {scipy.__version__}, numpy {np.__version__}"


def write(name, payload):
    with open(os.path.join(OUT, name), "w") as handle:
        json.dump(payload, handle, indent=1)
        handle.write("\n")


def floats(values):
    return [float(v) for v in values]


rng = np.random.default_rng(20240501)

# --- distributions -------------------------------------------------------------------
cases = {"logGamma": [], "gammaP": [], "gammaQ": [], "beta": [], "normalCdf": [], "normalSf": [],
         "chiSquareSf": [], "fSf": [], "studentTSf": [], "studentTTwoSided": [], "hypergeometricPmf": []}
for x in [0.1, 0.5, 1.5, 2.5, 3.7, 10.0, 33.3, 171.5, 1000.0, 12345.6]:
    cases["logGamma"].append({"x": x, "value": float(special.gammaln(x))})
for a, x in [(0.5, 0.1), (0.5, 2.0), (1.0, 1.0), (2.5, 0.3), (3.0, 10.0), (10.0, 9.0), (50.0, 70.0), (0.5, 40.0), (100.0, 80.0)]:
    cases["gammaP"].append({"a": a, "x": x, "value": float(special.gammainc(a, x))})
    cases["gammaQ"].append({"a": a, "x": x, "value": float(special.gammaincc(a, x))})
for x, a, b in [(0.1, 0.5, 0.5), (0.5, 2.0, 3.0), (0.9, 10.0, 1.5), (0.001, 1.0, 40.0), (0.3, 25.0, 0.5), (0.99, 200.0, 3.0), (0.7, 0.5, 100.0)]:
    cases["beta"].append({"x": x, "a": a, "b": b, "value": float(special.betainc(a, b, x))})
for z in [-8.0, -5.0, -2.5, -1.0, -0.1, 0.0, 0.3, 1.96, 3.0, 6.0, 9.0]:
    cases["normalCdf"].append({"z": z, "value": float(stats.norm.cdf(z))})
    cases["normalSf"].append({"z": z, "value": float(stats.norm.sf(z))})
for x, df in [(0.5, 1), (3.84, 1), (10.0, 3), (25.0, 4), (100.0, 20), (1.0, 0.5), (300.0, 150), (60.0, 2)]:
    cases["chiSquareSf"].append({"x": x, "df": df, "value": float(stats.chi2.sf(x, df))})
for x, d1, d2 in [(1.0, 2, 10), (3.5, 2, 47), (10.0, 2, 200), (0.2, 5, 3), (4.2, 3, 1000), (25.0, 4, 60), (2.0, 1, 1)]:
    cases["fSf"].append({"x": x, "d1": d1, "d2": d2, "value": float(stats.f.sf(x, d1, d2))})
for t, df in [(-3.0, 5), (-0.5, 2), (0.0, 10), (1.0, 1), (2.1, 18), (4.5, 100), (12.0, 30), (1.5, 0.7)]:
    cases["studentTSf"].append({"t": t, "df": df, "value": float(stats.t.sf(t, df))})
    cases["studentTTwoSided"].append({"t": t, "df": df, "value": float(2 * stats.t.sf(abs(t), df))})
for k, population, successes, draws in [(3, 20, 7, 12), (0, 10, 4, 5), (50, 400, 120, 160), (7, 30, 10, 10)]:
    cases["hypergeometricPmf"].append({"k": k, "population": population, "successes": successes,
                                      "draws": draws, "value": float(stats.hypergeom.pmf(k, population, successes, draws))})
write("distributions.json", {"source": f"{SCIPY}: scipy.special.gammaln/gammainc/gammaincc/betainc, scipy.stats norm/chi2/f/t/hypergeom", **cases})

# --- Mann-Whitney ----------------------------------------------------------------------
def cliffs_delta(x, y):
    greater = sum(1 for a in x for b in y if a > b)
    less = sum(1 for a in x for b in y if a < b)
    return (greater - less) / (len(x) * len(y))


mw_cases = []
def mw_case(name, x, y, method):
    res = stats.mannwhitneyu(x, y, alternative="two-sided", method=method, use_continuity=True)
    u1 = float(stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic").statistic)
    mw_cases.append({"name": name, "x": floats(x), "y": floats(y), "method": method,
                     "statistic": u1, "p": float(res.pvalue), "cliffsDelta": cliffs_delta(x, y),
                     "source": f"{SCIPY}: scipy.stats.mannwhitneyu(x, y, alternative='two-sided', method='{method}', use_continuity=True); Cliff's delta by pair counting"})

mw_case("small without ties, exact", [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30], [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.07, 3.14, 1.28], "exact")
x = np.round(rng.normal(0.55, 0.2, 23), 6); y = np.round(rng.normal(0.45, 0.2, 31), 6)
mw_case("unequal sizes 23 vs 31, exact", x, y, "exact")
x = np.round(rng.normal(0.5, 0.2, 49), 6); y = np.round(rng.normal(0.6, 0.2, 12), 6)
mw_case("49 vs 12, exact", x, y, "exact")
x = rng.integers(1, 6, 40); y = rng.integers(2, 7, 35)
mw_case("Likert with ties, asymptotic", x, y, "asymptotic")
x = np.round(rng.normal(0.5, 0.2, 80), 6); y = np.round(rng.normal(0.52, 0.2, 60), 6)
mw_case("80 vs 60 without ties, asymptotic", x, y, "asymptotic")
mw_case("tiny with ties, asymptotic", [1, 2, 2, 3], [2, 3, 3, 4, 5], "asymptotic")
mw_case("complete separation 5 vs 4, exact", [10, 11, 12, 13, 14], [1, 2, 3, 4], "exact")
write("mann-whitney.json", {"source": SCIPY, "cases": mw_cases})

# --- Kruskal-Wallis ----------------------------------------------------------------------
kw_cases = []
def kw_case(name, groups):
    res = stats.kruskal(*groups)
    n = sum(len(g) for g in groups)
    kw_cases.append({"name": name, "groups": [floats(g) for g in groups], "statistic": float(res.statistic),
                     "p": float(res.pvalue), "epsilonSquared": float(res.statistic) / (n - 1)})
kw_case("three groups without ties", [[2.9, 3.0, 2.5, 2.6, 3.2], [3.8, 2.7, 4.0, 2.4], [2.8, 3.4, 3.7, 2.2, 2.0]])
kw_case("Likert with ties, unequal sizes", [list(rng.integers(1, 6, 25)), list(rng.integers(1, 6, 40)), list(rng.integers(2, 6, 18)), list(rng.integers(1, 5, 30))])
kw_case("dyads, five groups", [list(np.round(rng.beta(2 + i / 2, 2, 30 + 7 * i), 4)) for i in range(5)])
write("kruskal-wallis.json", {"source": f"{SCIPY}: scipy.stats.kruskal(*groups); epsilon squared = H / (n - 1)", "cases": kw_cases})

# --- Spearman ----------------------------------------------------------------------------
sp_cases = []
def sp_case(name, x, y):
    res = stats.spearmanr(x, y)
    sp_cases.append({"name": name, "x": floats(x), "y": floats(y), "rho": float(res.statistic), "p": float(res.pvalue)})
sp_case("small without ties", [1.2, 2.3, 0.4, 5.5, 3.1, 4.4, 2.0], [0.3, 0.9, 0.1, 0.8, 0.7, 0.95, 0.2])
x = rng.integers(1, 6, 60); y = np.clip(x + rng.integers(-2, 3, 60), 1, 5)
sp_case("Likert with many ties", x, y)
x = np.round(rng.uniform(0, 1, 200), 3); y = np.round(0.2 * x + rng.uniform(0, 1, 200), 3)
sp_case("dyads n = 200, weak", x, y)
sp_case("n = 4, negative", [1, 2, 3, 4], [4, 3, 1, 2])
write("spearman.json", {"source": f"{SCIPY}: scipy.stats.spearmanr(x, y) (t with n - 2 df)", "cases": sp_cases})

# --- Exact conditional p of the chi-square statistic for a sparse table ------------------
def tables_with_margins(rows, cols):
    """All r x c tables of non-negative integers with the given margins."""
    if len(rows) == 1:
        yield [list(cols)]
        return
    first = rows[0]
    def fill(j, remaining, acc):
        if j == len(cols) - 1:
            if remaining <= cols[j]:
                yield acc + [remaining]
            return
        for v in range(0, min(remaining, cols[j]) + 1):
            yield from fill(j + 1, remaining - v, acc + [v])
    for row in fill(0, first, []):
        rest_cols = [c - v for c, v in zip(cols, row)]
        for rest in tables_with_margins(rows[1:], rest_cols):
            yield [row] + rest

def log_prob(table, rows, cols, n):
    value = sum(math.lgamma(r + 1) for r in rows) + sum(math.lgamma(c + 1) for c in cols) - math.lgamma(n + 1)
    return value - sum(math.lgamma(v + 1) for row in table for v in row)

def chi2_stat(table, rows, cols, n):
    return sum((table[i][j] - rows[i] * cols[j] / n) ** 2 / (rows[i] * cols[j] / n) for i in range(len(rows)) for j in range(len(cols)))

sparse = [[3, 0, 1, 0], [1, 4, 0, 2], [0, 1, 3, 1]]
rows = [sum(r) for r in sparse]; cols = [sum(c) for c in zip(*sparse)]; n = sum(rows)
observed = chi2_stat(sparse, rows, cols, n)
p_exact = 0.0; count = 0
for t in tables_with_margins(rows, cols):
    count += 1
    if chi2_stat(t, rows, cols, n) >= observed * (1 - 1e-12):
        p_exact += math.exp(log_prob(t, rows, cols, n))
write("chi-square-exact.json", {"source": f"Python {'.'.join(map(str, __import__('sys').version_info[:3]))}: exact conditional P(X² ≥ observed) by enumerating all {count} tables with the observed margins (multiple hypergeometric probabilities); chi2 asymptotic p from {SCIPY} scipy.stats.chi2_contingency(correction=False)",
                                "table": sparse, "statistic": observed, "exactP": p_exact,
                                "asymptoticP": float(stats.chi2_contingency(np.array(sparse), correction=False).pvalue)})

# --- Jonckheere-Terpstra: exact permutation mean/variance/p ----------------------------
def jt_statistic(groups):
    total = 0.0
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            for a in groups[i]:
                for b in groups[j]:
                    total += 1.0 if a < b else 0.5 if a == b else 0.0
    return total

def jt_case(name, groups):
    values = [v for g in groups for v in g]
    sizes = [len(g) for g in groups]
    observed = jt_statistic(groups)
    # All distinct assignments of the pooled multiset to groups of these sizes, weighted by
    # how many label permutations give each (multinomial over the pooled positions).
    stats_list = []
    positions = list(range(len(values)))
    def assign(remaining, k, acc):
        if k == len(sizes) - 1:
            yield acc + [remaining]
            return
        for combo in itertools.combinations(remaining, sizes[k]):
            rest = [p for p in remaining if p not in combo]
            yield from assign(rest, k + 1, acc + [list(combo)])
    for parts in assign(positions, 0, []):
        stats_list.append(jt_statistic([[values[p] for p in part] for part in parts]))
    arr = np.array(stats_list)
    mean = float(arr.mean()); variance = float(arr.var())
    z = (observed - mean) / math.sqrt(variance)
    return {"name": name, "groups": [floats(g) for g in groups], "statistic": observed, "permutationMean": mean,
            "permutationVariance": variance, "permutations": len(stats_list),
            "normalP": float(2 * stats.norm.sf(abs(z))),
            "exactP": float(np.mean(np.abs(arr - mean) >= abs(observed - mean) - 1e-9))}

jt_cases = [
    jt_case("three waves, Likert ties", [[1, 2, 2, 3], [2, 3, 3, 4], [3, 3, 4, 5]]),
    jt_case("four waves, unequal sizes, no ties", [[0.12, 0.35, 0.2], [0.4, 0.18, 0.5, 0.33], [0.61, 0.44, 0.27], [0.7, 0.52]]),
    jt_case("three waves, decreasing, heavy ties", [[3, 3, 2, 3, 1], [2, 2, 1, 3], [1, 1, 2, 1]]),
]
write("jonckheere-terpstra.json", {"source": f"Python + {SCIPY}: J by pair counting; mean and variance of J over all distinct assignments of the pooled values to groups (the exact permutation null, ties included); normalP = 2 * scipy.stats.norm.sf(|J - mean| / sqrt(variance)); exactP = share of assignments with |J - mean| >= observed", "cases": jt_cases})

# --- Triads: compositions, centre, region, Hotelling two-sample ---------------------------
def ilr(parts):
    a, b, c = parts[..., 0], parts[..., 1], parts[..., 2]
    return np.stack([np.sqrt(0.5) * np.log(a / b), np.sqrt(2 / 3) * np.log(np.sqrt(a * b) / c)], axis=-1)

def replace_zeros(parts, resolution):
    parts = parts / parts.sum(axis=1, keepdims=True)
    delta = 0.65 * resolution
    zeros = (parts == 0)
    scale = 1 - zeros.sum(axis=1, keepdims=True) * delta
    return np.where(zeros, delta, parts * scale)

def make_triads(count, alpha, resolution=0.01):
    raw = rng.dirichlet(alpha, count)
    rounded = np.round(raw / resolution) * resolution
    # keep whole-percentage triads that sum to exactly 100
    rounded[:, 2] = np.round((1 - rounded[:, 0] - rounded[:, 1]) / resolution) * resolution
    rounded = np.clip(rounded, 0, 1)
    rounded[:, 2] = 1 - rounded[:, 0] - rounded[:, 1]
    return np.round(rounded, 10)

group1 = make_triads(40, [4, 2, 1.2])
group1[0] = [0.7, 0.3, 0.0]; group1[1] = [1.0, 0.0, 0.0]
group2 = make_triads(27, [2.5, 2.5, 1.5])
group2[0] = [0.0, 0.45, 0.55]
replaced1 = replace_zeros(group1, 0.01); replaced2 = replace_zeros(group2, 0.01)
z1 = ilr(replaced1); z2 = ilr(replaced2)
n1, n2, p = len(z1), len(z2), 2
m1, m2 = z1.mean(axis=0), z2.mean(axis=0)
S1, S2 = np.cov(z1, rowvar=False), np.cov(z2, rowvar=False)
Sp = ((n1 - 1) * S1 + (n2 - 1) * S2) / (n1 + n2 - 2)
d = m1 - m2
T2 = float(n1 * n2 / (n1 + n2) * d @ np.linalg.solve(Sp, d))
F = (n1 + n2 - p - 1) / (p * (n1 + n2 - 2)) * T2
geo = np.exp(np.log(replaced1).mean(axis=0)); geo = geo / geo.sum()
n = n1
radius2 = p * (n - 1) / (n * (n - p)) * stats.f.isf(0.05, p, n - p)
triad_payload = {
    "source": f"{SCIPY}: ilr z1 = sqrt(1/2) ln(a/b), z2 = sqrt(2/3) ln(sqrt(ab)/c) and multiplicative zero replacement (delta = 0.65 * 0.01) by hand in numpy; Hotelling T2 with pooled covariance by hand (numpy.linalg.solve) and scipy.stats.f.sf(F, 2, n1 + n2 - 3); region radius p(n-1)/(n(n-p)) * scipy.stats.f.isf(0.05, 2, n-2)",
    "resolution": 0.01,
    "group1": group1.tolist(), "group2": group2.tolist(),
    "replacedGroup1": replaced1.tolist(), "ilrGroup1": z1.tolist(),
    "centreGroup1": geo.tolist(), "ilrMeanGroup1": m1.tolist(), "ilrCovarianceGroup1": S1.tolist(),
    "regionRadiusSquaredGroup1": float(radius2),
    "hotelling": {"t2": T2, "f": float(F), "df": [p, n1 + n2 - p - 1], "p": float(stats.f.sf(F, p, n1 + n2 - p - 1)),
                  "mahalanobisD2": float(d @ np.linalg.solve(Sp, d))},
}
write("triads.json", triad_payload)

# MANOVA input (R computes the reference from this file in make-reference.R)
groups3 = [make_triads(30, [3, 2, 2]), make_triads(22, [2, 3, 2]), make_triads(35, [2.2, 2.2, 2.5]), make_triads(12, [3, 3, 1])]
groups3[0][0] = [0.0, 0.5, 0.5]
write("manova-input.json", {"source": "triads drawn by numpy (Dirichlet, rounded to whole percentages); MANOVA reference in manova.json from R", "resolution": 0.01,
                            "groups": [g.tolist() for g in groups3]})
with open(os.path.join(OUT, "manova-input.csv"), "w") as handle:
    handle.write("group,a,b,c\n")
    for index, group in enumerate(groups3):
        for a, b, c in group:
            handle.write(f"{index + 1},{float(a)!r},{float(b)!r},{float(c)!r}\n")

# --- quantiles (NumPy default = R type 7) -----------------------------------------------
dyads = np.round(rng.beta(1.2, 0.9, 57), 3)
dyads[:3] = [0.0, 1.0, 0.97]
write("dyads.json", {"source": f"{SCIPY}: numpy.quantile(method='linear') (= R type 7), numpy.histogram(bins=10, range=(0, 1))",
                     "values": floats(dyads),
                     "median": float(np.quantile(dyads, 0.5)),
                     "quartiles": floats(np.quantile(dyads, [0.25, 0.5, 0.75])),
                     "histogram10": [int(c) for c in np.histogram(dyads, bins=10, range=(0, 1))[0]],
                     "lowShare": float(np.mean(dyads <= 0.05)), "highShare": float(np.mean(dyads >= 0.95))})
print("wrote fixtures to", os.path.abspath(OUT))
