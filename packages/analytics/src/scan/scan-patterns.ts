import {
  adjustBenjaminiHochberg,
  chiSquareIndependence,
  type TestResult,
  testCategoricalAssociation,
} from '../stats';
import { ilrInverse, type Triad } from '../triad';
import {
  ANSWERED,
  buildVariables,
  DONT_KNOW_STATUS,
  NOT_APPLICABLE_STATUS,
  type TCategoricalVariable,
  type TNumericVariable,
  type TTriadVariable,
  type TVariable,
} from './columns';
import {
  countByLevelAndGroup,
  kruskalWallisFromRanks,
  mannWhitneyFromRanks,
  rankSumsFromCounts,
  spearmanWithRanks,
} from './shared-ranks';
import { hotellingFromMoments, ilrMoments, manovaFromMoments } from './triad-moments';
import type {
  TLeftOut,
  TPattern,
  TPatternGroup,
  TScanOptions,
  TScanResult,
  TScanVariablesOptions,
} from './types';

type TUnrankedPattern = Omit<TPattern, 'q'>;

const MONTE_CARLO_REPLICATES = 2000;

/** How a group is named in a Dutch sentence. */
function groupPhrase(variable: TCategoricalVariable, group: number): string {
  const category = variable.categories[group]!;
  if (variable.binaryOf) {
    return group === 1
      ? `verhalen met '${variable.binaryOf.label}' (${variable.questionLabel})`
      : `verhalen zonder '${variable.binaryOf.label}' (${variable.questionLabel})`;
  }
  if (variable.key === 'collection') return `verzameling '${category.label}'`;
  if (variable.key === 'channel')
    return `verhalen die ${category.label.toLowerCase()} zijn ingevuld`;
  return `'${category.label}'`;
}

function othersPhrase(variable: TCategoricalVariable, included: number[], group: number): string {
  const others = included.filter((g) => g !== group);
  return others.length === 1 ? groupPhrase(variable, others[0]!) : 'de andere groepen';
}

/** Stories whose answer is "not applicable" or "don't know": few, so listed once per column. */
const gapIndexCache = new WeakMap<Uint8Array, Int32Array>();
function gapIndices(status: Uint8Array): Int32Array {
  let indices = gapIndexCache.get(status);
  if (!indices) {
    let count = 0;
    for (let i = 0; i < status.length; i++) {
      const s = status[i];
      if (s === NOT_APPLICABLE_STATUS || s === DONT_KNOW_STATUS) count++;
    }
    indices = new Int32Array(count);
    count = 0;
    for (let i = 0; i < status.length; i++) {
      const s = status[i];
      if (s === NOT_APPLICABLE_STATUS || s === DONT_KNOW_STATUS) indices[count++] = i;
    }
    gapIndexCache.set(status, indices);
  }
  return indices;
}

/** A grouping's own "not applicable" and "don't know" answers (stories in no group). */
const groupingGapCache = new WeakMap<TCategoricalVariable, [number, number]>();
function groupingGaps(right: TCategoricalVariable): [number, number] {
  let gaps = groupingGapCache.get(right);
  if (!gaps) {
    gaps = [0, 0];
    const { codes, status } = right;
    for (let i = 0; i < codes.length; i++) {
      if (codes[i]! >= 0) continue;
      if (status[i] === NOT_APPLICABLE_STATUS) gaps[0]++;
      else if (status[i] === DONT_KNOW_STATUS) gaps[1]++;
    }
    groupingGapCache.set(right, gaps);
  }
  return gaps;
}

/**
 * Whether a signifier's encoding (a level, a category, ilr coordinates) is present exactly
 * where its status says answered: then the counts a test made from the encoding are the
 * answered counts, and only the few gaps need a look. Checked once per signifier.
 */
const encodingCache = new WeakMap<TVariable, boolean>();
function encodingMatchesStatus(left: TVariable): boolean {
  let matches = encodingCache.get(left);
  if (matches === undefined) {
    matches = true;
    const status = left.status;
    for (let i = 0; i < status.length && matches; i++) {
      const present =
        left.type === 'numeric'
          ? left.levels[i]! >= 0
          : left.type === 'triad'
            ? !Number.isNaN(left.z1[i]!)
            : left.codes[i]! >= 0;
      matches = present === (status[i] === ANSWERED);
    }
    encodingCache.set(left, matches);
  }
  return matches;
}

