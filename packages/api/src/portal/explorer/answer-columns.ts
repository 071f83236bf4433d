import type { TVariable } from '@duiding/analytics';
import { DONT_KNOW, NOT_APPLICABLE, type TQuestion } from '@duiding/survey';

/*
 * A question's answers for the explorer's charts and filters, kept as typed arrays instead
 * of 100 000 parsed answer objects. `at(i)` gives the answer of the story at position i as
 * it was stored (undefined when there is none). Triads, dyads, scales, numbers and stones
 * are read back from the scan's columns (the same doubles); a choice keeps an option code.
 * An answer that these arrays cannot give back exactly (null, an unknown option, an
 * "other" text, a multi-select out of the options' order, an empty stones field) is kept
 * as it was in a small map beside them, so that every chart sees what it saw before.
 */

export interface TAnswerColumn {
  at(i: number): unknown;
  /** One-choice questions: per story the option's index, or −1 when `at` is needed. */
  optionCodes: Int16Array | null;
}

export interface TAnswerEncoder {
  add(i: number, raw: unknown): void;
  /**
   * The column of the first `stories` positions, given the scan's columns of the same
   * stories; again after more were added, for all of them.
   */
  finish(variables: readonly TVariable[], stories: number): TAnswerColumn;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function hasExactly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  let count = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (!keys.includes(key) || typeof value[key] !== 'number') return false;
    count++;
  }
  return count === keys.length;
}

const TRIAD_KEYS = ['a', 'b', 'c'] as const;
const STONE_KEYS = ['x', 'y'] as const;
// The scan's column status codes (ANSWERED, NOT_APPLICABLE_STATUS, DONT_KNOW_STATUS).
const ANSWERED = 0;
const NA = 1;
const DK = 2;

/**
 * The encoder of one question's answers for up to n stories; null for open (text)
 * questions.
 */
export function answerEncoder(
  question: TQuestion,
  isSignifier: boolean,
  n: number,
): TAnswerEncoder | null {
  const odd = new Map<number, unknown>();
  const variableOf = (variables: readonly TVariable[], key: string) => {
    const found = variables.find((v) => v.key === key && v.isSignifier === isSignifier);
    if (!found) throw new Error(`no column ${key}`);
    return found;
  };
  switch (question.kind) {
    case 'choice': {
      const ids = question.options.map((o) => o.id);
      const index = new Map(ids.map((id, k) => [id, k]));
      if (!question.multiple) {
        // ≥ 0 an option; −1 none; −2 not applicable; −3 in `odd`.
        const codes = new Int16Array(n).fill(-1);
        return {
          add(i, raw) {
            if (raw === undefined) return;
            const code = typeof raw === 'string' ? index.get(raw) : undefined;
            if (code !== undefined) codes[i] = code;
            else if (raw === NOT_APPLICABLE) codes[i] = -2;
            else {
              codes[i] = -3;
              odd.set(i, raw);
            }
          },
          finish: (_, stories) => ({
            optionCodes: stories === n ? codes : codes.subarray(0, stories),
            at(i) {
              const code = codes[i]!;
              if (code >= 0) return ids[code];
              if (code === -1) return undefined;
              return code === -2 ? NOT_APPLICABLE : odd.get(i);
            },
          }),
        };
      }
      // The options chosen as bits, when they are listed in the options' order; −1 none.
      const masks = new Int32Array(n).fill(-1);
      const fits = ids.length <= 30;
      const lists = new Map<number, string[]>();
      return {
        add(i, raw) {
          if (raw === undefined) return;
          let mask = fits && Array.isArray(raw) ? 0 : -2;
          let last = -1;
          for (let s = 0; mask >= 0 && s < (raw as unknown[]).length; s++) {
            const value = (raw as unknown[])[s];
            const code = typeof value === 'string' ? index.get(value) : undefined;
            if (code === undefined || code <= last) mask = -2;
            else {
              mask |= 1 << code;
              last = code;
            }
          }
          masks[i] = mask;
          if (mask === -2) odd.set(i, raw);
        },
        finish: () => ({
          optionCodes: null,
          at(i) {
            const mask = masks[i]!;
            if (mask === -1) return undefined;
            if (mask === -2) return odd.get(i);
            // One list per combination, shared: readers do not change answers.
            let list = lists.get(mask);
            if (!list) {
              list = ids.filter((_, k) => (mask & (1 << k)) !== 0);
              lists.set(mask, list);
            }
            return list;
          },
        }),
      };
    }
    case 'triad':
      return {
        add(i, raw) {
          if (raw === undefined || raw === NOT_APPLICABLE) return;
          if (!isPlainObject(raw) || !hasExactly(raw, TRIAD_KEYS)) odd.set(i, raw);
        },
        finish(variables) {
          const variable = variableOf(variables, question.id);
          if (variable.type !== 'triad') throw new Error(`${question.id} is not a triad column`);
          const { status, parts } = variable;
          const [a, b, c] = parts;
          return {
            optionCodes: null,
            at(i) {
              if (odd.size > 0 && odd.has(i)) return odd.get(i);
              const s = status[i];
              if (s === ANSWERED) return { a: a[i]!, b: b[i]!, c: c[i]! };
              return s === NA ? NOT_APPLICABLE : undefined;
            },
          };
        },
      };
    case 'dyad':
    case 'scale':
    case 'number':
      return {
        add(i, raw) {
          if (raw === undefined || typeof raw === 'number') return;
          if (raw !== NOT_APPLICABLE && raw !== DONT_KNOW) odd.set(i, raw);
        },
        finish(variables) {
          const variable = variableOf(variables, question.id);
          if (variable.type !== 'numeric') throw new Error(`${question.id} is not numeric`);
          const { status, values } = variable;
          return {
            optionCodes: null,
            at(i) {
              if (odd.size > 0 && odd.has(i)) return odd.get(i);
              const s = status[i];
              if (s === ANSWERED) return values[i];
              return s === NA ? NOT_APPLICABLE : s === DK ? DONT_KNOW : undefined;
            },
          };
        },
      };
    case 'stones': {
      const stoneIds = question.stones.map((s) => s.id);
      return {
        add(i, raw) {
          if (raw === undefined) return;
          let canonical = isPlainObject(raw);
          let placed = 0;
          if (canonical) {
            for (const key in raw as Record<string, unknown>) {
              const stone = (raw as Record<string, unknown>)[key];
              if (
                !Object.hasOwn(raw as object, key) ||
                !stoneIds.includes(key) ||
                !isPlainObject(stone) ||
                !hasExactly(stone, STONE_KEYS)
              ) {
                canonical = false;
                break;
              }
              placed++;
            }
          }
          if (!canonical || placed === 0) odd.set(i, raw);
        },
        finish(variables) {
          const axes = stoneIds.map((id) => {
            const x = variableOf(variables, `${question.id}:${id}:x`);
            const y = variableOf(variables, `${question.id}:${id}:y`);
            if (x.type !== 'numeric' || y.type !== 'numeric') throw new Error('stones column');
            return { id, status: x.status, x: x.values, y: y.values };
          });
          return {
            optionCodes: null,
            at(i) {
              if (odd.size > 0 && odd.has(i)) return odd.get(i);
              let value: Record<string, { x: number; y: number }> | undefined;
              for (const axis of axes) {
                if (axis.status[i] !== ANSWERED) continue;
                value ??= {};
                value[axis.id] = { x: axis.x[i]!, y: axis.y[i]! };
              }
              return value;
            },
          };
        },
      };
    }
    case 'text':
      return null;
  }
}
