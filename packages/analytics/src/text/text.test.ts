import { describe, expect, it } from 'vitest';
import { chiSquareSf } from '../stats';
import {
  DUTCH_NEGATIONS,
  isDutchStopWord,
  keyness,
  kwic,
  logLikelihoodG2,
  stemDutch,
  tokenizeDutch,
  wordFrequencies,
} from './index';
import reference from './text-reference.json' with { type: 'json' };

describe('tokenizeDutch', () => {
  it('lower-cases, keeps diacritics and apostrophe words, drops numbers', () => {
    expect(
      tokenizeDutch("Mijn begeleider zei: 'Één keer per week.' Ik ben 12 en m'n broer is 3e."),
    ).toEqual([
      'mijn',
      'begeleider',
      'zei',
      'één',
      'keer',
      'per',
      'week',
      'ik',
      'ben',
      'en',
      "m'n",
      'broer',
      'is',
    ]);
    expect(
      tokenizeDutch("’s Avonds z’n auto's bij de jeugd-GGZ, geïnteresseerd in een 12-jarige"),
    ).toEqual([
      "'s",
      'avonds',
      "z'n",
      "auto's",
      'bij',
      'de',
      'jeugd-ggz',
      'geïnteresseerd',
      'in',
      'een',
    ]);
  });

  it('treats a decomposed diaeresis as the same letter', () => {
    expect(tokenizeDutch('ide\u0065e\u0308n')).toEqual(['ideeën']);
  });

  it('gives nothing for a text without words', () => {
    expect(tokenizeDutch('  12 - 34 ... !! ')).toEqual([]);
  });
});

describe('Dutch stop words', () => {
  it('keeps every negation as a word', () => {
    for (const word of [
      ...DUTCH_NEGATIONS,
      'niet',
      'geen',
      'nooit',
      'niks',
      'niemand',
      'nergens',
    ]) {
      expect(isDutchStopWord(word), word).toBe(false);
    }
  });
  it('drops function words, also informal ones', () => {
    for (const word of ['de', 'het', 'een', 'en', 'ik', 'we', "m'n", "'t", 'omdat']) {
      expect(isDutchStopWord(word), word).toBe(true);
    }
  });
});

describe('stemDutch (Snowball Dutch)', () => {
  // From the Snowball Dutch sample vocabulary and the rules: step 1 (-heden, -en, -s),
  // step 2 (-e), step 3a (-heid), step 3b (-end/-ing/-ig/-lijk/-baar/-bar), step 4
  // (vowel undoubling), accents removed, "gem" guarding -en.
  const pairs: [string, string][] = [
    ['lichaamsziek', 'lichaamsziek'],
    ['lichamelijk', 'licham'],
    ['lichamelijke', 'licham'],
    ['lichamelijkheden', 'licham'],
    ['lichamen', 'licham'],
    ['lichere', 'licher'],
    ['lichtbeelden', 'lichtbeeld'],
    ['lichtdoorlatende', 'lichtdoorlat'],
    ['lichte', 'licht'],
    ['lichten', 'licht'],
    ['lichtende', 'lichtend'],
    ['lichters', 'lichter'],
    ['lichtgevoeligheid', 'lichtgevoel'],
    ['lichthoeveelheid', 'lichthoevel'],
    ['lichtje', 'lichtj'],
    ['lichtjes', 'lichtjes'],
    ['lichtkringen', 'lichtkring'],
    ['lichtregelsystemen', 'lichtregelsystem'],
    ['lichtste', 'lichtst'],
    ['lichtsterkte', 'lichtsterkt'],
    ['opheffen', 'opheff'],
    ['opheffende', 'opheff'],
    ['opheffing', 'opheff'],
    ['opheldering', 'ophelder'],
    ['ophemelde', 'ophemeld'],
    ['ophieven', 'ophiev'],
    ['ophoog', 'ophog'],
    ['ophopen', 'ophop'],
    ['ophoping', 'ophop'],
    ['ophouden', 'ophoud'],
    ['mogelijkheden', 'mogelijk'],
    ['gezondheid', 'gezond'],
    ['vriendelijkheid', 'vriendelijk'],
    ['eenheden', 'eenheid'],
    ['betaalbaar', 'betal'],
    ['herkenbaar', 'herken'],
    ['wandelingen', 'wandel'],
    ['gelukkig', 'gelukk'],
    ['wachtlijsten', 'wachtlijst'],
    ['hulpverleners', 'hulpverlener'],
    ['maanden', 'maand'],
    ['katten', 'kat'],
    ['bedden', 'bed'],
    ['gemeen', 'gemen'],
    ['gemene', 'gemen'],
    ['ideeën', 'ideeen'],
    ['geïnteresseerd', 'geinteresseerd'],
    ['ooievaar', 'ooievar'],
    ['bakkerijen', 'bakkerij'],
  ];
  it.each(pairs)('%s → %s', (word, stem) => {
    expect(stemDutch(word)).toBe(stem);
  });

  it('agrees with libstemmer on every word of the reference fixture', () => {
    const stems = Object.entries(reference.stems);
    expect(stems.length).toBeGreaterThan(400);
    const wrong = stems.filter(([word, stem]) => stemDutch(word) !== stem);
    expect(wrong).toEqual([]);
  });

  it('leaves short words alone', () => {
    expect(stemDutch('de')).toBe('de');
    expect(stemDutch('en')).toBe('en');
  });
});