function prepareGroups(
  left: TVariable,
  right: TCategoricalVariable,
  minGroupSize: number,
  leftCodes?: Int32Array,
  /** Answered stories per group, when the caller counted them already. */
  counted?: Float64Array,
) {
  const k = right.categories.length;
  const noGaps = () =>
    gapIndices(left.status).length === 0 && gapIndices(right.status).length === 0;
  if (counted && (noGaps() || encodingMatchesStatus(left))) {
    // The caller counted the answered stories; left out are only the gaps of either side.
    const notApplicable = new Float64Array(k);
    const dontKnow = new Float64Array(k);
    const codes = right.codes;
    const leftStatus = left.status;
    for (const i of gapIndices(leftStatus)) {
      const g = codes[i]!;
      if (g < 0) continue;
      if (leftStatus[i] === NOT_APPLICABLE_STATUS) notApplicable[g]! += 1;
      else dontKnow[g]! += 1;
    }
    const [rightNotApplicable, rightDontKnow] = groupingGaps(right);
    return groupsFromCounts(
      right,
      minGroupSize,
      counted,
      notApplicable,
      dontKnow,
      rightNotApplicable,
      rightDontKnow,
    );
  }
  // One pass: per group, answered / not applicable / don't know; and the grouping's own gaps.
  const answered = new Float64Array(k);
  const notApplicable = new Float64Array(k);
  const dontKnow = new Float64Array(k);
  let rightNotApplicable = 0;
  let rightDontKnow = 0;
  const codes = right.codes;
  const rightStatus = right.status;
  const leftStatus = left.status;
  const n = codes.length;
  for (let i = 0; i < n; i++) {
    const g = codes[i]!;
    if (g < 0) {
      const status = rightStatus[i];
      if (status === NOT_APPLICABLE_STATUS) rightNotApplicable++;
      else if (status === DONT_KNOW_STATUS) rightDontKnow++;
      continue;
    }
    const status = leftStatus[i];
    if (status === ANSWERED) {
      if (!leftCodes || leftCodes[i]! >= 0) answered[g]! += 1;
    } else if (status === NOT_APPLICABLE_STATUS) notApplicable[g]! += 1;
    else if (status === DONT_KNOW_STATUS) dontKnow[g]! += 1;
  }
  return groupsFromCounts(
    right,
    minGroupSize,
    answered,
    notApplicable,
    dontKnow,
    rightNotApplicable,
    rightDontKnow,
  );
}

function groupsFromCounts(
  right: TCategoricalVariable,
  minGroupSize: number,
  answered: Float64Array,
  notApplicable: Float64Array,
  dontKnow: Float64Array,
  rightNotApplicable: number,
  rightDontKnow: number,
) {
  const k = right.categories.length;
  const included = new Uint8Array(k);
  const includedList: number[] = [];
  const excludedGroups: TPatternGroup[] = [];
  const leftOut: TLeftOut = { notApplicable: rightNotApplicable, dontKnow: rightDontKnow };
  answered.forEach((count, g) => {
    if (count >= minGroupSize) {
      included[g] = 1;
      includedList.push(g);
      leftOut.notApplicable += notApplicable[g]!;
      leftOut.dontKnow += dontKnow[g]!;
    } else if (count > 0) {
      const category = right.categories[g]!;
      excludedGroups.push({ group: category.id, label: category.label, n: count });
    }
  });
  const groupSizes = includedList.map((g) => ({
    group: right.categories[g]!.id,
    label: right.categories[g]!.label,
    n: answered[g]!,
  }));
  return { included, includedList, excludedGroups, groupSizes, leftOut };
}

/**
 * Every pair of a signifier with a grouping (and of two signifiers where it makes sense),
 * tested with the test that fits their kinds, adjusted with Benjamini–Hochberg over the
 * whole scan, and described in one Dutch sentence. See the analytics issue.
 */
