import '@duiding/ui/charts.css';
import './explorer.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { type TRouterInputs, useTRPC } from '../trpc';
import { ChartView } from './chart-view';
import { ComparisonNote } from './comparison-note';
import { READER_PAGE, StoryReader } from './story-reader';

type TPatternsInput = TRouterInputs['portal']['patterns']['list'];
type TKind = NonNullable<TPatternsInput['kind']>;
type TStrength = NonNullable<TPatternsInput['strength']>;

const PER_PAGE = 25;
const KINDS: { value: TKind; label: string }[] = [
  { value: 'triad', label: 'Driehoek' },
  { value: 'dyad', label: 'Schuifbalk' },
  { value: 'stones', label: 'Stenen' },
  { value: 'choice', label: 'Keuzevraag' },
  { value: 'scale', label: 'Schaal' },
];
const STRENGTHS: { value: TStrength; label: string }[] = [
  { value: 'all', label: 'Alle patronen' },
  { value: 'significant', label: 'Significant (q < 0,05)' },
  { value: 'medium', label: 'Significant en minstens middelgroot effect' },
];
const KEY = /^[\w.:-]{1,80}$/;

interface TPatternsState {
  question?: string;
  kind?: TKind;
  strength: TStrength;
  page: number;
  pattern?: string;
  story: number;
}

export function readPatternsState(search: string): TPatternsState {
  const params = new URLSearchParams(search);
  const question = params.get('vraag') ?? '';
  const kind = params.get('soort') ?? '';
  const strength = params.get('sterkte') ?? '';
  const page = Number(params.get('pagina') ?? '1');
  const story = Number(params.get('verhaal') ?? '1');
  const pattern = params.get('patroon') ?? '';
  return {
    question: KEY.test(question) ? question : undefined,
    kind: KINDS.some((k) => k.value === kind) ? (kind as TKind) : undefined,
    strength: STRENGTHS.some((s) => s.value === strength) ? (strength as TStrength) : 'all',
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    pattern: pattern.length >= 3 && pattern.length <= 300 ? pattern : undefined,
    story: Number.isInteger(story) && story >= 1 ? story - 1 : 0,
  };
}

