import {
  DONT_KNOW,
  localize,
  NOT_APPLICABLE,
  readChoice,
  type TChoiceValue,
  type TFramework,
  type TLocalizedText,
  type TQuestion,
} from '@duiding/survey';
import { inferTriadResolution, type Triad, ZERO_REPLACEMENT_FACTOR } from '../triad';
import { ilrInto } from '../triad/ilr-sample.ts';
import type { TScanStory } from './types';

/** Per story: 0 answered, 1 not applicable, 2 don't know, 3 not answered. */
export const ANSWERED = 0;
export const NOT_APPLICABLE_STATUS = 1;
export const DONT_KNOW_STATUS = 2;
export const UNANSWERED = 3;

export interface TCategory {
  id: string;
  label: string;
}

interface TVariableBase {
  /** How patterns name it: `rol`, `fase:hulp_zoeken`, `plekken:school:x`, `channel`. */
  key: string;
  question: string;
  questionLabel: string;
  /** A question about the story (can be the left side of a pattern). */
  isSignifier: boolean;
  status: Uint8Array;
}

export interface TCategoricalVariable extends TVariableBase {
  type: 'categorical';
  categories: TCategory[];
  /** Category index, −1 when not in a category (see status). */
  codes: Int32Array;
  /** A yes/no variable made from one option of a multi-select question. */
  binaryOf?: TCategory;
  /** The categories are the values present (a story's collection or channel), not a list of options. */
  present?: true;
}

export interface TNumericVariable extends TVariableBase {
  type: 'numeric';
  kind: 'dyad' | 'scale' | 'stones' | 'number';
  lowLabel: string;
  highLabel: string;
  values: Float64Array;
  /** Index of the value among the sorted distinct values, −1 when missing. */
  levels: Int32Array;
  levelCount: number;
}

export interface TTriadVariable extends TVariableBase {
  type: 'triad';
  corners: [string, string, string];
  /** The parts a, b, c of each triad as given, NaN when missing. */
  parts: [Float64Array, Float64Array, Float64Array];
  resolution: number;
  /** ilr coordinates after zero replacement, NaN when missing. */
  z1: Float64Array;
  z2: Float64Array;
}

export type TVariable = TCategoricalVariable | TNumericVariable | TTriadVariable;

const nl = (text: TLocalizedText) => localize(text, { locale: 'nl' });

/** Option ids that mean "don't know": left out of tests like the scale's "weet ik niet". */
const DONT_KNOW_OPTIONS = new Set(['weet_ik_niet', 'weet_niet', 'geen_idee', 'onbekend']);

const CHANNEL_LABELS: Record<string, string> = {
  web: 'Online',
  assisted: 'Met hulp',
  paper: 'Op papier',
  import: 'Via import',
};

function isChoiceValue(raw: unknown): raw is TChoiceValue {
  return (
    typeof raw === 'string' ||
    Array.isArray(raw) ||
    (typeof raw === 'object' && raw !== null && 'selected' in raw)
  );
}

/**
 * Up to 5 000 triads spread evenly over the column: enough to see the grid the answers
 * lie on (1/100, 1/1000, …) without testing every value of a large collection.
 */
function resolutionSample(
  parts: readonly [Float64Array, Float64Array, Float64Array],
): (Triad | null)[] {
  const [a, b, c] = parts;
  const step = Math.max(1, Math.floor(a.length / 5000));
  const sample: (Triad | null)[] = [];
  for (let i = 0; i < a.length; i += step) {
    sample.push(Number.isNaN(a[i]!) ? null : { a: a[i]!, b: b[i]!, c: c[i]! });
  }
  return sample;
}

/** Distinct values at most this many: levels by a hash table; more (continuous data): by sorting. */
const HASHED_LEVELS = 4096;
const HASH_SLOTS = HASHED_LEVELS * 4;
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

function slotOf(value: number): number {
  bits[0] = value;
  return (
    (Math.imul(words[0]! ^ Math.imul(words[1]!, 0x85ebca6b), 0x9e3779b1) >>> 0) & (HASH_SLOTS - 1)
  );
}

/**
 * Each value's level (its index among the sorted distinct values, −1 for NaN) through an
 * open-addressing table of the distinct values: two passes and a sort of the few distinct
 * values, instead of sorting every value. Null when there are more than HASHED_LEVELS.
 */
