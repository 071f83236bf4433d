import { localize, type TFramework } from '@duiding/survey/client';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef } from 'react';
import { Link } from 'wouter';
import { CHANNEL_LABELS, formatDay, STATUS_LABELS } from '../story-card';
import type { TRouterOutputs } from '../trpc';
import { DEFAULT_SORT, type TSort } from './story-query';

type TRow = TRouterOutputs['portal']['storyTable']['rows'][number];

const COLUMNS: { key: TSort['key'] | null; label: string }[] = [
  { key: 'createdOn', label: 'Datum' },
  { key: 'title', label: 'Titel' },
  { key: null, label: 'Vertelvraag' },
  { key: 'status', label: 'Status' },
  { key: 'channel', label: 'Kanaal' },
  { key: null, label: 'Verzameling' },
];

/**
 * The stories as one table of which only the rows in view are in the page: the table
 * says how many rows it has (aria-rowcount) and each row which one it is (aria-rowindex),
 * so a screen reader counts as if all were there. Near the end the next page loads.
 */
export function StoryTable({
  rows,
  total,
  collections,
  sort = DEFAULT_SORT,
  onSort,
  hasMore,
  loadMore,
  loadingMore,
  describedBy,
}: {
  rows: TRow[];
  total: number;
  collections: { id: string; title: string; framework: TFramework }[];
  sort?: TSort;
  onSort(sort: TSort): void;
  hasMore: boolean;
  loadMore(): void;
  loadingMore: boolean;
  describedBy: string;
}) {
  const scrollRef = useRef<HTMLElement>(null);
  const captionId = useId();
  const byId = new Map(collections.map((c) => [c.id, c]));
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 8,
    // Before layout (and in tests) draw a first screenful.
    initialRect: { width: 1000, height: 640 },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - 10) loadMore();
  }, [hasMore, lastIndex, rows.length, loadMore]);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));

  const sortLabel = (key: TSort['key']) =>
    sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  const nextSort = (key: TSort['key']): TSort =>
    sort.key === key
      ? { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
      : { key, direction: key === 'createdOn' ? 'desc' : 'asc' };

  return (
    <section
      className="story-table-scroll"
      ref={scrollRef}
      aria-labelledby={captionId}
      aria-describedby={describedBy}
      // The region scrolls by keyboard too (arrow keys, Page Down) once it has focus.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <table className="data-table data-table-stacked story-table" aria-rowcount={total + 1}>
        <caption id={captionId}>
          Verhalen, gesorteerd op {COLUMNS.find((c) => c.key === sort.key)?.label.toLowerCase()} (
          {sort.direction === 'asc' ? 'oplopend' : 'aflopend'})
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={column.key ? undefined : 'story-table-plain'}
                aria-sort={column.key ? sortLabel(column.key) : undefined}
              >
                {column.key ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort(nextSort(column.key!))}
                  >
                    {column.label}
                    <span aria-hidden="true" className="sort-mark">
                      {sort.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                    <span className="visually-hidden">, sorteren</span>
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable
            <tr aria-hidden="true" className="story-table-spacer">
              <td colSpan={COLUMNS.length} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            const collection = byId.get(row.collectionId);
            const prompt = collection?.framework.prompts.find((p) => p.id === row.promptId);
            return (
              <tr
                key={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
              >
                <td className="story-table-date" data-label="Datum">
                  {formatDay(row.createdOn)}
                </td>
                <th scope="row">
                  <Link href={`/verhalen/${row.id}`} className="story-table-title">
                    {row.title || 'Zonder titel'}
                  </Link>
                  {row.excerpt && <span className="story-table-excerpt">{row.excerpt}</span>}
                </th>
                <td data-label="Vertelvraag">
                  {prompt ? localize(prompt.label, { locale: 'nl' }) : row.promptId}
                </td>
                <td data-label="Status">{STATUS_LABELS[row.status] ?? row.status}</td>
                <td data-label="Kanaal">{CHANNEL_LABELS[row.channel]}</td>
                <td data-label="Verzameling">{collection?.title}</td>
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable
            <tr aria-hidden="true" className="story-table-spacer">
              <td colSpan={COLUMNS.length} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
      {loadingMore && (
        <p role="status" className="story-table-more">
          Meer verhalen laden…
        </p>
      )}
    </section>
  );
}
