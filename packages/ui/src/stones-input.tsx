import type { TQuestionOf, TStonesValue } from '@duiding/survey';
import { type KeyboardEvent, type PointerEvent, useLayoutEffect, useRef, useState } from 'react';
import { idList, type TFieldIds, type TValueProps } from './field-props';
import { useLocalize } from './i18n';

/** Arrow keys move a stone by 5 % of the field; with Shift by 20 %. */
const STEP = 0.05;
const BIG_STEP = 0.2;
const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

const clamp = (n: number) => Math.min(1, Math.max(0, Math.round(n * 1000) / 1000));
const percent = (n: number) => Math.round(n * 100);

/**
 * Stones on a square field with two axes. Each stone is a button: dragged by pointer,
 * moved by arrow keys, Delete puts it back in the tray. y grows upwards, as the axis reads.
 */
export function StonesInput({
  question,
  id,
  describedBy,
  invalid,
  value,
  onChange,
}: TFieldIds & TValueProps<TStonesValue> & { question: TQuestionOf<'stones'> }) {
  const text = useLocalize();
  const rootRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const drag = useRef<{ stoneId: string; moved: boolean } | null>(null);
  // A stone moving between tray and field is a new element; focus must follow it.
  const [focusStone, setFocusStone] = useState<string | null>(null);
  const placed = value ?? {};

  useLayoutEffect(() => {
    if (focusStone === null) return;
    buttons.current.get(focusStone)?.focus();
    setFocusStone(null);
  }, [focusStone]);

  const place = (stoneId: string, x: number | null, y = 0) => {
    const next: TStonesValue = { ...placed };
    if (x === null) delete next[stoneId];
    else next[stoneId] = { x: clamp(x), y: clamp(y) };
    const wasPlaced = stoneId in placed;
    if (wasPlaced !== (x !== null)) setFocusStone(stoneId);
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };

  const onKeyDown = (stoneId: string, event: KeyboardEvent<HTMLButtonElement>) => {
    const at = placed[stoneId];
    if ((event.key === 'Delete' || event.key === 'Backspace') && at) {
      event.preventDefault();
      place(stoneId, null);
      return;
    }
    const arrow = ARROWS[event.key];
    if (!arrow) return;
    event.preventDefault();
    const step = event.shiftKey ? BIG_STEP : STEP;
    const from = at ?? { x: 0.5, y: 0.5 };
    place(stoneId, from.x + arrow[0] * step, from.y + arrow[1] * step);
  };

  const pointerPosition = (event: PointerEvent) => {
    const rect = fieldRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return null;
    const x = (event.clientX - rect.left) / rect.width;
    const y = 1 - (event.clientY - rect.top) / rect.height;
    return x >= 0 && x <= 1 && y >= 0 && y <= 1 ? { x, y } : null;
  };
  // The drag is captured by the whole input, not the stone: a stone leaving the tray for
  // the field is a new element, and the capture must survive that.
  const pointerHandlers = (stoneId: string) => ({
    onPointerDown: (event: PointerEvent<HTMLButtonElement>) => {
      if (event.button !== 0) return;
      rootRef.current?.setPointerCapture?.(event.pointerId);
      drag.current = { stoneId, moved: false };
    },
  });
  const onDragMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current) return;
    const at = pointerPosition(event);
    if (!at) return;
    current.moved = true;
    place(current.stoneId, at.x, at.y);
  };
  const onDragEnd = () => {
    const current = drag.current;
    drag.current = null;
    // A tap on a stone in the tray lays it in the middle, as Enter does.
    if (current && !current.moved && !placed[current.stoneId]) place(current.stoneId, 0.5, 0.5);
  };

  const stoneLabel = (stoneId: string, label: string) => {
    const at = placed[stoneId];
    return at
      ? `${label}: ${percent(at.x)} van 100 naar rechts, ${percent(at.y)} van 100 omhoog`
      : `${label}: nog niet neergelegd`;
  };
  const stones = question.stones.map((stone) => ({ ...stone, name: text(stone.label) }));
  // The field's id (for label and error links) sits on the first stone, wherever it lies.
  const firstStoneId = question.stones[0]?.id;
  const ref = (stoneId: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(stoneId, element);
    else buttons.current.delete(stoneId);
  };

  return (
    <div
      ref={rootRef}
      className="stones"
      onPointerMove={onDragMove}
      onPointerUp={onDragEnd}
      onPointerCancel={() => {
        drag.current = null;
      }}
    >
      <p id={`${id}-instructions`} className="input-hint">
        Sleep de stenen naar hun plek in het veld. Met het toetsenbord: kies een steen en gebruik de
        pijltjestoetsen (met Shift grotere stappen); Delete legt hem terug.
      </p>
      <div className="stones-board">
        <span className="stones-axis stones-axis-y">
          <span>↑ {text(question.y.high)}</span>
          <span>↓ {text(question.y.low)}</span>
        </span>
        <div ref={fieldRef} className={`stones-field${invalid ? ' is-invalid' : ''}`}>
          {stones
            .filter((stone) => placed[stone.id])
            .map((stone) => {
              const at = placed[stone.id]!;
              return (
                <button
                  key={stone.id}
                  id={stone.id === firstStoneId ? id : undefined}
                  ref={ref(stone.id)}
                  type="button"
                  className="stone is-placed"
                  style={{ left: `${at.x * 100}%`, top: `${(1 - at.y) * 100}%` }}
                  aria-label={stoneLabel(stone.id, stone.name)}
                  aria-describedby={idList(`${id}-instructions`, describedBy)}
                  onKeyDown={(event) => onKeyDown(stone.id, event)}
                  {...pointerHandlers(stone.id)}
                >
                  {stone.name}
                </button>
              );
            })}
        </div>
        <span className="stones-axis stones-axis-x">
          <span>← {text(question.x.low)}</span>
          <span>{text(question.x.high)} →</span>
        </span>
      </div>
      <ul className="stones-tray" aria-label="Stenen die nog niet in het veld liggen">
        {stones
          .filter((stone) => !placed[stone.id])
          .map((stone) => (
            <li key={stone.id}>
              <button
                id={stone.id === firstStoneId ? id : undefined}
                ref={ref(stone.id)}
                type="button"
                className="stone"
                aria-label={`${stoneLabel(stone.id, stone.name)}; druk op Enter om in het midden te leggen`}
                aria-describedby={idList(`${id}-instructions`, describedBy)}
                onKeyDown={(event) => onKeyDown(stone.id, event)}
                onClick={() => {
                  if (!drag.current && !placed[stone.id]) place(stone.id, 0.5, 0.5);
                }}
                {...pointerHandlers(stone.id)}
              >
                {stone.name}
              </button>
            </li>
          ))}
      </ul>
    </div>
  );
}
