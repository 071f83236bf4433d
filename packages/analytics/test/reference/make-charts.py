"""Reference values from NumPy / SciPy for the explorer's chart aggregations (src/charts).

Run from the repository root:  python3 packages/analytics/test/reference/make-charts.py
Writes charts.json beside this script: seeded inputs (on the instruments' 1/1000 grid, with
not-applicable answers and zeros) and what NumPy and SciPy compute from them.
"""

import json
import os

import numpy as np
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261201)
N = 400
GROUPS = ["jong", "ouder", "professional"]


def grid(values):
    return [round(float(v), 3) for v in values]


groups = [str(g) for g in rng.choice(GROUPS + ["onbekend"], size=N, p=[0.4, 0.35, 0.2, 0.05])]
groups = [None if g == "onbekend" else g for g in groups]

# Dyads: skewed per group, 8 % not applicable.
dyads = []
for g in groups:
    if rng.random() < 0.08:
        dyads.append(None)
    else:
        shift = {"jong": 2.0, "ouder": 3.0, "professional": 4.0, None: 2.5}[g]
        dyads.append(grid([rng.beta(shift, 3.0)])[0])

edges = [k / 10 for k in range(11)]
dyad_groups = []
for g in GROUPS:
    values = np.array([v for v, h in zip(dyads, groups) if h == g and v is not None])
    counts, _ = np.histogram(values, bins=edges)
    dyad_groups.append(
        {
            "group": g,
            "n": int(values.size),
            "histogram": [int(c) for c in counts],
            "mean": float(np.mean(values)),
            "quartiles": [float(q) for q in np.quantile(values, [0.25, 0.5, 0.75])],
        }
    )

# Triads on the 1/1000 grid, some with a zero part, 5 % not applicable.
RESOLUTION = 0.001
triads = []
for g in groups:
    if rng.random() < 0.05:
        triads.append(None)
        continue
    alpha = {"jong": [4, 2, 2], "ouder": [2, 4, 2], "professional": [2, 2, 4], None: [3, 3, 3]}[g]
    a, b, c = rng.dirichlet(alpha)
    if rng.random() < 0.1:
        c = 0.0
    total = a + b + c
    a, b = round(a / total, 3), round(b / total, 3)
    c = round(1 - a - b, 3) if c > 0 else 0.0
    if c == 0.0:
        b = round(1 - a, 3)
    triads.append({"a": a, "b": b, "c": c})


def centre(values, resolution):
    delta = 0.65 * resolution
    parts = []
    for t in values:
        x = np.array([t["a"], t["b"], t["c"]], dtype=float)
        x = x / x.sum()
        zeros = x == 0
        if zeros.any():
            x = np.where(zeros, delta, x * (1 - zeros.sum() * delta))
        parts.append(x)
    logs = np.log(np.array(parts))
    mean = np.exp(logs.mean(axis=0))
    return [float(v) for v in mean / mean.sum()]


triad_groups = []
for g in GROUPS:
    values = [t for t, h in zip(triads, groups) if h == g and t is not None]
    triad_groups.append(
        {
            "group": g,
            "n": len(values),
            "nNotApplicable": sum(1 for t, h in zip(triads, groups) if h == g and t is None),
            "zeroShare": sum(1 for t in values if min(t.values()) == 0) / len(values),
            "centre": centre(values, RESOLUTION),
        }
    )

# Stones: three stones, each placed in about 70 % of the answers.
STONES = ["school", "huisarts", "wijkteam"]
stones = []
for _ in range(N):
    value = {}
    for k, stone in enumerate(STONES):
        if rng.random() < 0.7:
            x = float(np.clip(rng.normal(0.3 + 0.2 * k, 0.15), 0, 1))
            y = float(np.clip(rng.normal(0.7 - 0.2 * k, 0.2), 0, 1))
            value[stone] = {"x": grid([x])[0], "y": grid([y])[0]}
    stones.append(value if rng.random() > 0.05 else None)

GRID = 20
cell_edges = [k / GRID for k in range(GRID + 1)]
clouds = []
for stone in STONES:
    xs = np.array([v[stone]["x"] for v in stones if v is not None and stone in v])
    ys = np.array([v[stone]["y"] for v in stones if v is not None and stone in v])
    h, _, _ = np.histogram2d(xs, ys, bins=[cell_edges, cell_edges])
    clouds.append(
        {
            "stoneId": stone,
            "placed": int(xs.size),
            "centre": {"x": float(xs.mean()), "y": float(ys.mean())},
            # histogram2d is [x][y]; the raster is row = y, column = x.
            "density": [int(v) for v in h.T.reshape(-1)],
        }
    )

# A one-choice answer for the contingency table, associated with the group.
OPTIONS = ["heel_negatief", "negatief", "neutraal", "positief", "heel_positief"]
choices = []
for g in groups:
    if rng.random() < 0.04:
        choices.append(None)
        continue
    p = {
        "jong": [0.1, 0.2, 0.3, 0.3, 0.1],
        "ouder": [0.25, 0.3, 0.2, 0.15, 0.1],
        "professional": [0.05, 0.15, 0.3, 0.35, 0.15],
        None: [0.2] * 5,
    }[g]
    choices.append(str(rng.choice(OPTIONS, p=p)))

table = np.zeros((len(GROUPS), len(OPTIONS)), dtype=int)
for g, c in zip(groups, choices):
    if g is not None and c is not None:
        table[GROUPS.index(g), OPTIONS.index(c)] += 1
chi2, p_value, dof, expected = stats.chi2_contingency(table, correction=False)
n = table.sum()
row = table.sum(axis=1, keepdims=True)
col = table.sum(axis=0, keepdims=True)
# R chisq.test()$stdres: (O − E) / sqrt(E (1 − row/n)(1 − col/n)).
stdres = (table - expected) / np.sqrt(expected * (1 - row / n) * (1 - col / n))

# Trend of the dyad over three yearly collections.
COLLECTIONS = ["zhz-2024", "zhz-2025", "zhz-2026"]
collections = [str(c) for c in rng.choice(COLLECTIONS, size=N)]
trend = []
for c in COLLECTIONS:
    values = np.array([v for v, k in zip(dyads, collections) if k == c and v is not None])
    trend.append(
        {
            "collection": c,
            "n": int(values.size),
            "mean": float(np.mean(values)),
            "quartiles": [float(q) for q in np.quantile(values, [0.25, 0.5, 0.75])],
        }
    )

payload = {
    "source": f"make-charts.py; numpy {np.__version__}, scipy {scipy.__version__}",
    "groupIds": GROUPS,
    "groups": groups,
    "dyads": dyads,
    "dyadEdges": edges,
    "dyadGroups": dyad_groups,
    "resolution": RESOLUTION,
    "triads": triads,
    "triadGroups": triad_groups,
    "stoneIds": STONES,
    "stones": stones,
    "grid": GRID,
    "clouds": clouds,
    "optionIds": OPTIONS,
    "choices": choices,
    "contingency": {
        "counts": table.tolist(),
        "expected": expected.tolist(),
        "standardizedResiduals": stdres.tolist(),
        "statistic": float(chi2),
        "df": int(dof),
        "p": float(p_value),
    },
    "collectionOrder": COLLECTIONS,
    "collections": collections,
    "trend": trend,
}
with open(os.path.join(HERE, "charts.json"), "w") as handle:
    json.dump(payload, handle, indent=1)
    handle.write("\n")
