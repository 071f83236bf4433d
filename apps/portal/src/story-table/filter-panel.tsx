import { localize, type TFramework, type TLocalizedText } from '@duiding/survey/client';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { TProject } from '../project-area';
import { CHANNEL_LABELS, STATUS_LABELS } from '../story-card';
import type { TRouterOutputs } from '../trpc';
import {
  CHANNELS,
  STATUSES,
  type TAnswerFilter,
  TRIAD_ZONES,
  type TStoryQuery,
} from './story-query';

type TLabels = TRouterOutputs['portal']['storyTableLabels'];
type TQuestion = TFramework['signifiers'][number];

const dutch = (text: TLocalizedText) => localize(text, { locale: 'nl' });

/** The questions of the project's frameworks, each once, in the frameworks' order. */
function questionsOf(frameworks: readonly TFramework[], withParticipant: boolean) {
  const seen = new Set<string>();
  const story: TQuestion[] = [];
  const participant: TQuestion[] = [];
  for (const framework of frameworks) {
    for (const q of framework.signifiers) if (!seen.has(q.id) && seen.add(q.id)) story.push(q);
    if (!withParticipant) continue;
    for (const q of framework.participantQuestions) {
      if (!seen.has(q.id) && seen.add(q.id)) participant.push(q);
    }
  }
  return { story, participant };
}

function zoneLabel(zone: (typeof TRIAD_ZONES)[number], corners: readonly string[]): string {
  const [a, b, c] = corners;
  switch (zone) {
    case 'corner-a':
      return `Vooral ${a}`;
    case 'corner-b':
      return `Vooral ${b}`;
    case 'corner-c':
      return `Vooral ${c}`;
    case 'centre':
      return 'In het midden';
    case 'edge-ab':
      return `Tussen ${a} en ${b}`;
    case 'edge-bc':
      return `Tussen ${b} en ${c}`;
    case 'edge-ca':
      return `Tussen ${c} en ${a}`;
  }
}

