import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormMessage, formatMoment } from '../form-message';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { type TRouterOutputs, useTRPC } from '../trpc';
import { PanelNav } from './panel-nav';
import { canRetryMail, MAIL_KIND_LABEL, mailStatusLabel } from './panel-text';
import './panel.css';

type TMail = TRouterOutputs['portal']['panel']['mail']['mail'][number];
type TFilter = 'all' | 'problems';

/** The panel's outbox: what was sent, what waits, and what failed or bounced, to retry. */
export default function PanelMailPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [only, setOnly] = useState<TFilter>('all');
  // The outbox changes by itself (the mail job), so the list looks again every half minute.
  const mail = useQuery({
    ...trpc.portal.panel.mail.queryOptions({ projectId: project.id, only }),
    refetchInterval: 30_000,
  });
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const retry = useMutation(
    trpc.portal.panel.retryMail.mutationOptions({
      onSuccess: () => {
        setMessage({
          success: 'Het bericht staat weer in de wachtrij en wordt binnen een minuut verstuurd.',
        });
        return queryClient.invalidateQueries({ queryKey: trpc.portal.panel.mail.pathKey() });
      },
      onError: (error) => setMessage({ error }),
    }),
  );
  return (
    <>
      <PageHeading title={`Panelmail · ${project.name}`}>Panelmail</PageHeading>
      <PanelNav />
      <p>
        Elk bericht wacht hier tot de mailserver het aanneemt. Lukt dat niet, dan probeert Duiding
        het later opnieuw, steeds wat langer wachtend; na acht pogingen geeft het op. Een geweigerd
        adres (bounce) wordt niet vanzelf opnieuw geprobeerd.
      </p>
      <fieldset className="segmented mail-filter">
        <legend>Toon</legend>
        {(
          [
            ['all', 'Alle berichten'],
            ['problems', 'Alleen problemen'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-filter`}
              value={value}
              checked={only === value}
              onChange={() => setOnly(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <FormMessage error={message.error} success={message.success} />
      {!mail.data && <QueryState isPending={mail.isPending} error={mail.error} what="Mail" />}
      {mail.data && mail.data.mail.length === 0 && (
        <div className="notice">
          <p>
            {only === 'problems'
              ? 'Geen problemen: elk bericht is verstuurd of wacht op zijn eerste poging.'
              : 'Er is nog geen mail. Die ontstaat als je leden toevoegt of een ronde opent.'}
          </p>
        </div>
      )}
      {mail.data && mail.data.mail.length > 0 && (
        <MailTable
          mail={mail.data.mail}
          caption={only === 'problems' ? 'Problemen' : 'Alle berichten'}
          busy={retry.isPending}
          onRetry={(mailId) => retry.mutate({ projectId: project.id, mailId })}
        />
      )}
    </>
  );
}

function MailTable({
  mail,
  caption,
  busy,
  onRetry,
}: {
  mail: TMail[];
  caption: string;
  busy: boolean;
  onRetry: (mailId: string) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table data-table-stacked panel-table mail-table">
        <caption>
          {caption} ({mail.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Aan</th>
            <th scope="col">Soort</th>
            <th scope="col">Status</th>
            <th scope="col">Pogingen</th>
            <th scope="col">Laatste fout</th>
            <th scope="col">Volgende poging</th>
            <th scope="col">Opnieuw</th>
          </tr>
        </thead>
        <tbody>
          {mail.map((m) => {
            const problem = canRetryMail(m);
            return (
              <tr key={m.id} className={problem ? 'mail-problem' : undefined}>
                <th scope="row" data-label="Aan">
                  {m.toAddress}
                  <span className="mail-subject">{m.subject}</span>
                </th>
                <td data-label="Soort">{MAIL_KIND_LABEL[m.kind]}</td>
                <td data-label="Status">{mailStatusLabel(m)}</td>
                <td data-label="Pogingen">{m.attempts}</td>
                <td data-label="Laatste fout" className="mail-error">
                  {m.lastError ?? '—'}
                </td>
                <td data-label="Volgende poging">
                  {m.status === 'queued' ? formatMoment(m.nextAttemptAt) : '—'}
                </td>
                <td data-label="Opnieuw">
                  {problem ? (
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-disabled={busy || undefined}
                      onClick={() => !busy && onRetry(m.id)}
                    >
                      Opnieuw versturen
                      <span className="visually-hidden">
                        : {MAIL_KIND_LABEL[m.kind]} aan {m.toAddress}
                      </span>
                    </button>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
