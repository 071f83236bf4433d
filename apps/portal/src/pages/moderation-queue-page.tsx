import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearch } from 'wouter';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { formatDay, STATUS_LABELS } from '../story-card';
import { useTRPC } from '../trpc';
import './moderation.css';

const TABS = [
  { status: 'pending', label: 'Te beoordelen' },
  { status: 'approved', label: 'Goedgekeurd' },
  { status: 'rejected', label: 'Afgewezen' },
] as const;
type TQueueStatus = (typeof TABS)[number]['status'];

/** The moderation queue: stories waiting for a decision, the longest waiting first. */
export function ModerationQueuePage({ project }: { project: TProject }) {
  const asked = new URLSearchParams(useSearch()).get('status');
  const status: TQueueStatus = TABS.find((t) => t.status === asked)?.status ?? 'pending';
  // A new status starts at its first page.
  return <ModerationQueue key={status} project={project} status={status} />;
}

function ModerationQueue({ project, status }: { project: TProject; status: TQueueStatus }) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const queue = useQuery(
    trpc.portal.moderation.queue.queryOptions({ projectId: project.id, status, limit: 25, cursor }),
  );
  const tab = TABS.find((t) => t.status === status)!;
  return (
    <>
      <PageHeading title={`Moderatie · ${project.name}`}>Moderatie</PageHeading>
      <p>
        Elk verhaal wordt hier gecontroleerd voordat iemand buiten het onderzoeksteam het leest.
        Duiders en rapporten krijgen alleen de geredigeerde tekst.
      </p>
      <nav aria-label="Status" className="segmented moderation-tabs">
        {TABS.map((t) => (
          <Link
            key={t.status}
            href={`/moderatie?status=${t.status}`}
            aria-current={t.status === status ? 'page' : undefined}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {!queue.data && (
        <QueryState isPending={queue.isPending} error={queue.error} what="Verhalen" />
      )}
      {queue.data && queue.data.items.length === 0 && (
        <p role="status">
          {status === 'pending' ? 'Er wacht geen verhaal op moderatie.' : 'Geen verhalen.'}
        </p>
      )}
      {queue.data && queue.data.items.length > 0 && (
        <>
          <div className="table-scroll moderation-queue">
            <table className="data-table data-table-stacked">
              <caption>
                {tab.label}: {queue.data.total} {queue.data.total === 1 ? 'verhaal' : 'verhalen'},
                oudste eerst
              </caption>
              <thead>
                <tr>
                  <th scope="col">Ingestuurd</th>
                  <th scope="col">Titel</th>
                  <th scope="col">Verzameling</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {queue.data.items.map((item) => (
                  <tr key={item.id}>
                    <td data-label="Ingestuurd">{formatDay(item.createdOn)}</td>
                    <th scope="row" data-label="Titel">
                      <Link href={`/moderatie/${item.id}`}>{item.title || '(zonder titel)'}</Link>
                    </th>
                    <td data-label="Verzameling">{item.collectionTitle}</td>
                    <td data-label="Status">{STATUS_LABELS[item.status] ?? item.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav aria-label="Pagina's van de wachtrij" className="pager">
            <button
              type="button"
              className="button button-secondary"
              disabled={cursors.length === 1}
              onClick={() => setCursors((c) => c.slice(0, -1))}
            >
              Vorige pagina
            </button>
            <span>Pagina {cursors.length}</span>
            <button
              type="button"
              className="button button-secondary"
              disabled={!queue.data.nextCursor}
              onClick={() => setCursors((c) => [...c, queue.data.nextCursor ?? undefined])}
            >
              Volgende pagina
            </button>
          </nav>
        </>
      )}
    </>
  );
}
