import { z } from 'zod';

export interface TJsonBounds {
  /** Levels of arrays and objects; a scalar is depth 0, `{ a: [1] }` depth 2. */
  maxDepth: number;
  /** Bytes of the value as UTF-8 JSON. */
  maxBytes: number;
}

// Buffer.byteLength counts the UTF-8 bytes without making them (TextEncoder.encode made a
// Uint8Array for every string and key of every answer: 1.5 % of the server's CPU per story).
const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * How deep a value nests and how many bytes its JSON takes, walked without recursion, so a
 * value nested 100 000 levels costs a loop, not a stack overflow (issue 11: depth 6 000
 * made JSON.stringify throw, a 500). Stops as soon as a bound is passed.
 */
export function measureJson(
  value: unknown,
  bounds: TJsonBounds,
): { ok: true; bytes: number } | { ok: false; problem: 'depth' | 'size' | 'type' } {
  let bytes = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || item === true) bytes += 4;
    else if (item === false) bytes += 5;
    else if (typeof item === 'number') {
      if (!Number.isFinite(item)) return { ok: false, problem: 'type' };
      bytes += String(item).length;
    } else if (typeof item === 'string') bytes += utf8Bytes(JSON.stringify(item));
    else if (typeof item === 'object') {
      if (depth + 1 > bounds.maxDepth) return { ok: false, problem: 'depth' };
      const prototype = Object.getPrototypeOf(item);
      if (Array.isArray(item)) {
        bytes += 2 + Math.max(0, item.length - 1);
        for (const element of item) stack.push([element, depth + 1]);
      } else if (prototype === Object.prototype || prototype === null) {
        const entries = Object.entries(item);
        bytes += 2 + Math.max(0, entries.length - 1);
        for (const [key, element] of entries) {
          bytes += utf8Bytes(JSON.stringify(key)) + 1;
          stack.push([element, depth + 1]);
        }
      } else return { ok: false, problem: 'type' };
    } else return { ok: false, problem: 'type' };
    if (bytes > bounds.maxBytes) return { ok: false, problem: 'size' };
  }
  return { ok: true, bytes };
}

/**
 * A JSON value of bounded depth and size, for every place where an anonymous caller can
 * store JSON the schema does not describe field by field (answers, drafts). Use it
 * instead of `z.unknown()`; the messages name the bound that was passed.
 */
export function zBoundedJson(bounds: TJsonBounds) {
  return z.unknown().superRefine((value, ctx) => {
    const measured = measureJson(value, bounds);
    if (measured.ok) return;
    const message = {
      depth: `Dit antwoord is te diep genest: hooguit ${bounds.maxDepth} niveaus.`,
      size: `Dit antwoord is te groot: hooguit ${Math.round(bounds.maxBytes / 1024)} kB.`,
      type: 'Dit antwoord is geen gewone tekst, getal, lijst of keuze.',
    }[measured.problem];
    ctx.addIssue({ code: 'custom', message });
  });
}

/** What one signifier answer may be: a stone map `{ id: { x, y } }` is depth 2. */
export const ANSWER_JSON_BOUNDS: TJsonBounds = { maxDepth: 8, maxBytes: 256 * 1024 };
