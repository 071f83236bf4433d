import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { type TRouterOutputs, useTRPC } from '../trpc';

type TDashboard = TRouterOutputs['portal']['collections']['dashboard'];
type TRow = TDashboard['perDay'];
type TCell = Extract<TRow['counts'], { kind: 'table' }>['cells'][number][number];

const cell = (c: TCell | undefined) => (!c ? '' : c.kind === 'value' ? String(c.value) : c.display);

/** One row of counts as a table; a withheld row says why (small groups outside the team). */
function CountTable({ caption, row }: { caption: string; row: TRow }) {
  if (row.counts.kind === 'withheld')
    return (
      <p>
        <strong>{caption}:</strong> {row.counts.reason}
      </p>
    );
  const counts = row.counts.cells[0] ?? [];
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Groep</th>
            <th scope="col">Verhalen</th>
          </tr>
        </thead>
        <tbody>
          {row.labels.map((label, i) => (
            <tr key={label.id}>
              <th scope="row">{label.label}</th>
              <td>{cell(counts[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Stories per day, per participant question and how far participants get, for one collection. */
export default function DashboardPage({
  project,
  collectionId,
}: {
  project: TProject;
  collectionId: string;
}) {
  const trpc = useTRPC();
  const dashboard = useQuery(
    trpc.portal.collections.dashboard.queryOptions({ projectId: project.id, collectionId }),
  );
  const list = useQuery(trpc.portal.collections.list.queryOptions({ projectId: project.id }));
  const collection = list.data?.collections.find((c) => c.id === collectionId);
  const d = dashboard.data;
  return (
    <>
      <p>
        <Link href="/verzamelingen">← Alle verzamelingen</Link>
      </p>
      <PageHeading title={`Dashboard · ${collection?.title ?? 'verzameling'}`}>
        Dashboard{collection ? `: ${collection.title}` : ''}
      </PageHeading>
      {!d && (
        <QueryState isPending={dashboard.isPending} error={dashboard.error} what="Dashboard" />
      )}
      {d && (
        <>
          <p>
            {d.stories === null
              ? 'Het aantal verhalen is te klein om te tonen.'
              : `${d.stories} verhalen.`}
          </p>
          <CountTable caption="Verhalen per dag" row={d.perDay} />
          {d.perParticipantQuestion.map((q) => (
            <CountTable
              key={q.questionId}
              caption={`Verhalen per antwoord op "${q.label}"${q.multiple ? ' (meer antwoorden mogelijk)' : ''}`}
              row={q.row}
            />
          ))}
          <h2>Hoe ver deelnemers komen</h2>
          <ul>
            {d.steps.map((s) => (
              <li key={s.step}>
                {s.step}:{' '}
                {s.kind === 'shown' ? `${s.count} (${Math.round(s.share * 100)}%)` : s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