function Checkboxes<T extends string | number>({
  legend,
  options,
  chosen,
  onChange,
}: {
  legend: ReactNode;
  options: readonly { value: T; label: string }[];
  chosen: readonly T[];
  onChange(values: T[]): void;
}) {
  const id = useId();
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {options.map((option, i) => (
        <div className="filter-check" key={String(option.value)}>
          <input
            type="checkbox"
            id={`${id}-${i}`}
            checked={chosen.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...chosen, option.value]
                  : chosen.filter((v) => v !== option.value),
              )
            }
          />
          <label htmlFor={`${id}-${i}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

function RangeFields({
  legend,
  min,
  max,
  step,
  value,
  onChange,
  unit,
}: {
  legend: string;
  min: number;
  max: number;
  step: number;
  value: { min: number; max: number } | undefined;
  onChange(value: { min: number; max: number } | undefined): void;
  unit?: string;
}) {
  const id = useId();
  const [from, setFrom] = useState(value ? String(value.min) : '');
  const [to, setTo] = useState(value ? String(value.max) : '');
  const update = (nextFrom: string, nextTo: string) => {
    setFrom(nextFrom);
    setTo(nextTo);
    if (nextFrom === '' && nextTo === '') return onChange(undefined);
    const lo = nextFrom === '' ? min : Number(nextFrom);
    const hi = nextTo === '' ? max : Number(nextTo);
    if (Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi) onChange({ min: lo, max: hi });
  };
  return (
    <fieldset className="filter-group filter-range">
      <legend>{legend}</legend>
      <div>
        <label htmlFor={`${id}-van`}>Van{unit ? ` (${unit})` : ''}</label>
        <input
          id={`${id}-van`}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={from}
          onChange={(event) => update(event.target.value, to)}
        />
      </div>
      <div>
        <label htmlFor={`${id}-tot`}>Tot en met{unit ? ` (${unit})` : ''}</label>
        <input
          id={`${id}-tot`}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={to}
          onChange={(event) => update(from, event.target.value)}
        />
      </div>
    </fieldset>
  );
}

/** The filter of one question, made from its kind. */
function QuestionFilter({
  question,
  filter,
  onChange,
}: {
  question: TQuestion;
  filter: TAnswerFilter | undefined;
  onChange(filter: TAnswerFilter | undefined): void;
}) {
  const label = dutch(question.label);
  const questionId = question.id;
  switch (question.kind) {
    case 'choice':
      return (
        <Checkboxes
          legend={label}
          options={question.options.map((o) => ({ value: o.id, label: dutch(o.label) }))}
          chosen={filter?.kind === 'options' ? filter.options : []}
          onChange={(options) =>
            onChange(options.length ? { kind: 'options', questionId, options } : undefined)
          }
        />
      );
    case 'triad': {
      const corners = question.corners.map((c) => dutch(c.label));
      return (
        <Checkboxes
          legend={label}
          options={TRIAD_ZONES.map((zone) => ({ value: zone, label: zoneLabel(zone, corners) }))}
          chosen={filter?.kind === 'zones' ? filter.zones : []}
          onChange={(zones) =>
            onChange(zones.length ? { kind: 'zones', questionId, zones } : undefined)
          }
        />
      );
    }
    case 'dyad': {
      const range = filter?.kind === 'range' ? filter : undefined;
      return (
        <RangeFields
          legend={`${label} (0 = ${dutch(question.left)}, 100 = ${dutch(question.right)})`}
          min={0}
          max={100}
          step={1}
          unit="0–100"
          value={range && { min: Math.round(range.min * 100), max: Math.round(range.max * 100) }}
          onChange={(value) =>
            onChange(
              value && { kind: 'range', questionId, min: value.min / 100, max: value.max / 100 },
            )
          }
        />
      );
    }
    case 'scale':
      return (
        <RangeFields
          legend={label}
          min={1}
          max={question.points}
          step={1}
          unit={`1–${question.points}`}
          value={filter?.kind === 'range' ? filter : undefined}
          onChange={(value) => onChange(value && { kind: 'range', questionId, ...value })}
        />
      );
    case 'stones':
      return <StonesFilter question={question} filter={filter} onChange={onChange} />;
    default:
      return null;
  }
}

function StonesFilter({
  question,
  filter,
  onChange,
}: {
  question: Extract<TQuestion, { kind: 'stones' }>;
  filter: TAnswerFilter | undefined;
  onChange(filter: TAnswerFilter | undefined): void;
}) {
  const id = useId();
  const current = filter?.kind === 'quadrants' ? filter : undefined;
  const [stoneId, setStoneId] = useState(current?.stoneId ?? question.stones[0]?.id ?? '');
  const quadrants = current?.quadrants ?? [];
  const [xl, xh, yl, yh] = [question.x.low, question.x.high, question.y.low, question.y.high].map(
    dutch,
  );
  const set = (stone: string, chosen: number[]) =>
    onChange(
      chosen.length
        ? { kind: 'quadrants', questionId: question.id, stoneId: stone, quadrants: chosen }
        : undefined,
    );
  return (
    <fieldset className="filter-group">
      <legend>{dutch(question.label)}</legend>
      <label htmlFor={`${id}-steen`}>Steen</label>
      <select
        id={`${id}-steen`}
        value={stoneId}
        onChange={(event) => {
          setStoneId(event.target.value);
          set(event.target.value, quadrants);
        }}
      >
        {question.stones.map((stone) => (
          <option key={stone.id} value={stone.id}>
            {dutch(stone.label)}
          </option>
        ))}
      </select>
      <Checkboxes
        legend="Ligt in het vak"
        options={[
          { value: 2, label: `${xl}, ${yh} (links boven)` },
          { value: 3, label: `${xh}, ${yh} (rechts boven)` },
          { value: 0, label: `${xl}, ${yl} (links onder)` },
          { value: 1, label: `${xh}, ${yl} (rechts onder)` },
        ]}
        chosen={quadrants}
        onChange={(chosen) => set(stoneId, chosen)}
      />
    </fieldset>
  );
}

/**
 * The filters, built from the project's questions. Changes are gathered here and applied
 * together, so that the table (and the URL) change once, when the person says so.
 */
export function StoryFilterPanel({
  project,
  labels,
  query,
  active,
  onApply,
}: {
  project: TProject;
  labels: TLabels;
  query: TStoryQuery;
  active: number;
  onApply(query: TStoryQuery): void;
}) {
  const [draft, setDraft] = useState<TStoryQuery>(query);
  const fromId = useId();
  const toId = useId();
  const team = project.audience === 'team';
  const { story, participant } = questionsOf(
    labels.collections.map((c) => c.framework),
    team && project.capabilities.includes('stories.readParticipantAnswers'),
  );
  const answerOf = (questionId: string) => draft.answers?.find((a) => a.questionId === questionId);
  const setAnswer = (questionId: string, filter: TAnswerFilter | undefined) =>
    setDraft((d) => {
      const rest = (d.answers ?? []).filter((a) => a.questionId !== questionId);
      const answers = filter ? [...rest, filter] : rest;
      return { ...d, answers: answers.length ? answers : undefined };
    });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, text: query.text, sort: query.sort });
  };
  const questionFilter = (q: TQuestion) => (
    <QuestionFilter
      key={q.id}
      question={q}
      filter={answerOf(q.id)}
      onChange={(f) => setAnswer(q.id, f)}
    />
  );

  return (
    <details className="filter-panel" open={active > 0 || undefined}>
      <summary>Filters{active > 0 ? ` (${active} actief)` : ''}</summary>
      <form onSubmit={apply} className="story-filter-form">
        <div className="filter-columns">
          {team && (
            <Checkboxes
              legend="Status"
              options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] ?? s }))}
              chosen={draft.statuses ?? []}
              onChange={(statuses) =>
                setDraft((d) => ({ ...d, statuses: statuses.length ? statuses : undefined }))
              }
            />
          )}
          <Checkboxes
            legend="Kanaal"
            options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
            chosen={draft.channels ?? []}
            onChange={(channels) =>
              setDraft((d) => ({ ...d, channels: channels.length ? channels : undefined }))
            }
          />
          {labels.collections.length > 1 && (
            <Checkboxes
              legend="Verzameling"
              options={labels.collections.map((c) => ({ value: c.id, label: c.title }))}
              chosen={draft.collectionIds ?? []}
              onChange={(ids) =>
                setDraft((d) => ({ ...d, collectionIds: ids.length ? ids : undefined }))
              }
            />
          )}
          <fieldset className="filter-group filter-range">
            <legend>Verteld op</legend>
            <div>
              <label htmlFor={fromId}>Van</label>
              <input
                id={fromId}
                type="date"
                value={draft.createdFrom ?? ''}
                onChange={(e) =>
                  setDraft((d) => ({ ...d, createdFrom: e.target.value || undefined }))
                }
              />
            </div>
            <div>
              <label htmlFor={toId}>Tot en met</label>
              <input
                id={toId}
                type="date"
                value={draft.createdTo ?? ''}
                onChange={(e) =>
                  setDraft((d) => ({ ...d, createdTo: e.target.value || undefined }))
                }
              />
            </div>
          </fieldset>
          {labels.codes.length > 0 && (
            <Checkboxes
              legend="Codes (met hun subcodes)"
              options={labels.codes.map((c) => ({ value: c.id, label: c.name }))}
              chosen={draft.codeIds ?? []}
              onChange={(ids) => setDraft((d) => ({ ...d, codeIds: ids.length ? ids : undefined }))}
            />
          )}
        </div>
        <h2 className="filter-heading">Duiding door de verteller</h2>
        <div className="filter-columns">{story.map(questionFilter)}</div>
        {participant.length > 0 && (
          <>
            <h2 className="filter-heading">Over de verteller</h2>
            <div className="filter-columns">{participant.map(questionFilter)}</div>
          </>
        )}
        <div className="filter-actions">
          <button type="submit" className="button">
            Filters toepassen
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onApply({ text: query.text, sort: query.sort })}
          >
            Filters wissen
          </button>
        </div>
      </form>
    </details>
  );
}
