import '@duiding/ui/charts.css';
import './explorer.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useLocation, useSearch } from 'wouter';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { useTRPC } from '../trpc';
import { AddToReport } from './add-to-report';
import { ChartView } from './chart-view';
import { ComparisonNote } from './comparison-note';
import { ExplorerFilters } from './explorer-filters';
import {
  changeExplorerState,
  chartSpecOf,
  readExplorerState,
  type TExplorerState,
  writeExplorerState,
} from './explorer-state';
import { READER_PAGE, StoryReader } from './story-reader';

/**
 * Verkennen: one question as a chart, in the stories the filters leave, grouped by a
 * choice question, collection or year, overlaid or side by side; under a comparison its
 * test; a region selected in a triangle opens the story reader. Everything is in the URL.
 */
export default function ExplorerPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const id = useId();
  const state = readExplorerState(search);
  const set = (change: Partial<TExplorerState>) =>
    navigate(`${location}${writeExplorerState(changeExplorerState(state, change))}`);
  const info = useQuery(
    trpc.portal.explorer.questions.queryOptions({
      projectId: project.id,
      framework: state.framework,
    }),
  );
  const chartable = info.data?.questions.filter((q) => q.chartable) ?? [];
  const question = chartable.find((q) => q.id === state.question) ?? chartable[0];
  const view = {
    projectId: project.id,
    framework: state.framework,
    filters: state.filters,
    groupBy: state.groupBy,
  };
  const chart = useQuery({
    ...trpc.portal.explorer.chart.queryOptions({ ...view, question: question?.id ?? '' }),
    enabled: question !== undefined,
    placeholderData: keepPreviousData,
  });
  const selecting = question?.kind === 'triad' && state.selection !== null;
  const reader = useQuery({
    ...trpc.portal.explorer.regionStories.queryOptions({
      ...view,
      question: question?.id ?? '',
      group: state.selectionGroup,
      selection: state.selection ?? { kind: 'zone', zone: 'centre' },
      offset: Math.floor(state.story / READER_PAGE) * READER_PAGE,
      limit: READER_PAGE,
    }),
    enabled: selecting,
    placeholderData: keepPreviousData,
  });
  const outside = info.data?.audience === 'outside';
  const groupings = info.data?.questions.filter((q) => q.kind === 'choice') ?? [];
  const groupValue =
    state.groupBy?.kind === 'question'
      ? `vraag:${state.groupBy.question}`
      : state.groupBy?.kind === 'collection'
        ? 'verzameling'
        : state.groupBy?.kind === 'year'
          ? 'jaar'
          : '';

  return (
    <>
      <PageHeading title={`Verkennen · ${project.name}`}>Verkennen</PageHeading>
      {!info.data && <QueryState isPending={info.isPending} error={info.error} what="Vragen" />}
      {info.data && (
        <div className="explorer">
          <div className="explorer-controls">
            {outside && (
              <p className="notice" role="note">
                Je ziet alleen goedgekeurde verhalen. Groepen onder de 10 verhalen tonen we niet;
                aantallen zijn afgerond op 5 en kleine aantallen staan er als "&lt;5".
              </p>
            )}
            <div className="explorer-fields">
              {info.data.frameworks.length > 1 && (
                <div className="field">
                  <label htmlFor={`${id}-vragenlijst`}>Vragenlijst</label>
                  <select
                    id={`${id}-vragenlijst`}
                    value={info.data.framework.id}
                    onChange={(e) =>
                      set({
                        framework: e.target.value,
                        question: undefined,
                        filters: [],
                        groupBy: null,
                      })
                    }
                  >
                    {info.data.frameworks.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.title}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <div className="field">
                <label htmlFor={`${id}-vraag`}>Vraag</label>
                <select
                  id={`${id}-vraag`}
                  value={question?.id ?? ''}
                  onChange={(e) => set({ question: e.target.value })}
                >
                  {chartable.map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-indeling`}>Vergelijk groepen naar</label>
                <select
                  id={`${id}-indeling`}
                  value={groupValue}
                  onChange={(e) => {
                    const value = e.target.value;
                    set({
                      groupBy:
                        value === 'verzameling'
                          ? { kind: 'collection' }
                          : value === 'jaar'
                            ? { kind: 'year' }
                            : value.startsWith('vraag:')
                              ? { kind: 'question', question: value.slice(6) }
                              : null,
                    });
                  }}
                >
                  <option value="">Niet vergelijken</option>
                  {groupings.map((q) => (
                    <option key={q.id} value={`vraag:${q.id}`}>
                      {q.label}
                    </option>
                  ))}
                  <option value="verzameling">Verzameling</option>
                  <option value="jaar">Jaar</option>
                </select>
              </div>
              {state.groupBy && (
                <fieldset className="field explorer-layout">
                  <legend>Groepen</legend>
                  <label>
                    <input
                      type="radio"
                      name={`${id}-weergave`}
                      checked={state.layout === 'overlaid'}
                      onChange={() => set({ layout: 'overlaid' })}
                    />{' '}
                    over elkaar
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={`${id}-weergave`}
                      checked={state.layout === 'side-by-side'}
                      onChange={() => set({ layout: 'side-by-side' })}
                    />{' '}
                    naast elkaar
                  </label>
                </fieldset>
              )}
              {question?.kind === 'triad' && (
                <fieldset className="field explorer-layout">
                  <legend>Driehoek</legend>
                  <label>
                    <input
                      type="checkbox"
                      checked={state.heat}
                      onChange={(e) => set({ heat: e.target.checked })}
                    />{' '}
                    warmtekaart
                  </label>
                  <label>
                    <input
                      type="checkbox"
                      checked={state.jitter}
                      disabled={state.heat}
                      onChange={(e) => set({ jitter: e.target.checked })}
                    />{' '}
                    stippen spreiden
                  </label>
                </fieldset>
              )}
            </div>
            <ExplorerFilters
              info={info.data}
              filters={state.filters}
              onChange={(filters) => set({ filters })}
            />
          </div>
          <div className="explorer-result" aria-busy={chart.isFetching}>
            {!chart.data && (
              <QueryState isPending={chart.isPending} error={chart.error} what="Figuur" />
            )}
            {chart.error && chart.data && (
              <QueryState isPending={false} error={chart.error} what="Figuur" />
            )}
            {chart.data && (
              <>
                <p className="chart-note" role="status">
                  {chart.data.stories.display} verhalen in deze selectie.
                </p>
                {chart.data.comparison && <ComparisonNote comparison={chart.data.comparison} />}
                <ChartView
                  result={chart.data}
                  layout={state.layout}
                  heat={state.heat}
                  jitter={state.jitter}
                  selection={state.selection}
                  selectionGroup={state.selectionGroup}
                  onSelect={(selection, group) => set({ selection, selectionGroup: group })}
                />
                {chart.data.chart.kind === 'triad' && !selecting && (
                  <p className="chart-note">
                    Sleep een rechthoek of lasso in de driehoek, of kies een zone, om de verhalen in
                    dat gebied te lezen.
                  </p>
                )}
                {question && project.capabilities.includes('reports.write') && (
                  <AddToReport
                    project={project}
                    heading={question.label}
                    spec={chartSpecOf(state, question.id, info.data.collections)}
                  />
                )}
              </>
            )}
            {selecting && (
              <>
                {!reader.data && (
                  <QueryState isPending={reader.isPending} error={reader.error} what="Verhalen" />
                )}
                <StoryReader
                  heading="Verhalen in het gekozen gebied"
                  page={reader.data}
                  index={state.story}
                  questions={info.data.questions}
                  onIndex={(story) => set({ story })}
                />
              </>
            )}
          </div>
        </div>
      )}
    </>
  );
}
