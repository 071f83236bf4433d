import type { TTriadValue } from '@duiding/survey/client';
import { formatShare } from './format';
import { ternaryLayout, triadPixel } from './ternary-geometry';

/*
 * One story's answers drawn small, for the story reader: where the teller put the triad's
 * dot, the dyad's slider, the stones. Each glyph is an image named by the answer in words.
 */

const glyphLayout = ternaryLayout(120, 8);

export function TriadGlyph({
  corners,
  value,
}: {
  corners: readonly [string, string, string];
  value: TTriadValue;
}) {
  const outline = [
    { a: 1, b: 0, c: 0 },
    { a: 0, b: 1, c: 0 },
    { a: 0, b: 0, c: 1 },
  ].map((t) => triadPixel(glyphLayout, t));
  const dot = triadPixel(glyphLayout, value);
  const label = corners
    .map((corner, i) => `${corner} ${formatShare([value.a, value.b, value.c][i])}`)
    .join(', ');
  return (
    <svg
      className="answer-glyph"
      viewBox={`0 0 ${glyphLayout.width} ${glyphLayout.height}`}
      width={glyphLayout.width}
      height={glyphLayout.height}
      role="img"
      aria-label={label}
    >
      <path
        d={`M${outline.map((p) => `${p.x},${p.y}`).join('L')}Z`}
        fill="#f7f7f9"
        stroke="#1b1b1f"
      />
      <circle cx={dot.x} cy={dot.y} r="5" fill="#0b55a3" stroke="#ffffff" strokeWidth="1.5" />
    </svg>
  );
}

export function DyadGlyph({ ends, value }: { ends: readonly [string, string]; value: number }) {
  const x = 8 + value * 144;
  return (
    <svg
      className="answer-glyph"
      viewBox="0 0 160 24"
      width="160"
      height="24"
      role="img"
      aria-label={`${formatShare(value)} van ${ends[0]} naar ${ends[1]}`}
    >
      <line x1="8" x2="152" y1="12" y2="12" stroke="#1b1b1f" strokeWidth="2" />
      <circle cx={x} cy="12" r="6" fill="#0b55a3" stroke="#ffffff" strokeWidth="1.5" />
    </svg>
  );
}

export function StonesGlyph({
  stones,
  value,
}: {
  stones: readonly { id: string; label: string }[];
  value: Readonly<Record<string, { x: number; y: number }>>;
}) {
  const placed = stones.filter((s) => value[s.id]);
  return (
    <svg
      className="answer-glyph"
      viewBox="0 0 120 120"
      width="120"
      height="120"
      role="img"
      aria-label={placed
        .map(
          (s) =>
            `${s.label}: ${formatShare(value[s.id]?.x)} naar rechts, ${formatShare(value[s.id]?.y)} omhoog`,
        )
        .join('; ')}
    >
      <rect x="4" y="4" width="112" height="112" fill="#f7f7f9" stroke="#1b1b1f" />
      {placed.map((s) => {
        const p = value[s.id] as { x: number; y: number };
        return (
          <g key={s.id}>
            <circle cx={4 + p.x * 112} cy={4 + (1 - p.y) * 112} r="4" fill="#0b55a3" />
            <text x={4 + p.x * 112 + 6} y={4 + (1 - p.y) * 112 + 4} fontSize="11" fill="#1b1b1f">
              {s.label.slice(0, 12)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