describe('wordFrequencies', () => {
  it('counts by stem, labels with the most frequent form, skips stop words, keeps negations', () => {
    const result = wordFrequencies([
      { id: '1', text: 'De wachtlijst was lang. Wachtlijsten, wachtlijsten!' },
      { id: '2', text: 'Niet geholpen, geen hulp. De wachtlijst.' },
    ]);
    expect(result[0]).toEqual({ stem: 'wachtlijst', label: 'wachtlijst', count: 4, documents: 2 });
    // A tie between forms goes to the alphabetically first.
    expect(result.map((w) => w.label)).toEqual(
      expect.arrayContaining(['niet', 'geen', 'geholpen', 'hulp', 'lang']),
    );
    expect(result.some((w) => w.label === 'de' || w.label === 'was')).toBe(false);
  });
});

describe('keyness (log-likelihood G²)', () => {
  it('matches SciPy power_divergence on 2×2 tables, with its p on 1 df', () => {
    for (const { a, b, c, d, g2, p } of reference.keyness) {
      const result = logLikelihoodG2(a, b, c, d);
      expect(result.g2).toBeCloseTo(g2, 9);
      expect(chiSquareSf(result.g2, 1) / p).toBeCloseTo(1, 8);
    }
  });

  it('gives the hand-computed Rayson & Garside value, p, log ratio and %DIFF', () => {
    // a = 52 of c = 10 000 words, b = 8 of d = 12 000: E1 = 27.2727, E2 = 32.7273,
    // LL = 2 (52 ln(52/E1) + 8 ln(8/E2)) = 44.5768; log2((52/10000)/(8/12000)) = 2.9635;
    // %DIFF = (0.0052 − 0.000667) / 0.000667 × 100 = 680.
    const { g2RaysonGarside } = logLikelihoodG2(52, 8, 10_000, 12_000);
    expect(g2RaysonGarside).toBeCloseTo(44.5768, 4);
    const filler = (n: number, word: string) => Array(n).fill(word).join(' ');
    const target = [`${filler(52, 'wachtlijst')} ${filler(10_000 - 52, 'zorg')}`];
    const reference2 = [`${filler(8, 'wachtlijst')} ${filler(12_000 - 8, 'zorg')}`];
    const rows = keyness(target, reference2);
    const row = rows.find((r) => r.stem === 'wachtlijst')!;
    const scipy = reference.keyness[0]!;
    expect(row.g2).toBeCloseTo(scipy.g2, 9);
    expect(row.p).toBeCloseTo(scipy.p, 15);
    expect(row.p / scipy.p).toBeCloseTo(1, 8);
    expect(row.logRatio).toBeCloseTo(2.9635, 4);
    expect(row.percentDiff).toBeCloseTo(680, 8);
    expect(row.overusedIn).toBe('target');
  });

  it('says %DIFF is undefined when the reference never uses the word, and handles zeros', () => {
    const rows = keyness(['hulp hulp hulp hulp hulp zorg'], ['zorg zorg zorg zorg zorg zorg'], {
      minCount: 1,
    });
    const hulp = rows.find((r) => r.stem === 'hulp')!;
    expect(hulp.percentDiff).toBeNull();
    expect(Number.isFinite(hulp.logRatio)).toBe(true);
    expect(hulp.q).toBeGreaterThanOrEqual(hulp.p);
    expect(keyness([], ['zorg'])).toEqual([]);
  });
});

describe('kwic', () => {
  const texts = [
    { id: 'a', text: 'We stonden acht maanden op de wachtlijst, en niemand belde.' },
    { id: 'b', text: 'Wachtlijsten! Daar begint het.' },
    { id: 'c', text: 'Geen wachttijd.' },
  ];
  it('gives left, keyword and right per hit with the story id, matching every form', () => {
    expect(kwic(texts, 'wachtlijst', { window: 3 })).toEqual([
      {
        storyId: 'a',
        left: 'maanden op de',
        keyword: 'wachtlijst',
        right: ', en niemand belde',
        offset: 30,
      },
      { storyId: 'b', left: '', keyword: 'Wachtlijsten', right: '! Daar begint het', offset: 0 },
    ]);
  });
  it('matches exactly when asked, and finds nothing for an empty term', () => {
    expect(kwic(texts, 'wachtlijst', { match: 'exact' }).map((l) => l.storyId)).toEqual(['a']);
    expect(kwic(texts, '  ')).toEqual([]);
  });
});