function hashedLevels(values: Float64Array): { levels: Int32Array; levelCount: number } | null {
  const keys = new Float64Array(HASH_SLOTS);
  const used = new Uint8Array(HASH_SLOTS);
  const level = new Int32Array(HASH_SLOTS);
  const distinct = new Float64Array(HASHED_LEVELS);
  let count = 0;
  const n = values.length;
  // Each value's slot, so that the second pass need not hash again (−1 for NaN).
  const slots = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // +0 for −0, so that both are one level, as the sort below and === have it.
    const value = values[i]! + 0;
    if (Number.isNaN(value)) {
      slots[i] = -1;
      continue;
    }
    let slot = slotOf(value);
    while (used[slot] === 1 && keys[slot] !== value) slot = (slot + 1) & (HASH_SLOTS - 1);
    slots[i] = slot;
    if (used[slot] === 1) continue;
    if (count === HASHED_LEVELS) return null;
    used[slot] = 1;
    keys[slot] = value;
    distinct[count++] = value;
  }
  const sorted = distinct.subarray(0, count).sort();
  for (let k = 0; k < count; k++) {
    const value = sorted[k]!;
    let slot = slotOf(value);
    while (keys[slot] !== value) slot = (slot + 1) & (HASH_SLOTS - 1);
    level[slot] = k;
  }
  const levels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    levels[i] = slot < 0 ? -1 : level[slot]!;
  }
  return { levels, levelCount: count };
}

/** Sorted distinct values and each value's level, for rank tests that share one sort. */
export function levelsOf(values: Float64Array): { levels: Int32Array; levelCount: number } {
  const hashed = hashedLevels(values);
  if (hashed) return hashed;
  let count = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) count++;
  const present = new Float64Array(count);
  count = 0;
  for (let i = 0; i < values.length; i++)
    if (!Number.isNaN(values[i]!)) present[count++] = values[i]!;
  present.sort();
  const distinct: number[] = [];
  for (let i = 0; i < present.length; i++) {
    if (i === 0 || present[i] !== present[i - 1]) distinct.push(present[i]!);
  }
  const sorted = Float64Array.from(distinct);
  const levels = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) {
      levels[i] = -1;
      continue;
    }
    let low = 0;
    let high = sorted.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < v) low = middle + 1;
      else high = middle;
    }
    levels[i] = low;
  }
  return { levels, levelCount: distinct.length };
}

function numericVariable(
  base: Omit<TNumericVariable, 'type' | 'levels' | 'levelCount'>,
): TNumericVariable {
  return { type: 'numeric', ...base, ...levelsOf(base.values) };
}

/**
 * ilr coordinates of a triad column after zero replacement, with the resolution inferred
 * from the column itself (so a subset of stories gets its own, as a scan of it would).
 */
function triadCoordinates(
  parts: [Float64Array, Float64Array, Float64Array],
  status: Uint8Array,
  answered: number,
): { resolution: number; z1: Float64Array; z2: Float64Array } {
  const n = status.length;
  const z1 = new Float64Array(n).fill(Number.NaN);
  const z2 = new Float64Array(n).fill(Number.NaN);
  const resolution = answered > 0 ? inferTriadResolution(resolutionSample(parts)) : 0.01;
  if (answered > 0) {
    // As ilrSample does (same function per triad), straight into the story's slot.
    if (!(resolution > 0 && resolution < 1 / 3)) {
      throw new RangeError(`triad resolution must be in (0, 1/3), got ${resolution}`);
    }
    const delta = ZERO_REPLACEMENT_FACTOR * resolution;
    const [pa, pb, pc] = parts;
    for (let i = 0; i < n; i++) {
      if (status[i] !== ANSWERED) continue;
      ilrInto(pa[i]!, pb[i]!, pc[i]!, delta, z1, z2, i);
    }
  }
  return { resolution, z1, z2 };
}

/**
 * A story's collection or channel as a grouping: the categories are the ids present,
 * sorted, so a subset of stories has only its own.
 */
export function storyMetaVariable(
  key: 'collection' | 'channel',
  ids: readonly string[],
  collectionLabels: Readonly<Record<string, string>> = {},
): TCategoricalVariable {
  const distinct = [...new Set(ids)];
  const first = new Map(distinct.map((id, c) => [id, c]));
  const codes = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) codes[i] = first.get(ids[i]!)!;
  return metaVariable(key, distinct, codes, collectionLabels);
}

