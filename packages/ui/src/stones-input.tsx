import type { TQuestionOf, TStonesValue } from '@duiding/survey/client';
import {
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { idList, type TFieldIds, type TValueProps } from './field-props';
import { useLocalize } from './i18n';
import { useInputText } from './input-texts';

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

/** Stones closer than this (a share of the field, both ways) are drawn side by side. */
const CROWDED = 0.1;

/**
 * How far to draw each stone aside, in marker widths, so that stones laid on one spot all
 * stay visible: near an edge they line up towards the middle, elsewhere they alternate
 * right and left, so every one stays inside the field. Only the drawing moves; the answer
 * and what a screen reader hears keep the true place.
 */
export function fanOut(stones: { id: string; x: number; y: number }[]): Map<string, number> {
  const fans = new Map<string, number>();
  stones.forEach((stone, index) => {
    const crowd = stones
      .slice(0, index)
      .filter((o) => Math.abs(o.x - stone.x) < CROWDED && Math.abs(o.y - stone.y) < CROWDED).length;
    const side = Math.ceil(crowd / 2) * (crowd % 2 === 1 ? 1 : -1);
    const fan = crowd === 0 ? 0 : stone.x > 0.8 ? -crowd : stone.x < 0.2 ? crowd : side;
    fans.set(stone.id, fan);
  });
  return fans;
}

type TDrag = {
  stoneId: string;
  pointerId: number;
  /** Where the drag began: a stone in the legend, a stone on the field, or the empty field. */
  from: 'legend' | 'field' | 'board';
  moved: boolean;
  /** Whether the pointer has been over the field during this drag. */
  entered: boolean;
  startX: number;
  startY: number;
};

/** A finger wobbles: less than this many pixels is a tap, not a drag. */
const TAP_SLOP = 8;

/**
 * Stones on a square field with two axes. The field shows each stone as a numbered marker
 * that always lies wholly inside it (its centre moves on a plane inset by the marker's
 * radius); the names stand in the numbered legend below, so a stone on top of another never
 * hides a name. By pointer: tap a stone in the legend, then tap in the field; or drag a
 * stone from the legend or on the field. By keyboard: a marker is a 2-D slider moved with
 * the arrow keys. Each placed stone has a visible "Terug" button; Delete does the same.
 * y grows upwards, as the axis reads.
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
  const inputText = useInputText();
  const rootRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLDivElement>(null);
  const planeRef = useRef<HTMLDivElement>(null);
  const markers = useRef(new Map<string, HTMLElement>());
  const chips = useRef(new Map<string, HTMLElement>());
  const drag = useRef<TDrag | null>(null);
  // Placing and taking back swap which element stands for a stone; focus must follow it.
  const [focusTarget, setFocusTarget] = useState<{ stoneId: string; on: 'marker' | 'chip' }>();
  // The stone a tap in the field will lay down (picked from the legend or the field).
  const [selected, setSelected] = useState<string | null>(null);
  const [lastMoved, setLastMoved] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const placed = value ?? {};

  useLayoutEffect(() => {
    if (!focusTarget) return;
    const map = focusTarget.on === 'marker' ? markers : chips;
    map.current.get(focusTarget.stoneId)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const stones = question.stones.map((stone, index) => ({
    ...stone,
    number: index + 1,
    name: text(stone.label),
  }));
  const nameOf = (stoneId: string) => stones.find((s) => s.id === stoneId)?.name ?? stoneId;
  const xLow = text(question.x.low);
  const xHigh = text(question.x.high);
  const yLow = text(question.y.low);
  const yHigh = text(question.y.high);

  const place = (stoneId: string, x: number | null, y = 0) => {
    const next: TStonesValue = { ...placed };
    if (x === null) delete next[stoneId];
    else next[stoneId] = { x: clamp(x), y: clamp(y) };
    setLastMoved(x === null ? null : stoneId);
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };

  const takeBack = (stoneId: string) => {
    place(stoneId, null);
    if (selected === stoneId) setSelected(null);
    setNotice(inputText('stoneBackNotice', { name: nameOf(stoneId) }));
  };

  const whereText = (at: { x: number; y: number }) =>
    inputText('stoneWhere', { x: percent(at.x), y: percent(at.y), xHigh, yHigh });

  const onMarkerKeyDown = (stoneId: string, event: KeyboardEvent<HTMLElement>) => {
    const at = placed[stoneId];
    if (!at) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      takeBack(stoneId);
      setFocusTarget({ stoneId, on: 'chip' });
      return;
    }
    const arrow = ARROWS[event.key];
    if (!arrow) return;
    event.preventDefault();
    const step = event.shiftKey ? BIG_STEP : STEP;
    place(stoneId, at.x + arrow[0] * step, at.y + arrow[1] * step);
  };

  /** Keyboard on a stone in the legend: Enter, Space or an arrow lays it in the middle. */
  const onChipKeyDown = (stoneId: string, event: KeyboardEvent<HTMLButtonElement>) => {
    const arrow = ARROWS[event.key];
    if (!arrow || placed[stoneId]) return;
    event.preventDefault();
    const step = event.shiftKey ? BIG_STEP : STEP;
    place(stoneId, 0.5 + arrow[0] * step, 0.5 + arrow[1] * step);
    setFocusTarget({ stoneId, on: 'marker' });
  };
  // A click without a pointer (Enter, Space, a screen reader) lays the stone in the middle or
  // goes to it; a pointer's tap is handled on pointer up, where it picks the stone.
  const onChipClick = (stoneId: string, event: MouseEvent<HTMLButtonElement>) => {
    if (event.detail !== 0) return;
    if (!placed[stoneId]) place(stoneId, 0.5, 0.5);
    setSelected(null);
    setFocusTarget({ stoneId, on: 'marker' });
  };

  /** The pointer's place on the plane, clamped; null when `within` and it is off the field. */
  const pointerPosition = (event: PointerEvent, within: boolean) => {
    const field = fieldRef.current?.getBoundingClientRect();
    const plane = planeRef.current?.getBoundingClientRect();
    if (!field || !plane || plane.width === 0 || plane.height === 0) return null;
    const inField =
      event.clientX >= field.left &&
      event.clientX <= field.right &&
      event.clientY >= field.top &&
      event.clientY <= field.bottom;
    if (within && !inField) return null;
    return {
      x: (event.clientX - plane.left) / plane.width,
      y: 1 - (event.clientY - plane.top) / plane.height,
    };
  };

  const startDrag = (
    stoneId: string,
    from: TDrag['from'],
    event: PointerEvent<HTMLElement>,
  ): TDrag | null => {
    if (event.button !== 0 || drag.current) return null;
    // The whole input takes the pointer: the stone may change element on its way.
    rootRef.current?.setPointerCapture?.(event.pointerId);
    drag.current = {
      stoneId,
      pointerId: event.pointerId,
      from,
      moved: false,
      entered: from !== 'legend',
      startX: event.clientX,
      startY: event.clientY,
    };
    return drag.current;
  };

  const onBoardPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || drag.current) return;
    if (!selected) {
      setNotice(inputText('stonePickFirst'));
      return;
    }
    const at = pointerPosition(event, true);
    if (!at) return;
    event.preventDefault();
    const stoneId = selected;
    place(stoneId, at.x, at.y);
    setSelected(null);
    setNotice(inputText('stonePlaced', { name: nameOf(stoneId) }));
    // The finger that laid it down may go on to drag it into place.
    const started = startDrag(stoneId, 'board', event);
    if (started) started.moved = true;
  };

  const onDragMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    if (!current.moved) {
      const distance = Math.hypot(event.clientX - current.startX, event.clientY - current.startY);
      if (distance < TAP_SLOP) return;
      current.moved = true;
    }
    // A stone dragged from the legend lands once the pointer reaches the field, then follows
    // it (held inside the field) until it is let go.
    const at = pointerPosition(event, !current.entered);
    if (!at) return;
    current.entered = true;
    place(current.stoneId, at.x, at.y);
  };

  const onDragEnd = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drag.current = null;
    if (current.moved) {
      if (current.entered && current.from !== 'board') {
        setSelected(null);
        setNotice(inputText('stonePlaced', { name: nameOf(current.stoneId) }));
      }
      return;
    }
    // A tap picks the stone (or puts it down again); the next tap in the field places it.
    const next = selected === current.stoneId ? null : current.stoneId;
    setSelected(next);
    setNotice(
      next
        ? inputText('stonePicked', { name: nameOf(next) })
        : inputText('stoneUnpicked', { name: nameOf(current.stoneId) }),
    );
  };

  const markerRef = (stoneId: string) => (element: HTMLElement | null) => {
    if (element) markers.current.set(stoneId, element);
    else markers.current.delete(stoneId);
  };
  const chipRef = (stoneId: string) => (element: HTMLElement | null) => {
    if (element) chips.current.set(stoneId, element);
    else chips.current.delete(stoneId);
  };
  // The one on top is the one last moved or picked, so it is never hidden while it is used.
  const onTop = selected ?? lastMoved;
  const fans = fanOut(
    stones.flatMap((stone) => {
      const at = placed[stone.id];
      return at ? [{ id: stone.id, ...at }] : [];
    }),
  );

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
        {inputText('stonesHelp')}
        <span className="visually-hidden">
          {' '}
          {inputText('stonesAxes', { xHigh, xLow, yHigh, yLow })}
        </span>
      </p>
      <div className="stones-board">
        <span className="stones-axis stones-axis-y" aria-hidden="true">
          <span>↑ {yHigh}</span>
          <span>↓ {yLow}</span>
        </span>
        <div
          ref={fieldRef}
          className={`stones-field${invalid ? ' is-invalid' : ''}${selected ? ' is-placing' : ''}`}
          onPointerDown={onBoardPointerDown}
        >
          <div ref={planeRef} className="stones-plane">
            {stones
              .filter((stone) => placed[stone.id])
              .map((stone) => {
                const at = placed[stone.id]!;
                return (
                  <div
                    key={stone.id}
                    ref={markerRef(stone.id)}
                    role="slider"
                    tabIndex={0}
                    className={`stone-marker${selected === stone.id ? ' is-selected' : ''}${onTop === stone.id ? ' is-on-top' : ''}`}
                    style={
                      {
                        left: `${at.x * 100}%`,
                        top: `${(1 - at.y) * 100}%`,
                        '--fan': fans.get(stone.id) ?? 0,
                      } as CSSProperties
                    }
                    aria-roledescription={inputText('stoneRole')}
                    aria-label={`${stone.name} (${stone.number})`}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={percent(at.x)}
                    aria-valuetext={whereText(at)}
                    aria-describedby={idList(`${id}-instructions`, describedBy)}
                    aria-invalid={invalid || undefined}
                    onKeyDown={(event) => onMarkerKeyDown(stone.id, event)}
                    onPointerDown={(event) => {
                      event.stopPropagation();
                      startDrag(stone.id, 'field', event);
                    }}
                  >
                    <span aria-hidden="true">{stone.number}</span>
                  </div>
                );
              })}
          </div>
        </div>
        <span className="stones-axis stones-axis-x" aria-hidden="true">
          <span>← {xLow}</span>
          <span>{xHigh} →</span>
        </span>
      </div>
      <ul className="stones-legend" aria-label={inputText('stonesLegend')}>
        {stones.map((stone) => {
          const at = placed[stone.id];
          const isSelected = selected === stone.id;
          return (
            <li key={stone.id} className={`stones-legend-item${at ? ' is-placed' : ''}`}>
              <button
                id={stone.id === stones[0]?.id ? id : undefined}
                ref={chipRef(stone.id)}
                type="button"
                className={`stone-chip${isSelected ? ' is-selected' : ''}`}
                aria-pressed={isSelected}
                aria-describedby={idList(
                  `${id}-instructions`,
                  `${id}-where-${stone.id}`,
                  describedBy,
                )}
                onKeyDown={(event) => onChipKeyDown(stone.id, event)}
                onClick={(event) => onChipClick(stone.id, event)}
                onPointerDown={(event) => startDrag(stone.id, 'legend', event)}
              >
                <span className="stone-number" aria-hidden="true">
                  {stone.number}
                </span>
                <span className="stone-name">{stone.name}</span>
              </button>
              <span id={`${id}-where-${stone.id}`} className="stone-where">
                {at
                  ? inputText('stoneInField', { x: percent(at.x), y: percent(at.y) })
                  : inputText('stoneNotInField')}
              </span>
              {at && (
                <button
                  type="button"
                  className="stone-back"
                  aria-label={inputText('stoneBackLabel', { name: stone.name })}
                  onClick={() => {
                    takeBack(stone.id);
                    setFocusTarget({ stoneId: stone.id, on: 'chip' });
                  }}
                >
                  {inputText('stoneBack')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="input-status" aria-live="polite">
        {notice}
      </p>
    </div>
  );
}
