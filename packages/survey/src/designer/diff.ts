import type { TFramework, TQuestion } from '../framework';
import { formatPath } from './texts';

export type TFrameworkChange =
  | { kind: 'added'; area: TDiffArea; id: string; label: string }
  | { kind: 'removed'; area: TDiffArea; id: string; label: string }
  | { kind: 'moved'; area: TDiffArea; id: string; label: string; from: number; to: number }
  | { kind: 'changed'; area: TDiffArea; id: string; label: string; paths: string[] };

export type TDiffArea = 'framework' | 'prompts' | 'signifiers' | 'participantQuestions';

export const DIFF_AREA_LABELS: Record<TDiffArea, string> = {
  framework: 'Vragenlijst',
  prompts: 'Vertelvragen',
  signifiers: 'Vragen over het verhaal',
  participantQuestions: 'Vragen over de verteller',
};

/** Leaf paths where two JSON values differ (a missing key counts as a difference). */
export function changedPaths(a: unknown, b: unknown, path: PropertyKey[] = []): string[] {
  if (Object.is(a, b)) return [];
  const bothArrays = Array.isArray(a) && Array.isArray(b);
  const bothObjects =
    typeof a === 'object' &&
    typeof b === 'object' &&
    a !== null &&
    b !== null &&
    !Array.isArray(a) &&
    !Array.isArray(b);
  if (bothArrays) {
    const out: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      out.push(...changedPaths(a[i], b[i], [...path, i]));
    return out;
  }
  if (bothObjects) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out: string[] = [];
    for (const key of keys)
      out.push(
        ...changedPaths((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [
          ...path,
          key,
        ]),
      );
    return out;
  }
  return [formatPath(path) || '(geheel)'];
}

/** Indices of a longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestOrderedRun(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const run: number[] = [];
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] as number) run.unshift(i);
  return run;
}

function diffList<T extends { id: string; label: { nl: string } }>(
  area: TDiffArea,
  before: readonly T[],
  after: readonly T[],
): TFrameworkChange[] {
  const changes: TFrameworkChange[] = [];
  const beforeIds = before.map((q) => q.id);
  const afterIds = after.map((q) => q.id);
  for (const q of before)
    if (!afterIds.includes(q.id))
      changes.push({ kind: 'removed', area, id: q.id, label: q.label.nl });
  // A move is a change of place among the items both versions share, and only the items
  // outside the longest run that kept its order count as moved: dragging one question down
  // moves that one, not every question it passed.
  const keptBefore = beforeIds.filter((id) => afterIds.includes(id));
  const keptAfter = afterIds.filter((id) => beforeIds.includes(id));
  const stayed = longestOrderedRun(keptAfter.map((id) => keptBefore.indexOf(id))).map(
    (i) => keptAfter[i],
  );
  after.forEach((q) => {
    const old = before.find((b) => b.id === q.id);
    if (!old) {
      changes.push({ kind: 'added', area, id: q.id, label: q.label.nl });
      return;
    }
    const from = keptBefore.indexOf(q.id);
    const to = keptAfter.indexOf(q.id);
    if (!stayed.includes(q.id))
      changes.push({ kind: 'moved', area, id: q.id, label: q.label.nl, from, to });
    const paths = changedPaths(old, q);
    if (paths.length > 0)
      changes.push({ kind: 'changed', area, id: q.id, label: q.label.nl, paths });
  });
  return changes;
}

/**
 * What changed from one version to the next, per question by id (ids are stable across
 * versions, so a renamed label is a change, a new id an addition). The framework's own id
 * and version number are left out: a copy under a new id compares by its content.
 */
export function diffFrameworks(before: TFramework, after: TFramework): TFrameworkChange[] {
  const {
    prompts: p1,
    signifiers: s1,
    participantQuestions: q1,
    version: _v1,
    id: _i1,
    ...rest1
  } = before;
  const {
    prompts: p2,
    signifiers: s2,
    participantQuestions: q2,
    version: _v2,
    id: _i2,
    ...rest2
  } = after;
  const top = changedPaths(rest1, rest2);
  return [
    ...(top.length > 0
      ? [
          {
            kind: 'changed',
            area: 'framework',
            id: after.id,
            label: after.title.nl,
            paths: top,
          } as const,
        ]
      : []),
    ...diffList('prompts', p1, p2),
    ...diffList<TQuestion>('signifiers', s1, s2),
    ...diffList<TQuestion>('participantQuestions', q1, q2),
  ];
}

/** One change as a Dutch sentence. */
export function describeChange(change: TFrameworkChange): string {
  const what = `"${change.label}" (${change.id})`;
  switch (change.kind) {
    case 'added':
      return `${what} is toegevoegd`;
    case 'removed':
      return `${what} is verwijderd`;
    case 'moved':
      return `${what} is verplaatst van plaats ${change.from + 1} naar ${change.to + 1}`;
    case 'changed':
      return `${what} is gewijzigd: ${change.paths.join(', ')}`;
  }
}