export function writePatternsState(state: TPatternsState): string {
  const params = new URLSearchParams();
  if (state.question) params.set('vraag', state.question);
  if (state.kind) params.set('soort', state.kind);
  if (state.strength !== 'all') params.set('sterkte', state.strength);
  if (state.page > 0) params.set('pagina', String(state.page + 1));
  if (state.pattern) params.set('patroon', state.pattern);
  if (state.story > 0) params.set('verhaal', String(state.story + 1));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Patronen: the ranked list of the pattern scan (by q, then p), filtered by question, kind
 * and strength; each pattern's chart and the stories behind it.
 */
export default function PatternsPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const id = useId();
  const state = readPatternsState(search);
  const set = (change: Partial<TPatternsState>) => {
    const filterChanged = 'question' in change || 'kind' in change || 'strength' in change;
    const next = { ...state, ...(filterChanged ? { page: 0, pattern: undefined } : {}), ...change };
    if ('pattern' in change || filterChanged) next.story = change.story ?? 0;
    navigate(`${location}${writePatternsState(next)}`);
  };
  const list = useQuery({
    ...trpc.portal.patterns.list.queryOptions({
      projectId: project.id,
      question: state.question,
      kind: state.kind,
      strength: state.strength,
      offset: state.page * PER_PAGE,
      limit: PER_PAGE,
    }),
    placeholderData: keepPreviousData,
  });
  const info = useQuery(trpc.portal.explorer.questions.queryOptions({ projectId: project.id }));
  const chosen = list.data?.patterns.find((p) => p.id === state.pattern);
  const chart = useQuery({
    ...trpc.portal.explorer.chart.queryOptions({
      projectId: project.id,
      question: chosen?.chart.question ?? '',
      groupBy: chosen?.chart.groupBy ?? null,
      filters: [],
    }),
    enabled: chosen !== undefined,
  });
  const stories = useQuery({
    ...trpc.portal.patterns.stories.queryOptions({
      projectId: project.id,
      patternId: state.pattern ?? '',
      offset: Math.floor(state.story / READER_PAGE) * READER_PAGE,
      limit: READER_PAGE,
    }),
    enabled: state.pattern !== undefined,
    placeholderData: keepPreviousData,
  });
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));

  return (
    <>
      <PageHeading title={`Patronen · ${project.name}`}>Patronen</PageHeading>
      <p>
        Alle verbanden die de patroonzoeker toetste, op volgorde van q (gecorrigeerd voor het aantal
        toetsen) en dan p. Effectgroottes van verschillende toetsen zijn niet vergelijkbaar, dus die
        bepalen de volgorde niet.
      </p>
      <form className="explorer-fields pattern-filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-vraag`}>Vraag</label>
          <select
            id={`${id}-vraag`}
            value={state.question ?? ''}
            onChange={(e) => set({ question: e.target.value || undefined })}
          >
            <option value="">Alle vragen</option>
            {(list.data?.questions ?? []).map((q) => (
              <option key={q.id} value={q.id}>
                {q.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-soort`}>Soort vraag</label>
          <select
            id={`${id}-soort`}
            value={state.kind ?? ''}
            onChange={(e) => set({ kind: (e.target.value || undefined) as TKind | undefined })}
          >
            <option value="">Alle soorten</option>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sterkte`}>Sterkte</label>
          <select
            id={`${id}-sterkte`}
            value={state.strength}
            onChange={(e) => set({ strength: e.target.value as TStrength })}
          >
            {STRENGTHS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </form>
      {!list.data && <QueryState isPending={list.isPending} error={list.error} what="Patronen" />}
      {list.data && (
        <div className="explorer">
          <section aria-labelledby={`${id}-lijst`}>
            <h2 id={`${id}-lijst`} role="status">
              {total} {total === 1 ? 'patroon' : 'patronen'}
              {pages > 1 && `, bladzijde ${state.page + 1} van ${pages}`}
            </h2>
            <ol className="pattern-list" start={state.page * PER_PAGE + 1}>
              {list.data.patterns.map((pattern) => (
                <li
                  key={pattern.id}
                  className="pattern-item"
                  aria-current={pattern.id === state.pattern ? 'true' : undefined}
                >
                  <h3>
                    {pattern.rank}. {pattern.description}
                  </h3>
                  <p className="chart-note">
                    q = {pattern.qText}, p = {pattern.pText}; {pattern.effect.strength} effect ·{' '}
                    {pattern.testLabel} · {pattern.left.label} × {pattern.right.label} ·{' '}
                    {pattern.groupSizes.map((g) => `${g.label} (n = ${g.n.display})`).join(', ')}
                  </p>
                  <button
                    type="button"
                    className="button-secondary"
                    aria-pressed={pattern.id === state.pattern}
                    onClick={() => set({ pattern: pattern.id })}
                  >
                    Figuur en verhalen
                  </button>
                </li>
              ))}
            </ol>
            {pages > 1 && (
              <div className="reader-nav">
                <button
                  type="button"
                  className="button-secondary"
                  disabled={state.page === 0}
                  onClick={() => set({ page: state.page - 1 })}
                >
                  Vorige bladzijde
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  disabled={state.page + 1 >= pages}
                  onClick={() => set({ page: state.page + 1 })}
                >
                  Volgende bladzijde
                </button>
              </div>
            )}
          </section>
          <section aria-labelledby={`${id}-gekozen`} className="explorer-result">
            <h2 id={`${id}-gekozen`}>{chosen ? chosen.description : 'Kies een patroon'}</h2>
            {chosen && (
              <p>
                <Link
                  href={`/verkennen?vraag=${encodeURIComponent(chosen.chart.question)}${
                    chosen.chart.groupBy?.kind === 'question'
                      ? `&indeling=vraag:${encodeURIComponent(chosen.chart.groupBy.question)}`
                      : chosen.chart.groupBy?.kind === 'collection'
                        ? '&indeling=verzameling'
                        : ''
                  }`}
                >
                  Verder verkennen
                </Link>
              </p>
            )}
            {chosen && !chart.data && (
              <QueryState isPending={chart.isPending} error={chart.error} what="Figuur" />
            )}
            {chosen && chart.data && (
              <>
                {chart.data.comparison && <ComparisonNote comparison={chart.data.comparison} />}
                <ChartView
                  result={chart.data}
                  layout="overlaid"
                  heat={false}
                  jitter={false}
                  selection={null}
                  selectionGroup={null}
                />
              </>
            )}
            {state.pattern && info.data && (
              <StoryReader
                heading="Verhalen achter dit patroon"
                page={stories.data}
                index={state.story}
                questions={info.data.questions}
                onIndex={(story) => set({ story })}
              />
            )}
          </section>
        </div>
      )}
    </>
  );
}
