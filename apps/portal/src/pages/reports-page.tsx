import { FieldError } from '@duiding/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { FormMessage, formatMoment } from '../form-message';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { useTRPC } from '../trpc';

/** The project's reports, drafts and published ones, and a new one. */
export default function ReportsPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const input = { projectId: project.id };
  const list = useQuery(trpc.portal.reports.list.queryOptions(input));
  const titleId = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<unknown>();
  const create = useMutation(
    trpc.portal.reports.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.portal.reports.list.queryKey(input) });
        navigate(`/rapporten/${id}`);
      },
      onError: setMessage,
    }),
  );
  const canWrite = project.capabilities.includes('reports.write');
  return (
    <>
      <PageHeading title={`Rapporten · ${project.name}`}>Rapporten</PageHeading>
      {!list.data && <QueryState isPending={list.isPending} error={list.error} what="Rapporten" />}
      {list.data && list.data.reports.length === 0 && <p>Nog geen rapporten.</p>}
      {list.data && list.data.reports.length > 0 && (
        <ul className="catalysis-list">
          {list.data.reports.map((r) => (
            <li key={r.id} className="catalysis-card">
              <h2>
                <Link href={`/rapporten/${r.id}`}>{r.title}</Link>
              </h2>
              <p className="story-meta">
                {r.publishedAt
                  ? `Gepubliceerd op ${formatMoment(String(r.publishedAt))}`
                  : `Concept, bijgewerkt op ${formatMoment(String(r.updatedAt))}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <section aria-labelledby="nieuw-rapport">
          <h2 id="nieuw-rapport">Nieuw rapport</h2>
          <FormMessage error={message} />
          <form
            className="inline-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!title.trim()) {
                setError('Geef het rapport een titel.');
                document.getElementById(titleId)?.focus();
                return;
              }
              setError(undefined);
              create.mutate({ projectId: project.id, title });
            }}
          >
            <div className={`field${error ? ' has-error' : ''}`}>
              <label className="field-label" htmlFor={titleId}>
                Titel
              </label>
              <FieldError id={`${titleId}-fout`} message={error} />
              <input
                id={titleId}
                value={title}
                maxLength={200}
                onChange={(e) => setTitle(e.currentTarget.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${titleId}-fout` : undefined}
              />
            </div>
            <button type="submit" className="button" disabled={create.isPending}>
              Rapport maken
            </button>
          </form>
        </section>
      )}
    </>
  );
}
