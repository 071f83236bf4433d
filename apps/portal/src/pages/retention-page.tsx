import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { FormMessage } from '../form-message';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { type TRouterOutputs, useTRPC } from '../trpc';

type TPolicy = TRouterOutputs['portal']['retention']['get']['policy'];

/** How long the project keeps its stories; a daily job in the server carries it out. */
export function RetentionPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const current = useQuery(trpc.portal.retention.get.queryOptions({ projectId: project.id }));
  return (
    <>
      <PageHeading title={`Bewaartermijn · ${project.name}`}>Bewaartermijn</PageHeading>
      <p>
        Elke nacht kijkt de server welke verhalen ouder zijn dan de termijn. Die worden verwijderd,
        of teruggebracht tot hun anonieme antwoorden: zonder titel, tekst, codes en redacties. Het
        logboek houdt bij wanneer dat gebeurde.
      </p>
      {!current.data && (
        <QueryState isPending={current.isPending} error={current.error} what="Bewaartermijn" />
      )}
      {current.data && (
        <RetentionForm
          key={JSON.stringify(current.data.policy)}
          project={project}
          policy={current.data.policy}
        />
      )}
    </>
  );
}

function RetentionForm({ project, policy }: { project: TProject; policy: TPolicy }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = useId();
  const [enabled, setEnabled] = useState(policy !== null);
  const [months, setMonths] = useState(String(policy?.afterMonths ?? 24));
  const [mode, setMode] = useState<'delete' | 'reduce'>(policy?.mode ?? 'reduce');
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const save = useMutation(
    trpc.portal.retention.set.mutationOptions({
      onSuccess: async (result) => {
        setMessage({
          success: result.policy
            ? `Opgeslagen: na ${result.policy.afterMonths} maanden worden verhalen ${result.policy.mode === 'delete' ? 'verwijderd' : 'teruggebracht tot hun anonieme antwoorden'}.`
            : 'Opgeslagen: verhalen blijven bewaard tot iemand ze verwijdert.',
        });
        await queryClient.invalidateQueries({ queryKey: trpc.portal.retention.pathKey() });
      },
      onError: (e) => setMessage({ error: e }),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(months);
    if (enabled && !(Number.isInteger(n) && n >= 1 && n <= 1200)) {
      setError('Geef een heel aantal maanden van 1 tot en met 1200.');
      return;
    }
    setError(undefined);
    save.mutate({ projectId: project.id, policy: enabled ? { afterMonths: n, mode } : null });
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormMessage error={message.error} success={message.success} />
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
          />{' '}
          Verhalen na een vaste termijn opruimen
        </label>
      </div>
      {enabled && (
        <>
          <div className={`field${error ? ' has-error' : ''}`}>
            <label className="field-label" htmlFor={`${ids}-months`}>
              Na hoeveel maanden
            </label>
            {error && (
              <p className="field-error" id={`${ids}-error`}>
                {error}
              </p>
            )}
            <input
              id={`${ids}-months`}
              className="input-small"
              inputMode="numeric"
              value={months}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${ids}-error` : undefined}
              onChange={(e) => {
                setMonths(e.currentTarget.value);
                if (error) setError(undefined);
              }}
            />
          </div>
          <fieldset className="field">
            <legend className="field-label">Wat gebeurt er dan</legend>
            <label className="check">
              <input
                type="radio"
                name="mode"
                checked={mode === 'reduce'}
                onChange={() => setMode('reduce')}
              />{' '}
              Terugbrengen tot anonieme antwoorden (zonder titel en tekst)
            </label>
            <label className="check">
              <input
                type="radio"
                name="mode"
                checked={mode === 'delete'}
                onChange={() => setMode('delete')}
              />{' '}
              Helemaal verwijderen
            </label>
          </fieldset>
        </>
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        Opslaan
      </button>
    </form>
  );
}
