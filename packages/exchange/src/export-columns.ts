import { triadToPoint } from '@duiding/signification';
import { readChoice } from '@duiding/survey';
import type { TCell } from './csv';
import type { TAnswerValue, TFramework, TQuestion, TTriadValue } from './survey-types';

/*
 * SenseMaker's column layout for Duiding's questions (the processed layout of the fixture
 * `ADemoData.csv`): triad `<id>X`, `<id>Y` (the point in a triangle of side 1 with the top
 * corner up: X = c + a/2, Y = a·√3/2, as the fixture's values are), one percentage per
 * corner `<id>_<corner>` and `<id>_NA`; dyad `<id>X` (0–1), `<id>_left`, `<id>_right`
 * (percentages) and `<id>_NA`; stones `<id>_<stone>XRight`, `…YTop`; a single choice
 * `<id>` holding the option id, a multiple choice one column per option holding 1; the
 * "other" text in `<id>_OtherText`. Scales, numbers and texts are one column `<id>`.
 */

export interface TColumn {
  name: string;
  question: TQuestion;
  /** What the column holds, for the codebook. */
  meaning: string;
  /** Labels of the values the column can hold. */
  values?: { value: string | number; label: string }[];
  /** The cell of one answer (undefined when unanswered). */
  cell: (answer: TAnswerValue | undefined) => TCell;
}

const isNa = (a: unknown) => a === 'na';
const pct = (n: number) => Math.round(n * 1e8) / 1e6;

export function questionColumns(q: TQuestion): TColumn[] {
  const id = q.id;
  const col = (
    name: string,
    meaning: string,
    cell: TColumn['cell'],
    values?: TColumn['values'],
  ): TColumn => ({
    name,
    question: q,
    meaning,
    cell,
    ...(values ? { values } : {}),
  });
  const naValues = [{ value: 1, label: 'niet van toepassing' }];
  switch (q.kind) {
    case 'triad': {
      const point = (a: TAnswerValue | undefined) =>
        a && typeof a === 'object' && 'a' in a ? triadToPoint(a as TTriadValue) : undefined;
      const triad = (a: TAnswerValue | undefined) =>
        a && typeof a === 'object' && 'a' in a ? (a as TTriadValue) : undefined;
      const parts = ['a', 'b', 'c'] as const;
      return [
        col(`${id}X`, 'x van het punt (0–1, links naar rechts)', (a) => point(a)?.x),
        // SenseMaker's Y grows upwards from the base; the SVG y of signification grows down.
        col(`${id}Y`, 'y van het punt (0–0,866, onder naar boven)', (a) => {
          const p = point(a);
          return p ? Math.sqrt(3) / 2 - p.y : undefined;
        }),
        ...q.corners.map((corner, i) =>
          col(`${id}_${corner.id}`, `aandeel "${corner.label.nl}" (0–100)`, (a) => {
            const t = triad(a);
            return t ? pct(t[parts[i]!]) : undefined;
          }),
        ),
        col(`${id}_NA`, 'niet van toepassing', (a) => (isNa(a) ? 1 : undefined), naValues),
      ];
    }
    case 'dyad':
      return [
        col(`${id}X`, `positie (0 = "${q.left.nl}", 1 = "${q.right.nl}")`, (a) =>
          typeof a === 'number' ? a : undefined,
        ),
        col(`${id}_left`, `aandeel "${q.left.nl}" (0–100)`, (a) =>
          typeof a === 'number' ? pct(1 - a) : undefined,
        ),
        col(`${id}_right`, `aandeel "${q.right.nl}" (0–100)`, (a) =>
          typeof a === 'number' ? pct(a) : undefined,
        ),
        col(`${id}_NA`, 'niet van toepassing', (a) => (isNa(a) ? 1 : undefined), naValues),
      ];
    case 'stones':
      return q.stones.flatMap((stone) => {
        const at = (a: TAnswerValue | undefined) =>
          a && typeof a === 'object' && !Array.isArray(a)
            ? (a as Record<string, { x: number; y: number }>)[stone.id]
            : undefined;
        return [
          col(
            `${id}_${stone.id}XRight`,
            `"${stone.label.nl}": x (0 = "${q.x.low.nl}", 1 = "${q.x.high.nl}")`,
            (a) => at(a)?.x,
          ),
          col(
            `${id}_${stone.id}YTop`,
            `"${stone.label.nl}": y (0 = "${q.y.low.nl}", 1 = "${q.y.high.nl}")`,
            (a) => at(a)?.y,
          ),
        ];
      });
    case 'choice': {
      const read = (a: TAnswerValue | undefined) =>
        a === undefined || typeof a === 'number' || isNa(a) ? undefined : readChoice(a as never);
      const columns = q.multiple
        ? q.options.map((o) =>
            col(
              `${id}_${o.id}`,
              `"${o.label.nl}" gekozen`,
              (a) => (read(a)?.selected.includes(o.id) ? 1 : undefined),
              [{ value: 1, label: 'gekozen' }],
            ),
          )
        : [
            col(
              id,
              'gekozen optie',
              (a) => read(a)?.selected[0],
              q.options.map((o) => ({ value: o.id, label: o.label.nl })),
            ),
          ];
      if (q.options.some((o) => o.other)) {
        columns.push(col(`${id}_OtherText`, 'tekst bij "anders"', (a) => read(a)?.other));
      }
      return columns;
    }
    case 'scale':
      return [
        col(
          id,
          `punt 1–${q.points}${q.allowDontKnow ? ' of dk (weet ik niet)' : ''}`,
          (a) => (typeof a === 'number' || a === 'dk' ? a : undefined),
          [
            ...Object.entries(q.pointLabels ?? {}).map(([p, l]) => ({
              value: Number(p),
              label: l.nl,
            })),
            ...(q.allowDontKnow ? [{ value: 'dk', label: 'weet ik niet' }] : []),
          ],
        ),
      ];
    case 'number':
      return [col(id, 'getal', (a) => (typeof a === 'number' ? a : undefined))];
    case 'text':
      return [col(id, 'tekst', (a) => (typeof a === 'string' ? a : undefined))];
  }
}

/** Every question column of a framework: signifiers, then participant questions. */
export function frameworkColumns(framework: TFramework): TColumn[] {
  return [...framework.signifiers, ...framework.participantQuestions].flatMap(questionColumns);
}
