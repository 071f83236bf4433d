import { localize } from '@duiding/survey/client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { formatDay, STATUS_LABELS, StoryCard } from '../story-card';
import { useTRPC } from '../trpc';

export const STORIES_PER_PAGE = 25;

/**
 * The project's stories, newest first, one page of a table at a time. Pages come by cursor
 * and stay cached, so going back a page asks the server nothing.
 */
export function StoriesPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const [pageIndex, setPageIndex] = useState(0);
  const [openId, setOpenId] = useState<string>();
  const stories = useInfiniteQuery(
    trpc.portal.stories.infiniteQueryOptions(
      { projectId: project.id, limit: STORIES_PER_PAGE },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const pages = stories.data?.pages ?? [];
  const page = pages[pageIndex];
  const collections = new Map(pages.flatMap((p) => p.collections).map((c) => [c.id, c]));
  const hasNext = pageIndex < pages.length - 1 || stories.hasNextPage;

  const next = async () => {
    if (pageIndex === pages.length - 1) await stories.fetchNextPage();
    setPageIndex((i) => i + 1);
    setOpenId(undefined);
  };

  return (
    <>
      <PageHeading title={`Verhalen · ${project.name}`}>Verhalen</PageHeading>
      {!page && <QueryState isPending={stories.isPending} error={stories.error} what="Verhalen" />}
      {page?.withheld && (
        <div className="notice" role="status">
          <p>{page.withheld}</p>
        </div>
      )}
      {page && !page.withheld && page.stories.length === 0 && pageIndex === 0 && (
        <p>Dit project heeft nog geen verhalen.</p>
      )}
      {page && page.stories.length > 0 && (
        <>
          <div className="table-scroll">
            <table className="data-table data-table-stacked">
              <caption id="verhalen-caption">
                Verhalen {pageIndex * STORIES_PER_PAGE + 1} tot en met{' '}
                {pageIndex * STORIES_PER_PAGE + page.stories.length}, nieuwste eerst
              </caption>
              <thead>
                <tr>
                  <th scope="col">Datum</th>
                  <th scope="col">Titel</th>
                  <th scope="col">Vertelvraag</th>
                  <th scope="col">Status</th>
                  <th scope="col">Verzameling</th>
                </tr>
              </thead>
              <tbody>
                {page.stories.map((story) => {
                  const collection = collections.get(story.collectionId);
                  const prompt = collection?.framework.prompts.find((p) => p.id === story.promptId);
                  const open = openId === story.id;
                  return (
                    <Fragment key={story.id}>
                      <tr>
                        <td data-label="Datum">{formatDay(story.createdOn)}</td>
                        <th scope="row" data-label="Titel">
                          <button
                            type="button"
                            className="button-link"
                            aria-expanded={open}
                            aria-controls={`verhaal-${story.id}-details`}
                            onClick={() => setOpenId(open ? undefined : story.id)}
                          >
                            {story.title}
                          </button>
                        </th>
                        <td data-label="Vertelvraag">
                          {prompt ? localize(prompt.label, { locale: 'nl' }) : story.promptId}
                        </td>
                        <td data-label="Status">{STATUS_LABELS[story.status] ?? story.status}</td>
                        <td data-label="Verzameling">{collection?.title}</td>
                      </tr>
                      {open && (
                        <tr id={`verhaal-${story.id}-details`}>
                          <td colSpan={5}>
                            <StoryCard
                              story={story}
                              framework={collection?.framework}
                              collectionTitle={collection?.title}
                            />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
          <nav aria-label="Pagina's van de verhalen" className="pager">
            <button
              type="button"
              className="button button-secondary"
              disabled={pageIndex === 0}
              onClick={() => {
                setPageIndex((i) => i - 1);
                setOpenId(undefined);
              }}
            >
              Vorige pagina
            </button>
            <span>Pagina {pageIndex + 1}</span>
            <button
              type="button"
              className="button button-secondary"
              disabled={!hasNext || stories.isFetchingNextPage}
              onClick={() => void next()}
            >
              {stories.isFetchingNextPage ? 'Laden…' : 'Volgende pagina'}
            </button>
          </nav>
          {stories.isFetchNextPageError && (
            <QueryState isPending={false} error={stories.error} what="Verhalen" />
          )}
        </>
      )}
    </>
  );
}
