"""Reference values for packages/analytics/src/stats/kappa.ts, computed with NumPy.

Run: python3 packages/analytics/test/reference/make-kappa.py > packages/analytics/test/reference/kappa.json

The formulas are those of Fleiss, Cohen & Everitt (1969), Psychological Bulletin 72(5):
kappa = (po - pe) / (1 - pe); the non-null variance (their eq. 13) and the null variance (eq. 14).
"""
import json
import math

import numpy as np

CASES = {
    # Fleiss, Levin & Paik (2003), Statistical Methods for Rates and Proportions, 3rd ed.,
    # section 18.1, Table 18.1: 100 patients, two psychiatrists, diagnoses psychological,
    # neurological, organic. The book prints kappa = .68 (po = .89, pe = .66).
    "fleiss-2003-table-18.1": [[75, 1, 4], [5, 4, 1], [0, 0, 10]],
    # Fixed 2x2 tables such as a code yields: yes/no of coder A by yes/no of coder B.
    "code-2x2-a": [[20, 5], [10, 65]],
    "code-2x2-b": [[3, 1], [2, 14]],
    "code-2x2-negative": [[1, 6], [7, 2]],
    "four-categories": [[22, 3, 1, 0], [4, 18, 2, 1], [0, 3, 15, 4], [1, 0, 2, 24]],
}


def kappa(table):
    t = np.asarray(table, dtype=float)
    n = t.sum()
    p = t / n
    rows = p.sum(axis=1)
    cols = p.sum(axis=0)
    po = np.trace(p)
    pe = float(rows @ cols)
    k = (po - pe) / (1 - pe)
    i, j = np.indices(p.shape)
    diag = np.sum(np.diag(p) * (1 - (rows + cols) * (1 - k)) ** 2)
    off = np.sum(np.where(i != j, p * (cols[i] + rows[j]) ** 2, 0.0))
    var = (diag + (1 - k) ** 2 * off - (k - pe * (1 - k)) ** 2) / (n * (1 - pe) ** 2)
    var0 = (pe + pe**2 - np.sum(rows * cols * (rows + cols))) / (n * (1 - pe) ** 2)
    se, se0 = math.sqrt(var), math.sqrt(var0)
    z = k / se0
    p_two = math.erfc(abs(z) / math.sqrt(2))
    return {
        "n": n,
        "observed": po,
        "expected": pe,
        "kappa": k,
        "se": se,
        "se0": se0,
        "ci95": [max(-1.0, k - 1.959963984540054 * se), min(1.0, k + 1.959963984540054 * se)],
        "p": p_two,
    }


print(
    json.dumps(
        {
            "source": "NumPy " + np.__version__ + ", make-kappa.py (Fleiss, Cohen & Everitt 1969)",
            "cases": [{"name": name, "table": table, **kappa(table)} for name, table in CASES.items()],
        },
        indent=2,
    )
)