/** The grouping from codes into `distinct` (ids in any order); renumbered to sorted ids. */
function metaVariable(
  key: 'collection' | 'channel',
  distinct: readonly string[],
  codes: Int32Array,
  collectionLabels: Readonly<Record<string, string>>,
): TCategoricalVariable {
  const sorted = [...distinct].sort();
  const rank = new Map(sorted.map((id, i) => [id, i]));
  const renumber = Int32Array.from(distinct, (id) => rank.get(id)!);
  // Into an array of its own: the codes of first sight stay, for stories added later.
  const sortedCodes = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) sortedCodes[i] = renumber[codes[i]!]!;
  return {
    type: 'categorical',
    key,
    question: key,
    questionLabel: key === 'collection' ? 'Verzameling' : 'Kanaal',
    isSignifier: false,
    categories: sorted.map((id) => ({
      id,
      label: key === 'collection' ? (collectionLabels[id] ?? id) : (CHANNEL_LABELS[id] ?? id),
    })),
    codes: sortedCodes,
    status: new Uint8Array(codes.length),
    present: true,
  };
}

/**
 * The columns of the stories at `rows` (positions, ascending), exactly as buildVariables
 * would make them from those stories alone: per-story encodings are gathered; what depends
 * on the set (numeric levels, a triad's resolution, the collections present) is redone.
 */
export function subsetVariables(variables: readonly TVariable[], rows: Int32Array): TVariable[] {
  const m = rows.length;
  // Every story, in order (an unfiltered view): the columns as they are.
  let every = variables.every((v) => v.status.length === m);
  for (let k = 0; every && k < m; k++) every = rows[k] === k;
  if (every) return [...variables];
  const gathered = new Map<ArrayLike<number>, Uint8Array | Int32Array | Float64Array>();
  function gather<T extends Uint8Array | Int32Array | Float64Array>(column: T): T {
    let out = gathered.get(column) as T | undefined;
    if (!out) {
      out = new (column.constructor as new (size: number) => T)(m);
      for (let k = 0; k < m; k++) out[k] = column[rows[k]!]!;
      gathered.set(column, out);
    }
    return out;
  }
  return variables.map((variable): TVariable => {
    const status = gather(variable.status);
    if (variable.type === 'categorical') {
      const codes = gather(variable.codes);
      if (!variable.present) return { ...variable, codes, status };
      const seen = new Uint8Array(variable.categories.length);
      for (let k = 0; k < m; k++) seen[codes[k]!] = 1;
      const categories = variable.categories.filter((_, c) => seen[c] === 1);
      const renumbered = new Int32Array(seen.length);
      let next = 0;
      for (let c = 0; c < seen.length; c++) renumbered[c] = seen[c] ? next++ : -1;
      const compact = new Int32Array(m);
      for (let k = 0; k < m; k++) compact[k] = renumbered[codes[k]!]!;
      return { ...variable, categories, codes: compact, status };
    }
    if (variable.type === 'numeric') {
      const values = gather(variable.values);
      return { ...variable, values, status, ...levelsOf(values) };
    }
    const parts: [Float64Array, Float64Array, Float64Array] = [
      gather(variable.parts[0]),
      gather(variable.parts[1]),
      gather(variable.parts[2]),
    ];
    let answered = 0;
    for (let k = 0; k < m; k++) if (status[k] === ANSWERED) answered++;
    return { ...variable, parts, status, ...triadCoordinates(parts, status, answered) };
  });
}

/** What a column builder is given of each story, in the columns' order. */
export type TColumnStory = Pick<
  TScanStory,
  'collectionId' | 'channel' | 'answers' | 'participantAnswers'
>;

/** Puts one story's answer to a question into the typed arrays at position i. */
type TEncode = (i: number, raw: unknown) => void;

/**
 * Typed columns built one story at a time (`add`), so that a server can stream stories
 * from its database and never hold their parsed answers all at once; `finish` does what
 * depends on the whole set (numeric levels, a triad's resolution and ilr coordinates, the
 * collections and channels present). `buildVariables` is this over an array.
 *
 * Room may be made for more stories than are added at first (`capacity`): more can then be
 * added after a `finish` (a server's new stories, at the end) and `finish` called again,
 * which gives the columns of all stories added so far as if built at once. Each `finish`
 * gives views of the same arrays, so a later `add` past its stories leaves it unchanged.
 */
