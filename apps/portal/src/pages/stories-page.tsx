import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { StoryFilterPanel } from '../story-table/filter-panel';
import {
  countFilters,
  readStoryQuery,
  type TStoryQuery,
  writeStoryQuery,
} from '../story-table/story-query';
import { StoryTable } from '../story-table/story-table';
import { useTRPC } from '../trpc';
import '../story-table/story-table.css';

export const STORIES_PER_PAGE = 50;

/**
 * The project's stories as a table: searched, filtered, sorted and counted on the server,
 * loaded page by page as the table scrolls. The search, filters and sort live in the URL,
 * so Back, Forward, Reload and a shared link show the same table.
 */
export function StoriesPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const search = useSearch();
  const [, navigate] = useLocation();
  const query = readStoryQuery(search);
  const searchId = useId();
  // What is typed follows the URL when it changes by Back, Forward or "wissen".
  const [typed, setTyped] = useState(query.text ?? '');
  useEffect(() => setTyped(query.text ?? ''), [query.text]);
  const countId = useId();
  const setQuery = (next: TStoryQuery) => {
    const qs = writeStoryQuery(next);
    navigate(qs ? `/verhalen?${qs}` : '/verhalen');
  };

  const labels = useQuery(trpc.portal.storyTableLabels.queryOptions({ projectId: project.id }));
  const stories = useInfiniteQuery(
    trpc.portal.storyTable.infiniteQueryOptions(
      { projectId: project.id, limit: STORIES_PER_PAGE, ...query },
      { getNextPageParam: (last) => last.nextCursor ?? undefined, placeholderData: (p) => p },
    ),
  );
  const first = stories.data?.pages[0];
  const rows = stories.data?.pages.flatMap((p) => p.rows) ?? [];
  const total = first?.total ?? null;
  const filters = countFilters(query);

  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ ...query, text: typed });
  };

  return (
    <>
      <PageHeading title={`Verhalen · ${project.name}`}>Verhalen</PageHeading>
      {/* biome-ignore lint/a11y/useSemanticElements: the search landmark on the form itself */}
      <form role="search" className="story-search" onSubmit={submitSearch}>
        <label htmlFor={searchId} className="field-label">
          Zoek in de verhalen
        </label>
        <p className="field-hint" id={`${searchId}-hint`}>
          Hoofdletters en accenten tellen niet. "Woorden tussen aanhalingstekens" zoekt ze samen,
          wacht* ook wachten en wachtlijst, -woord laat verhalen met dat woord weg, OR zoekt het een
          of het ander.
        </p>
        <div className="story-search-row">
          <input
            id={searchId}
            name="q"
            type="search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            maxLength={500}
            aria-describedby={`${searchId}-hint`}
            autoComplete="off"
          />
          <button type="submit" className="button">
            Zoeken
          </button>
        </div>
      </form>
      {labels.data ? (
        <StoryFilterPanel
          key={search}
          project={project}
          labels={labels.data}
          query={query}
          active={filters}
          onApply={setQuery}
        />
      ) : (
        <QueryState isPending={labels.isPending} error={labels.error} what="Filters" />
      )}
      <div className="story-count" id={countId} role="status">
        {first?.withheld
          ? ''
          : total === null
            ? stories.isPending
              ? 'Verhalen laden…'
              : ''
            : `${total.toLocaleString('nl-NL')} ${total === 1 ? 'verhaal' : 'verhalen'} gevonden${
                query.text || filters > 0 ? ' met deze zoekopdracht en filters' : ''
              }`}
      </div>
      {(query.text || filters > 0) && (
        <p>
          <button
            type="button"
            className="button-link"
            onClick={() => setQuery({ sort: query.sort })}
          >
            Zoekopdracht en filters wissen
          </button>
        </p>
      )}
      {!first && <QueryState isPending={stories.isPending} error={stories.error} what="Verhalen" />}
      {first?.withheld && (
        <div className="notice" role="status">
          <p>{first.withheld}</p>
        </div>
      )}
      {first && !first.withheld && rows.length === 0 && (
        <p>
          {query.text || filters > 0
            ? 'Geen verhalen gevonden. Probeer een ander woord of minder filters.'
            : 'Dit project heeft nog geen verhalen.'}
        </p>
      )}
      {first && !first.withheld && rows.length > 0 && labels.data && (
        <StoryTable
          rows={rows}
          total={total ?? rows.length}
          collections={labels.data.collections}
          sort={query.sort}
          onSort={(sort) => setQuery({ ...query, sort })}
          hasMore={stories.hasNextPage}
          loadMore={() => {
            if (!stories.isFetchingNextPage) void stories.fetchNextPage();
          }}
          loadingMore={stories.isFetchingNextPage}
          describedBy={countId}
        />
      )}
      {stories.isFetchNextPageError && (
        <QueryState isPending={false} error={stories.error} what="Verhalen" />
      )}
    </>
  );
}
