import {
  describeTriad,
  nudgeTriad,
  roundTriad,
  type TNudgeDirection,
  TRIAD_CENTRE,
  TRIAD_CORNERS,
  TRIAD_RESOLUTION,
  TRIANGLE_HEIGHT,
  triadFromPoint,
  triadToPercentages,
  triadToPoint,
} from '@duiding/signification';
import { NOT_APPLICABLE, type TQuestionOf, type TTriadValue } from '@duiding/survey/client';
import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { idList, type TFieldIds, type TValueProps } from './field-props';
import { useLocalize } from './i18n';
import { useInputText } from './input-texts';
import { NotApplicableCheckbox } from './not-applicable';

export type TTriadAnswer = TTriadValue | typeof NOT_APPLICABLE;

/** Arrow keys move the point by 2 % of a side; with Shift by 10 %. */
const STEP = 0.02;
const BIG_STEP = 0.1;
const MARGIN = 0.06;
const VIEW_BOX = `${-MARGIN} ${-MARGIN} ${1 + 2 * MARGIN} ${TRIANGLE_HEIGHT + 2 * MARGIN}`;

const ARROWS: Record<string, TNudgeDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** What is stored: parts on the 1e-4 grid that still sum to 1. */
const stored = (value: TTriadValue) => roundTriad(value, TRIAD_RESOLUTION);

/**
 * A point in a triangle whose corners are the three labels. Mouse, touch and pen set the
 * point by pointer events; the triangle is one focusable element moved by arrow keys.
 */
export function TriadInput({
  question,
  id,
  labelId,
  describedBy,
  invalid,
  value,
  onChange,
}: TFieldIds & TValueProps<TTriadAnswer> & { question: TQuestionOf<'triad'> }) {
  const text = useLocalize();
  const inputText = useInputText();
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);
  const notApplicable = value === NOT_APPLICABLE;
  const triad = value !== undefined && value !== NOT_APPLICABLE ? value : undefined;
  const labels = question.corners.map((corner) => text(corner.label)) as [string, string, string];
  const point = triad ? triadToPoint(triad) : undefined;

  const fromPointer = (event: PointerEvent) => {
    const svg = svgRef.current;
    if (!svg) return;
    const rect = svg.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return;
    const x = ((event.clientX - rect.left) / rect.width) * (1 + 2 * MARGIN) - MARGIN;
    const y = ((event.clientY - rect.top) / rect.height) * (TRIANGLE_HEIGHT + 2 * MARGIN) - MARGIN;
    onChange(stored(triadFromPoint(x, y)));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (notApplicable || event.button !== 0) return;
    event.currentTarget.focus();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    dragging.current = true;
    fromPointer(event);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) fromPointer(event);
  };
  const endDrag = () => {
    dragging.current = false;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (notApplicable) return;
    if (event.key === 'Home') {
      event.preventDefault();
      onChange(stored(TRIAD_CENTRE));
      return;
    }
    const direction = ARROWS[event.key];
    if (!direction) return;
    event.preventDefault();
    const step = event.shiftKey ? BIG_STEP : STEP;
    onChange(stored(nudgeTriad(triad ?? TRIAD_CENTRE, direction, step)));
  };

  const [A, B, C] = TRIAD_CORNERS;
  const status = notApplicable
    ? inputText('notApplicableStatus')
    : triad
      ? describeTriad(triad, labels)
      : inputText('triadUnset');

  return (
    <div className={`triad${notApplicable ? ' is-disabled' : ''}`}>
      <p className="triad-corner triad-corner-top" aria-hidden="true">
        {labels[0]}
      </p>
      {/*
        A slider, so that a screen reader in browse mode hands it the arrow keys (focus mode)
        and reads the value text on each move. Its one number is the top corner's share; the
        value text names all three.
      */}
      <div
        id={id}
        className="triad-field"
        role="slider"
        aria-roledescription={inputText('triadRole')}
        aria-labelledby={labelId}
        aria-describedby={idList(`${id}-instructions`, describedBy)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={triad ? triadToPercentages(triad)[0] : 0}
        aria-valuetext={status}
        aria-invalid={invalid || undefined}
        aria-disabled={notApplicable || undefined}
        tabIndex={notApplicable ? -1 : 0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <svg ref={svgRef} viewBox={VIEW_BOX} aria-hidden="true" focusable="false">
          <polygon className="triad-shape" points={`${A.x},${A.y} ${B.x},${B.y} ${C.x},${C.y}`} />
          {point && (
            <g className="triad-point">
              <line x1={A.x} y1={A.y} x2={point.x} y2={point.y} />
              <line x1={B.x} y1={B.y} x2={point.x} y2={point.y} />
              <line x1={C.x} y1={C.y} x2={point.x} y2={point.y} />
              <circle cx={point.x} cy={point.y} r={0.04} />
            </g>
          )}
        </svg>
      </div>
      <div className="triad-corners-bottom" aria-hidden="true">
        <p className="triad-corner">{labels[1]}</p>
        <p className="triad-corner triad-corner-right">{labels[2]}</p>
      </div>
      <p id={`${id}-instructions`} className="input-hint">
        <span className="visually-hidden">
          Hoeken: boven {labels[0]}, linksonder {labels[1]}, rechtsonder {labels[2]}.{' '}
        </span>
        {inputText('triadHelp')}
      </p>
      <p id={`${id}-status`} className="input-status" aria-live="polite">
        {status}
      </p>
      {question.allowNotApplicable && (
        <NotApplicableCheckbox
          id={`${id}-na`}
          checked={notApplicable}
          onChange={(checked) => onChange(checked ? NOT_APPLICABLE : undefined)}
        />
      )}
    </div>
  );
}
