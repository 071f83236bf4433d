import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { FormMessage } from '../form-message';
import type { TProject } from '../project-area';
import { useTRPC } from '../trpc';
import type { TChartSpec } from './explorer-state';

/** "Zet in een rapport": the chart one is looking at, as a section of a draft report. */
export function AddToReport({
  project,
  spec,
  heading,
}: {
  project: TProject;
  spec: TChartSpec;
  heading: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const reports = useQuery(trpc.portal.reports.list.queryOptions({ projectId: project.id }));
  const drafts = reports.data?.reports.filter((r) => !r.publishedAt) ?? [];
  const [reportId, setReportId] = useState('');
  const chosen = drafts.find((r) => r.id === reportId) ?? drafts[0];
  const [added, setAdded] = useState<{ id: string; title: string } | null>(null);
  const add = useMutation(
    trpc.portal.reports.addSection.mutationOptions({
      onSuccess: (_, input) => {
        setAdded({ id: input.reportId, title: chosen?.title ?? '' });
        // The report's outline and its preview both changed.
        return queryClient.invalidateQueries({ queryKey: trpc.portal.reports.pathKey() });
      },
      onError: () => setAdded(null),
    }),
  );
  if (!reports.data) return null;
  return (
    <section className="explorer-to-report" aria-labelledby={`${id}-kop`}>
      <h2 id={`${id}-kop`}>In een rapport</h2>
      {drafts.length === 0 ? (
        <p>
          Er is nog geen conceptrapport. <Link href="/rapporten">Maak er een</Link> en zet deze
          figuur er dan in.
        </p>
      ) : (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) add.mutate({ projectId: project.id, reportId: chosen.id, heading, spec });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-rapport`}>Rapport</label>
            <select
              id={`${id}-rapport`}
              value={chosen?.id ?? ''}
              onChange={(e) => setReportId(e.currentTarget.value)}
            >
              {drafts.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary" disabled={add.isPending}>
            Zet deze figuur in het rapport
          </button>
        </form>
      )}
      <p className="chart-note">
        In het rapport staan de cijfers zoals lezers buiten het team ze zien: alleen goedgekeurde
        verhalen, groepen vanaf 10, afgerond op 5, zonder stippen.
      </p>
      <FormMessage
        error={add.error ?? undefined}
        success={added ? `Toegevoegd aan “${added.title}”.` : undefined}
      />
      {added && (
        <p>
          <Link href={`/rapporten/${added.id}`}>Open het rapport “{added.title}”</Link>
        </p>
      )}
    </section>
  );
}