export function scanPatterns(options: TScanOptions): TScanResult {
  const { framework, stories, ...rest } = options;
  return scanVariables({
    ...rest,
    variables: buildVariables(framework, stories, options.collectionLabels),
    storyIds: stories.map((story) => story.id),
  });
}

/**
 * The scan on columns already built (by buildVariables, or subsetVariables of them), so
 * that a server encodes each question once for every scan and comparison of the same
 * stories. `storyIds` are the stories' ids in the columns' order.
 */
export function scanVariables(options: TScanVariablesOptions): TScanResult {
  const { variables, storyIds, minGroupSize = 20, seed, maxStoryIds = 1000 } = options;
  const wanted = options.groupings ? new Set(options.groupings) : undefined;
  const groupings = variables.filter(
    (v): v is TCategoricalVariable =>
      v.type === 'categorical' && (!wanted || wanted.has(v.key) || wanted.has(v.question)),
  );
  const patterns: TUnrankedPattern[] = [];
  const skipped: TScanResult['skipped'] = [];
  /** Story indices per category of each grouping, built once: a pattern's stories are in one group. */
  const memberCache = new Map<TCategoricalVariable, Int32Array[]>();
  const membersOf = (variable: TCategoricalVariable, group: number): Int32Array => {
    let lists = memberCache.get(variable);
    if (!lists) {
      const codes = variable.codes;
      const sizes = new Int32Array(variable.categories.length);
      for (let i = 0; i < codes.length; i++) {
        const g = codes[i]!;
        if (g >= 0) sizes[g]! += 1;
      }
      const made = [...sizes].map((size) => new Int32Array(size));
      const filled = new Int32Array(variable.categories.length);
      for (let i = 0; i < codes.length; i++) {
        const g = codes[i]!;
        if (g >= 0) made[g]![filled[g]!++] = i;
      }
      lists = made;
      memberCache.set(variable, lists);
    }
    return lists[group]!;
  };
  // The ids in one compact array: patterns list up to 1000 each, and reading them from the
  // scattered story objects every time costs more than this one pass.
  const storyIdOf = storyIds;
  /** The stories among `candidates` for which `shows` holds, up to maxStoryIds, and how many. */
  const ids = (shows: (i: number) => boolean, candidates?: Int32Array) => {
    const out: string[] = [];
    let count = 0;
    const total = candidates ? candidates.length : storyIds.length;
    for (let k = 0; k < total; k++) {
      const i = candidates ? candidates[k]! : k;
      if (!shows(i)) continue;
      count++;
      if (out.length < maxStoryIds) out.push(storyIdOf[i]!);
    }
    return { storyIds: out, storyCount: count };
  };
  /**
   * `ids` for the common case, without a call per story: the candidates whose value lies
   * strictly between low and high (NaN and −1 for missing fall outside every such range).
   * With `known`, the count the test's tallies give already: the walk stops at maxStoryIds.
   */
  const idsBetween = (
    values: Float64Array | Int32Array,
    low: number,
    high: number,
    candidates: Int32Array,
    known?: number,
  ) => {
    const out: string[] = [];
    let count = 0;
    const wanted = known === undefined ? Number.POSITIVE_INFINITY : Math.min(known, maxStoryIds);
    for (let k = 0; k < candidates.length && out.length < wanted; k++) {
      const i = candidates[k]!;
      const value = values[i]!;
      if (!(value > low && value < high)) continue;
      count++;
      if (out.length < maxStoryIds) out.push(storyIdOf[i]!);
    }
    return { storyIds: out, storyCount: known ?? count };
  };
  const n = storyIds.length;
  const base = (left: TVariable, right: TVariable, result: TestResult) => ({
    id: `${left.key}×${right.key}`,
    test: result.test,
    left: left.key,
    right: right.key,
    leftQuestion: left.question,
    rightQuestion: right.question,
    ...(result.statistic ? { statistic: result.statistic } : {}),
    ...(result.df ? { df: result.df } : {}),
    p: result.p,
    effect: result.effect ?? { measure: 'cramers-v' as const, value: 0 },
    ...(result.method ? { method: result.method } : {}),
  });

  // Counts per (level, group) of one test at a time: one buffer for the whole scan.
  let countScratch = new Float64Array(0);
  const numericByGroup = (left: TNumericVariable, right: TCategoricalVariable) => {
    const k = right.categories.length;
    const size = left.levelCount * k;
    if (countScratch.length < size) countScratch = new Float64Array(size * 2);
    const counts = countByLevelAndGroup(left.levels, left.levelCount, right.codes, k, countScratch);
    const answered = new Float64Array(k);
    for (let i = 0; i < counts.length; i++) answered[i % k]! += counts[i]!;
    const groups = prepareGroups(left, right, minGroupSize, undefined, answered);
    if (groups.includedList.length < 2) return groups;
    const sums = rankSumsFromCounts(counts, left.levelCount, k, groups.included);
    const [first, second] = groups.includedList as [number, number];
    const result =
      groups.includedList.length === 2
        ? mannWhitneyFromRanks(sums, first, second, (g) => {
            const values: number[] = [];
            for (let i = 0; i < n; i++)
              if (right.codes[i] === g && left.levels[i]! >= 0) values.push(left.values[i]!);
            return values;
          })
        : kruskalWallisFromRanks(sums);
    // The group whose mean rank differs most from the rest, and in which direction.
    let best = first;
    let bestGap = 0;
    for (const g of groups.includedList) {
      const size = sums.sizes[g]!;
      const rest = (sums.n * (sums.n + 1)) / 2 - sums.rankSums[g]!;
      const gap = sums.rankSums[g]! / size - rest / (sums.n - size);
      // Of two groups both differ equally: name the later one ("ja", the later collection).
      if (Math.abs(gap) > Math.abs(bestGap) || groups.includedList.length === 2) {
        best = g;
        bestGap = gap;
      }
    }
    const higher = bestGap > 0;
    /** Stories of the named group with a level in [from, to): from the counts, no pass. */
    const countInLevels = (from: number, to: number) => {
      let count = 0;
      for (let level = from; level < to; level++) count += counts[level * k + best]!;
      return count;
    };
    const middle = (sums.n + 1) / 2;
    // Mid-ranks rise with the level, so "rank above (below) the middle" is a level range.
    // A level no included story has gets rank 0 and no candidate has it: skipped.
    let firstAbove = left.levelCount;
    let lastBelow = -1;
    for (let level = 0; level < left.levelCount; level++) {
      const rank = sums.levelRanks[level]!;
      if (rank === 0) continue;
      if (rank < middle) lastBelow = level;
      if (rank > middle && firstAbove === left.levelCount) firstAbove = level;
    }
    const direction =
      left.kind === 'scale'
        ? higher
          ? `hoger (meer '${left.highLabel}')`
          : `lager (meer '${left.lowLabel}')`
        : `meer richting '${higher ? left.highLabel : left.lowLabel}'`;
    patterns.push({
      ...base(left, right, result),
      groupSizes: groups.groupSizes,
      excludedGroups: groups.excludedGroups,
      leftOut: groups.leftOut,
      description: `Bij ${groupPhrase(right, best)} staat '${left.questionLabel}' ${direction} dan bij ${othersPhrase(right, groups.includedList, best)}.`,
      ...(higher
        ? idsBetween(
            left.levels,
            firstAbove - 1,
            Number.POSITIVE_INFINITY,
            membersOf(right, best),
            countInLevels(firstAbove, left.levelCount),
          )
        : idsBetween(
            left.levels,
            -1,
            lastBelow + 1,
            membersOf(right, best),
            countInLevels(0, lastBelow + 1),
          )),
    });
    return groups;
  };

  const triadByGroup = (left: TTriadVariable, right: TCategoricalVariable) => {
    const k = right.categories.length;
    // Moments of every group in one pass; the tests below use the included ones only.
    const moments = ilrMoments(left.z1, left.z2, right.codes, k, new Uint8Array(k).fill(1));
    const groups = prepareGroups(left, right, minGroupSize, undefined, moments.n);
    if (groups.includedList.length < 2) return groups;
    const result =
      groups.includedList.length === 2
        ? hotellingFromMoments(moments, groups.includedList[0]!, groups.includedList[1]!)
        : manovaFromMoments(moments, groups.includedList);
    const sum1 = moments.a;
    const sum2 = moments.b;
    // Centre of each group against the centre of the rest: the corner that gains most.
    let total1 = 0;
    let total2 = 0;
    let total = 0;
    for (const g of groups.includedList) {
      total1 += sum1[g]!;
      total2 += sum2[g]!;
      total += moments.n[g]!;
    }
    let best = groups.includedList[0]!;
    let bestDistance = -1;
    let bestCorner = 0;
    let bestRest: Triad = { a: 1 / 3, b: 1 / 3, c: 1 / 3 };
    for (const g of groups.includedList) {
      const size = moments.n[g]!;
      const centre = ilrInverse(sum1[g]! / size, sum2[g]! / size);
      const rest = ilrInverse(
        (total1 - sum1[g]!) / (total - size),
        (total2 - sum2[g]!) / (total - size),
      );
      const d1 = sum1[g]! / size - (total1 - sum1[g]!) / (total - size);
      const d2 = sum2[g]! / size - (total2 - sum2[g]!) / (total - size);
      const distance = Math.hypot(d1, d2);
      if (distance > bestDistance || groups.includedList.length === 2) {
        bestDistance = distance;
        best = g;
        const ratios = [centre.a / rest.a, centre.b / rest.b, centre.c / rest.c];
        bestCorner = ratios.indexOf(Math.max(...ratios));
        bestRest = rest;
      }
    }
    const part = (t: Triad) => (bestCorner === 0 ? t.a : bestCorner === 1 ? t.b : t.c);
    patterns.push({
      ...base(left, right, result),
      groupSizes: groups.groupSizes,
      excludedGroups: groups.excludedGroups,
      leftOut: groups.leftOut,
      description: `Bij ${groupPhrase(right, best)} ligt '${left.questionLabel}' meer bij '${left.corners[bestCorner]}' dan bij ${othersPhrase(right, groups.includedList, best)}.`,
      ...idsBetween(
        left.parts[bestCorner]!,
        part(bestRest),
        Number.POSITIVE_INFINITY,
        membersOf(right, best),
      ),
    });
    return groups;
  };

  let tableIndex = 0;
  const choiceByGroup = (left: TCategoricalVariable, right: TCategoricalVariable) => {
    const columns = left.categories.length;
    const rows = right.categories.length;
    // Counts in one flat array, rows = groups of the grouping, columns = the choice's options.
    const flat = new Float64Array(rows * columns);
    const rowCodes = right.codes;
    const columnCodes = left.codes;
    for (let i = 0; i < n; i++) {
      const g = rowCodes[i]!;
      const c = columnCodes[i]!;
      if (g >= 0 && c >= 0) flat[g * columns + c]! += 1;
    }
    const answered = new Float64Array(rows);
    for (let i = 0; i < flat.length; i++) answered[Math.floor(i / columns)]! += flat[i]!;
    const groups = prepareGroups(left, right, minGroupSize, left.codes, answered);
    if (groups.includedList.length < 2) return groups;
    const table = groups.includedList.map((g) => [
      ...flat.subarray(g * columns, (g + 1) * columns),
    ]);
    tableIndex++;
    const result = testCategoricalAssociation(table, {
      monteCarlo: { replicates: MONTE_CARLO_REPLICATES, seed: seed + tableIndex },
    });
    const residuals =
      'standardizedResiduals' in result
        ? result.standardizedResiduals
        : chiSquareIndependence(table).standardizedResiduals;
    let row = 0;
    let column = left.binaryOf ? 1 : 0;
    let strongest = Number.NEGATIVE_INFINITY;
    residuals.forEach((line, r) => {
      line.forEach((value, c) => {
        // For a yes/no option, the "yes" column either way; else the largest positive residual.
        const score = left.binaryOf
          ? c === 1
            ? Math.abs(value)
            : Number.NEGATIVE_INFINITY
          : value;
        if (score > strongest) {
          strongest = score;
          row = r;
          column = c;
        }
      });
    });
    const group = groups.includedList[row]!;
    const more = (residuals[row]?.[column] ?? 0) >= 0;
    const description = left.binaryOf
      ? `Bij ${groupPhrase(right, group)} werd bij '${left.questionLabel}' ${more ? 'vaker' : 'minder vaak'} '${left.binaryOf.label}' gekozen dan bij ${othersPhrase(right, groups.includedList, group)}.`
      : `Bij ${groupPhrase(right, group)} werd bij '${left.questionLabel}' vaker '${left.categories[column]!.label}' gekozen dan bij ${othersPhrase(right, groups.includedList, group)}.`;
    const wantedCode = left.binaryOf ? (more ? 1 : 0) : column;
    patterns.push({
      ...base(left, right, result),
      groupSizes: groups.groupSizes,
      excludedGroups: groups.excludedGroups,
      leftOut: groups.leftOut,
      description,
      ...idsBetween(
        left.codes,
        wantedCode - 1,
        wantedCode + 1,
        membersOf(right, group),
        flat[group * columns + wantedCode],
      ),
    });
    return groups;
  };

  const skip = (left: TVariable, right: TVariable) =>
    skipped.push({
      left: left.key,
      right: right.key,
      reason: `Minder dan twee groepen met ten minste ${minGroupSize} verhalen.`,
    });

  const signifiers = variables.filter((v) => v.isSignifier);
  for (const left of signifiers) {
    for (const right of groupings) {
      if (right.question === left.question) continue;
      let groups: { includedList: number[] } | undefined;
      if (left.type === 'numeric') groups = numericByGroup(left, right);
      else if (left.type === 'triad') groups = triadByGroup(left, right);
      else {
        // Each unordered pair of choices once: a grouping that is itself a signifier earlier
        // in the list has already been the left side of this pair.
        if (right.isSignifier && signifiers.indexOf(right) < signifiers.indexOf(left)) continue;
        groups = choiceByGroup(left, right);
      }
      if (groups.includedList.length < 2) skip(left, right);
    }
  }

  // Spearman for dyads, scales and numbers; a stone's position is about one place on one
  // map, and pairing its axes with everything would add many tests and little meaning.
  const numeric = signifiers.filter(
    (v): v is TNumericVariable => v.type === 'numeric' && v.kind !== 'stones',
  );
  for (let a = 0; a < numeric.length; a++) {
    for (let b = a + 1; b < numeric.length; b++) {
      const x = numeric[a]!;
      const y = numeric[b]!;
      const { result, rx, ry, use } = spearmanWithRanks(x, y);
      const pairs = result.groupSizes[0] ?? 0;
      if (pairs < minGroupSize || Number.isNaN(result.statistic?.value)) {
        skipped.push({
          left: x.key,
          right: y.key,
          reason: Number.isNaN(result.statistic?.value)
            ? 'Een van beide heeft maar één waarde.'
            : `Minder dan ${minGroupSize} verhalen met beide antwoorden.`,
        });
        continue;
      }
      const rho = result.statistic?.value ?? 0;
      const middle = (pairs + 1) / 2;
      const behind = (i: number) =>
        !!use[i] && rx[x.levels[i]!]! > middle && ry[y.levels[i]!]! > middle === rho > 0;
      patterns.push({
        ...base(x, y, result),
        groupSizes: [{ group: 'paren', label: 'Verhalen met beide antwoorden', n: pairs }],
        excludedGroups: [],
        leftOut: { notApplicable: 0, dontKnow: 0 },
        description: `Hoe meer '${x.highLabel}' bij '${x.questionLabel}', hoe meer '${rho > 0 ? y.highLabel : y.lowLabel}' bij '${y.questionLabel}'.`,
        ...ids(behind),
      });
    }
  }

  const q = adjustBenjaminiHochberg(patterns.map((p) => p.p));
  const ranked: TPattern[] = patterns.map((p, i) => ({ ...p, q: q[i] ?? 1 }));
  // By q, then p: below significance many q's tie at one value, and effect sizes of
  // different tests (V, ε², D², ρ) are on different scales, so they cannot order them.
  ranked.sort((x, y) => x.q - y.q || x.p - y.p || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { patterns: ranked, skipped };
}