export function variableBuilder(framework: TFramework, capacity: number) {
  const n = capacity;
  const questions: { question: TQuestion; participant: boolean }[] = [
    ...framework.signifiers.map((question) => ({ question, participant: false })),
    ...framework.participantQuestions.map((question) => ({ question, participant: true })),
  ];
  // Per question: how to encode an answer, and how to make its variables at the end.
  const encoders: { id: string; participant: boolean; encode: TEncode }[] = [];
  const finishers: (() => TVariable[])[] = [];
  // The first `count` entries of an array, one view per array and finish (arrays shared
  // between variables stay shared, as subsetVariables expects).
  let views = new Map<object, unknown>();
  let count = n;
  function view<T extends Uint8Array | Int32Array | Float64Array>(array: T): T {
    if (array.length === count) return array;
    let out = views.get(array) as T | undefined;
    if (!out) {
      out = array.subarray(0, count) as T;
      views.set(array, out);
    }
    return out;
  }
  for (const { question, participant } of questions) {
    const base = {
      question: question.id,
      questionLabel: nl(question.label),
      isSignifier: !participant,
    };
    const add = (encode: TEncode, finish: () => TVariable[]) => {
      encoders.push({ id: question.id, participant, encode });
      finishers.push(finish);
    };
    switch (question.kind) {
      case 'choice': {
        const options = question.options.map((o) => ({ id: o.id, label: nl(o.label) }));
        const optionIndex = new Map(options.map((o, i) => [o.id, i]));
        if (!question.multiple) {
          const dontKnow = Uint8Array.from(options, (o) => (DONT_KNOW_OPTIONS.has(o.id) ? 1 : 0));
          const codes = new Int32Array(n).fill(-1);
          const status = new Uint8Array(n).fill(UNANSWERED);
          add(
            (i, raw) => {
              if (!isChoiceValue(raw)) return;
              // Most answers are a plain option id; readChoice only for the other forms.
              const id = typeof raw === 'string' ? raw : readChoice(raw).selected[0];
              const code = id === undefined ? undefined : optionIndex.get(id);
              if (code === undefined) return;
              if (dontKnow[code] === 1) status[i] = DONT_KNOW_STATUS;
              else {
                codes[i] = code;
                status[i] = ANSWERED;
              }
            },
            () => [
              {
                type: 'categorical',
                key: question.id,
                ...base,
                categories: options,
                codes: view(codes),
                status: view(status),
              },
            ],
          );
        } else {
          const columns = options.map(() => new Int32Array(n).fill(-1));
          const status = new Uint8Array(n).fill(UNANSWERED);
          add(
            (i, raw) => {
              if (!isChoiceValue(raw)) return;
              const selected = Array.isArray(raw) ? raw : readChoice(raw).selected;
              status[i] = ANSWERED;
              for (let k = 0; k < columns.length; k++) columns[k]![i] = 0;
              for (let s = 0; s < selected.length; s++) {
                const code = optionIndex.get(selected[s]!);
                if (code !== undefined) columns[code]![i] = 1;
              }
            },
            () =>
              options.flatMap((option, k): TVariable[] =>
                DONT_KNOW_OPTIONS.has(option.id)
                  ? []
                  : [
                      {
                        type: 'categorical',
                        key: `${question.id}:${option.id}`,
                        ...base,
                        categories: [
                          { id: 'nee', label: `niet '${option.label}'` },
                          { id: 'ja', label: `'${option.label}'` },
                        ],
                        codes: view(columns[k]!),
                        status: view(status),
                        binaryOf: option,
                      },
                    ],
              ),
          );
        }
        break;
      }
      case 'dyad':
      case 'scale':
      case 'number': {
        const values = new Float64Array(n).fill(Number.NaN);
        const status = new Uint8Array(n).fill(UNANSWERED);
        const [lowLabel, highLabel] =
          question.kind === 'dyad'
            ? [nl(question.left), nl(question.right)]
            : question.kind === 'scale'
              ? [
                  question.pointLabels?.['1'] ? nl(question.pointLabels['1']) : 'laag',
                  question.pointLabels?.[String(question.points)]
                    ? nl(question.pointLabels[String(question.points)]!)
                    : 'hoog',
                ]
              : ['laag', 'hoog'];
        add(
          (i, raw) => {
            if (typeof raw === 'number') {
              values[i] = raw;
              status[i] = ANSWERED;
            } else if (raw === NOT_APPLICABLE) status[i] = NOT_APPLICABLE_STATUS;
            else if (raw === DONT_KNOW) status[i] = DONT_KNOW_STATUS;
          },
          () => [
            numericVariable({
              key: question.id,
              ...base,
              kind: question.kind,
              lowLabel,
              highLabel,
              values: view(values),
              status: view(status),
            }),
          ],
        );
        break;
      }
      case 'stones': {
        // Each answer fills both axes of every stone it placed.
        const axes = question.stones.map(() => ({
          x: new Float64Array(n).fill(Number.NaN),
          y: new Float64Array(n).fill(Number.NaN),
          status: new Uint8Array(n).fill(UNANSWERED),
        }));
        const stoneIds = question.stones.map((stone) => stone.id);
        add(
          (i, raw) => {
            if (typeof raw !== 'object' || raw === null) return;
            const placedStones = raw as Record<string, { x: number; y: number } | undefined>;
            for (let k = 0; k < stoneIds.length; k++) {
              const placed = placedStones[stoneIds[k]!];
              if (!placed) continue;
              const column = axes[k]!;
              column.x[i] = placed.x;
              column.y[i] = placed.y;
              column.status[i] = ANSWERED;
            }
          },
          () =>
            question.stones.flatMap((stone, k) =>
              (['x', 'y'] as const).map((axis) => {
                const labels = question[axis];
                return numericVariable({
                  key: `${question.id}:${stone.id}:${axis}`,
                  ...base,
                  questionLabel: `${base.questionLabel} – ${nl(stone.label)} (${axis === 'x' ? 'horizontaal' : 'verticaal'})`,
                  kind: 'stones',
                  lowLabel: nl(labels.low),
                  highLabel: nl(labels.high),
                  values: view(axes[k]![axis]),
                  status: view(axes[k]!.status),
                });
              }),
            ),
        );
        break;
      }
      case 'triad': {
        const status = new Uint8Array(n).fill(UNANSWERED);
        const parts: [Float64Array, Float64Array, Float64Array] = [
          new Float64Array(n).fill(Number.NaN),
          new Float64Array(n).fill(Number.NaN),
          new Float64Array(n).fill(Number.NaN),
        ];
        let answered = 0;
        add(
          (i, raw) => {
            if (raw === NOT_APPLICABLE) status[i] = NOT_APPLICABLE_STATUS;
            else if (
              typeof raw === 'object' &&
              raw !== null &&
              'a' in raw &&
              'b' in raw &&
              'c' in raw
            ) {
              const triad = raw as Triad;
              parts[0][i] = triad.a;
              parts[1][i] = triad.b;
              parts[2][i] = triad.c;
              status[i] = ANSWERED;
              answered++;
            }
          },
          () => {
            const shown: [Float64Array, Float64Array, Float64Array] = [
              view(parts[0]),
              view(parts[1]),
              view(parts[2]),
            ];
            const { resolution, z1, z2 } = triadCoordinates(shown, view(status), answered);
            return [
              {
                type: 'triad',
                key: question.id,
                ...base,
                corners: question.corners.map((c) => nl(c.label)) as [string, string, string],
                parts: shown,
                resolution,
                z1,
                z2,
                status: view(status),
              },
            ];
          },
        );
        break;
      }
      case 'text':
        break;
    }
  }
  const storyEncoders = encoders.filter((e) => !e.participant);
  const participantEncoders = encoders.filter((e) => e.participant);
  // Collections and channels as codes of the ids in order of first sight, sorted at the end.
  const meta = (['collection', 'channel'] as const).map((key) => ({
    key,
    seen: new Map<string, number>(),
    codes: new Int32Array(n),
  }));
  const code = (of: (typeof meta)[number], id: string) => {
    let c = of.seen.get(id);
    if (c === undefined) {
      c = of.seen.size;
      of.seen.set(id, c);
    }
    return c;
  };
  let added = 0;
  return {
    /** The story at position i (each position once, 0 ≤ i < capacity, in order of i). */
    add(i: number, story: TColumnStory): void {
      const { answers, participantAnswers } = story;
      for (let q = 0; q < storyEncoders.length; q++) {
        const e = storyEncoders[q]!;
        e.encode(i, answers[e.id]);
      }
      for (let q = 0; q < participantEncoders.length; q++) {
        const e = participantEncoders[q]!;
        e.encode(i, participantAnswers[e.id]);
      }
      meta[0]!.codes[i] = code(meta[0]!, story.collectionId);
      meta[1]!.codes[i] = code(meta[1]!, story.channel);
      added++;
    },
    /** The columns of the first `stories` positions (by default all the capacity). */
    finish(collectionLabels: Readonly<Record<string, string>> = {}, stories = n): TVariable[] {
      if (added !== stories) throw new RangeError(`${stories} stories announced, ${added} added`);
      count = stories;
      views = new Map();
      const variables = finishers.flatMap((finish) => finish());
      for (const { key, seen, codes } of meta) {
        variables.push(metaVariable(key, [...seen.keys()], view(codes), collectionLabels));
      }
      return variables;
    },
  };
}

/** Typed columns, one pass over the stories: the scan never re-reads answers. */
export function buildVariables(
  framework: TFramework,
  stories: readonly TScanStory[],
  collectionLabels: Readonly<Record<string, string>> = {},
): TVariable[] {
  const builder = variableBuilder(framework, stories.length);
  for (let i = 0; i < stories.length; i++) builder.add(i, stories[i]!);
  return builder.finish(collectionLabels);
}
