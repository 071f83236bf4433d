import {
  describeTriad,
  TRIAD_CORNERS,
  TRIANGLE_HEIGHT,
  triadToPercentages,
  triadToPoint,
} from '@duiding/signification';
import type { TQuestionOf, TStonesValue, TTriadValue } from '@duiding/survey/client';
import { useLocalize } from './i18n';

/*
 * Answers drawn as the participant gave them, read-only: the same triangle, slider and
 * field as the inputs, without anything to operate. Each drawing is one image with a text
 * alternative that says the same as the picture.
 */

const MARGIN = 0.06;
const TRIANGLE_VIEW = `${-MARGIN} ${-MARGIN} ${1 + 2 * MARGIN} ${TRIANGLE_HEIGHT + 2 * MARGIN}`;

export function TriadDrawing({
  question,
  value,
}: {
  question: TQuestionOf<'triad'>;
  value: TTriadValue;
}) {
  const text = useLocalize();
  const labels = question.corners.map((c) => text(c.label)) as [string, string, string];
  const point = triadToPoint(value);
  const [A, B, C] = TRIAD_CORNERS;
  const percentages = triadToPercentages(value);
  return (
    <figure className="drawing drawing-triad">
      <p className="triad-corner triad-corner-top" aria-hidden="true">
        {labels[0]} ({percentages[0]}%)
      </p>
      <svg
        viewBox={TRIANGLE_VIEW}
        role="img"
        aria-label={`Driehoek: ${describeTriad(value, labels)}`}
        data-triad-point={`${point.x.toFixed(4)},${point.y.toFixed(4)}`}
      >
        <polygon className="drawing-shape" points={`${A.x},${A.y} ${B.x},${B.y} ${C.x},${C.y}`} />
        <g className="drawing-point">
          <line x1={A.x} y1={A.y} x2={point.x} y2={point.y} />
          <line x1={B.x} y1={B.y} x2={point.x} y2={point.y} />
          <line x1={C.x} y1={C.y} x2={point.x} y2={point.y} />
          <circle cx={point.x} cy={point.y} r={0.035} />
        </g>
      </svg>
      <div className="triad-corners-bottom" aria-hidden="true">
        <p className="triad-corner">
          {labels[1]} ({percentages[1]}%)
        </p>
        <p className="triad-corner triad-corner-right">
          {labels[2]} ({percentages[2]}%)
        </p>
      </div>
    </figure>
  );
}

export function DyadDrawing({ question, value }: { question: TQuestionOf<'dyad'>; value: number }) {
  const text = useLocalize();
  const left = text(question.left);
  const right = text(question.right);
  const percent = Math.round(value * 100);
  const where =
    percent < 50
      ? 'dichter bij links'
      : percent > 50
        ? 'dichter bij rechts'
        : 'precies in het midden';
  return (
    <figure className="drawing drawing-dyad">
      <div className="dyad-ends" aria-hidden="true">
        <span>{left}</span>
        <span className="dyad-end-right">{right}</span>
      </div>
      <div
        className="drawing-track"
        role="img"
        aria-label={`Schuif van "${left}" naar "${right}": ${percent} van 100, ${where}.`}
      >
        <span className="drawing-dot" style={{ left: `${percent}%` }} />
      </div>
    </figure>
  );
}

export function StonesDrawing({
  question,
  value,
}: {
  question: TQuestionOf<'stones'>;
  value: TStonesValue;
}) {
  const text = useLocalize();
  const placed = question.stones.filter((stone) => value[stone.id]);
  const unplaced = question.stones.filter((stone) => !value[stone.id]);
  const percent = (n: number) => Math.round(n * 100);
  const description = [
    `Veld met ${text(question.x.low)} – ${text(question.x.high)} van links naar rechts en ${text(question.y.low)} – ${text(question.y.high)} van onder naar boven.`,
    ...placed.map((stone) => {
      const { x, y } = value[stone.id]!;
      return `${text(stone.label)}: ${percent(x)} naar rechts, ${percent(y)} naar boven.`;
    }),
    unplaced.length > 0 ? `Niet geplaatst: ${unplaced.map((s) => text(s.label)).join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <figure className="drawing drawing-stones">
      <p className="stones-axis-top" aria-hidden="true">
        ↑ {text(question.y.high)}
      </p>
      <svg viewBox="-0.02 -0.02 1.04 1.04" role="img" aria-label={description}>
        <rect className="drawing-shape" x={0} y={0} width={1} height={1} />
        <line className="drawing-tick" x1={0.5} y1={0} x2={0.5} y2={1} />
        <line className="drawing-tick" x1={0} y1={0.5} x2={1} y2={0.5} />
        {placed.map((stone, i) => {
          const { x, y } = value[stone.id]!;
          return (
            <g key={stone.id} className="drawing-stone">
              <circle cx={x} cy={1 - y} r={0.035} />
              <text x={x} y={1 - y + 0.012} textAnchor="middle">
                {i + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="stones-axis-bottom" aria-hidden="true">
        <span>↓ {text(question.y.low)}</span>
        <span>
          ← {text(question.x.low)} · {text(question.x.high)} →
        </span>
      </p>
      {placed.length > 0 && (
        <ol className="drawing-legend" aria-hidden="true">
          {placed.map((stone) => (
            <li key={stone.id}>{text(stone.label)}</li>
          ))}
        </ol>
      )}
    </figure>
  );
}
