"""Reference values for the text analysis (src/text), written to src/text/text-reference.json.

- Keyness: G² of 2×2 tables (word / other words × target / reference) from
  scipy.stats.power_divergence(..., lambda_="log-likelihood"), which sums all four cells,
  with its p-value on 1 degree of freedom.
- Stemming: the official Snowball Dutch stemmer (libstemmer from Debian's libstemmer0d,
  algorithm "dutch", i.e. Porter's Dutch stemmer, called through ctypes) on the words of
  the demo stories and a list of words with the suffixes each rule handles.

Run from packages/analytics: python3 scripts/text-reference.py
"""

import ctypes
import json
import re
import subprocess
from pathlib import Path

import numpy as np
import scipy
from scipy.stats import power_divergence

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
OUT = PACKAGE / "src" / "text" / "text-reference.json"

# (word count in target, in reference, target size, reference size)
TABLES = [
    (52, 8, 10_000, 12_000),
    (10, 40, 5_000, 5_000),
    (1, 0, 200, 300),
    (0, 7, 1_500, 900),
    (300, 280, 100_000, 95_000),
    (17, 3, 2_345, 6_789),
]


def keyness_reference():
    rows = []
    for a, b, c, d in TABLES:
        observed = np.array([[a, b], [c - a, d - b]], dtype=float)
        row_sums = observed.sum(axis=1, keepdims=True)
        col_sums = observed.sum(axis=0, keepdims=True)
        expected = row_sums * col_sums / observed.sum()
        g2, p = power_divergence(
            observed.ravel(), expected.ravel(), ddof=2, lambda_="log-likelihood"
        )
        rows.append({"a": a, "b": b, "c": c, "d": d, "g2": float(g2), "p": float(p)})
    return rows


def libstemmer_version():
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "libstemmer0d"], capture_output=True, text=True
    )
    return out.stdout.strip()


def snowball_dutch(words):
    lib = ctypes.CDLL("libstemmer.so.0d")
    lib.sb_stemmer_new.restype = ctypes.c_void_p
    lib.sb_stemmer_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    lib.sb_stemmer_stem.restype = ctypes.POINTER(ctypes.c_ubyte)
    lib.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.sb_stemmer_length.restype = ctypes.c_int
    lib.sb_stemmer_length.argtypes = [ctypes.c_void_p]
    stemmer = lib.sb_stemmer_new(b"dutch", b"UTF_8")
    result = {}
    for word in words:
        raw = word.encode("utf-8")
        pointer = lib.sb_stemmer_stem(stemmer, raw, len(raw))
        length = lib.sb_stemmer_length(stemmer)
        result[word] = bytes(pointer[:length]).decode("utf-8")
    lib.sb_stemmer_delete.argtypes = [ctypes.c_void_p]
    lib.sb_stemmer_delete(stemmer)
    return result


EXTRA_WORDS = """
lichaamsziek lichamelijk lichamelijke lichamelijkheden lichamen lichere licht lichtbeelden
lichtbruin lichtdoorlatende lichte lichten lichtende lichtenvoorde lichter lichtere lichters
lichtgevoeligheid lichtgewicht lichtgrijs lichthoeveelheid lichtintensiteit lichtje lichtjes
lichtkranten lichtkring lichtkringen lichtregelsystemen lichtste lichtsystemen lichtsterkte
lichtvoeten lichtwerk opheffen opheffende opheffing opheldering ophemelde ophemelen opheusden
ophief ophield ophieven ophoepelt ophoog ophoogzand ophopen ophoping ophouden
mogelijkheden mogelijkheid vriendelijkheid gezondheid waarheid snelheid duidelijkheid
betaalbaar betaalbare eetbaar herkenbaar vindbaar wandelingen wandeling wandelend
lopend lopende ondersteuning begeleiding begeleiders begeleider behandeling behandelingen
jeugdhulp jeugdzorg hulpverlener hulpverleners hulpverlening wachtlijst wachtlijsten wachttijd
gemeenten gemeente geholpen helpen hielp luisterde luisteren geluisterd kinderen kind
moeilijk moeilijke moeilijker gelukkig gelukkige vrolijk vrolijke zorgen zorgde
maan maanden brood broden huizen huis gezinnen gezin ouders ouder pleegouders grootouders
school scholen jongeren jongere opvoeding opvoeden ervaring ervaringen verhalen verhaal
kleintje kleintjes boompje vrouwtje meisje meisjes jongetje
ideeën geïnteresseerd geïnteresseerde café cafés één ééntje coördinatie reünie
yoghurt yoga mayonaise fooien royaal ooievaar ziekenhuis ziekenhuizen
heden eenheden gemeenheden lekkernijen bakkerij bakkerijen
gemeen gemene gemeenschappelijk opgegeten gegeten eten etende eetbaar
vaak vaker vakken zak zakken bed bedden kat katten
""".split()


def demo_words():
    source = (PACKAGE / "src" / "demo" / "story-text.ts").read_text(encoding="utf-8")
    words = set()
    for literal in re.findall(r"'([^'\n]*)'|`([^`\n]*)`", source):
        for text in literal:
            for word in re.findall(r"[^\W\d_]+", text.lower()):
                words.add(word)
    return sorted(words)


def main():
    words = sorted(set(EXTRA_WORDS) | set(demo_words()))
    reference = {
        "source": {
            "keyness": f"scipy {scipy.__version__} stats.power_divergence(lambda_='log-likelihood'), "
            "2x2 table [[a, b], [c-a, d-b]] with expected counts from its margins, df 1",
            "stems": f"libstemmer {libstemmer_version()} (Debian libstemmer0d), algorithm 'dutch' "
            "(Porter's Dutch stemmer)",
            "script": "packages/analytics/scripts/text-reference.py",
        },
        "keyness": keyness_reference(),
        "stems": snowball_dutch(words),
    }
    OUT.write_text(json.dumps(reference, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(words)} words)")


if __name__ == "__main__":
    main()
