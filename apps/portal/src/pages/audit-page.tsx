import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { formatMoment } from '../form-message';
import { PageHeading } from '../page-heading';
import { QueryState } from '../query-state';
import { formatDay } from '../story-card';
import { type TRouterInputs, useTRPC } from '../trpc';

/** Families of audit actions (the part before the dot), as the filter offers them. */
export const AUDIT_FAMILIES: Record<string, string> = {
  'user.': 'Accounts en inloggen',
  'invitation.': 'Uitnodigingen aangenomen',
  'team.': 'Team en rollen',
  'project.': 'Projecten',
  'stories.': 'Verhalenlijsten bekeken',
  'story.': 'Verhalen beoordeeld of ingevoerd',
  'framework.': 'Vragenlijsten',
  'collection.': 'Verzamelingen',
  'participant.': 'Deelnemers',
  'panel.': 'Professionalpanel',
};

export interface TAuditFilter {
  actorUserId?: string;
  action?: string;
  fromDay?: string;
  toDay?: string;
}

/** The filter lives in the address, so a filtered log can be linked and reloaded. */
export function readAuditFilter(search: string): TAuditFilter {
  const params = new URLSearchParams(search);
  const filter: TAuditFilter = {};
  const set = (key: keyof TAuditFilter, param: string) => {
    const value = params.get(param);
    if (value) filter[key] = value;
  };
  set('actorUserId', 'persoon');
  set('action', 'handeling');
  set('fromDay', 'van');
  set('toDay', 'tot');
  return filter;
}

export function writeAuditFilter(filter: TAuditFilter): string {
  const params = new URLSearchParams();
  if (filter.actorUserId) params.set('persoon', filter.actorUserId);
  if (filter.action) params.set('handeling', filter.action);
  if (filter.fromDay) params.set('van', filter.fromDay);
  if (filter.toDay) params.set('tot', filter.toDay);
  const text = params.toString();
  return text ? `?${text}` : '';
}

type TAuditQueryInput = TRouterInputs['portal']['admin']['audit'];

/**
 * The audit log of a project (or, for the admin, of the whole instance), newest first, a
 * page at a time, filterable by person, kind of action and days (Amsterdam).
 */
export function AuditPage({
  projectId,
  title,
  people,
}: {
  projectId?: string;
  title: string;
  people: { id: string; label: string }[] | undefined;
}) {
  const trpc = useTRPC();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const filter = readAuditFilter(search);
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const before = cursors.at(-1);
  const input: TAuditQueryInput = { ...filter, limit: 50, ...(before ? { before } : {}) };
  const project = useQuery({
    ...trpc.portal.audit.queryOptions({ ...input, projectId: projectId ?? '' }),
    enabled: projectId !== undefined,
  });
  const instance = useQuery({
    ...trpc.portal.admin.audit.queryOptions(input),
    enabled: projectId === undefined,
  });
  const log = projectId !== undefined ? project : instance;
  const id = useId();

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const read = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' && value ? value : undefined;
    };
    const next: TAuditFilter = {};
    const actorUserId = read('persoon');
    const action = read('handeling');
    const fromDay = read('van');
    const toDay = read('tot');
    if (actorUserId) next.actorUserId = actorUserId;
    if (action) next.action = action;
    if (fromDay) next.fromDay = fromDay;
    if (toDay) next.toDay = toDay;
    setCursors([undefined]);
    navigate(`${location}${writeAuditFilter(next)}`);
  };

  return (
    <>
      <PageHeading title={title}>Logboek</PageHeading>
      <form className="filter-form" onSubmit={apply} key={search} aria-label="Logboek filteren">
        {people && (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-persoon`}>
              Persoon
            </label>
            <select id={`${id}-persoon`} name="persoon" defaultValue={filter.actorUserId ?? ''}>
              <option value="">Iedereen</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label className="field-label" htmlFor={`${id}-handeling`}>
            Soort handeling
          </label>
          <select id={`${id}-handeling`} name="handeling" defaultValue={filter.action ?? ''}>
            <option value="">Alles</option>
            {Object.entries(AUDIT_FAMILIES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-van`}>
            Vanaf (dag)
          </label>
          <input id={`${id}-van`} name="van" type="date" defaultValue={filter.fromDay ?? ''} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-tot`}>
            Tot en met (dag)
          </label>
          <input id={`${id}-tot`} name="tot" type="date" defaultValue={filter.toDay ?? ''} />
        </div>
        <div className="actions">
          <button type="submit" className="button">
            Filteren
          </button>
        </div>
      </form>
      {!log.data && <QueryState isPending={log.isPending} error={log.error} what="Logboek" />}
      {log.data && log.data.entries.length === 0 && (
        <p role="status">Geen regels met dit filter.</p>
      )}
      {log.data && log.data.entries.length > 0 && (
        <>
          <div className="table-scroll">
            <table className="data-table data-table-stacked">
              <caption>
                Logboek, nieuwste eerst{cursors.length > 1 ? `, pagina ${cursors.length}` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Moment</th>
                  <th scope="col">Wie</th>
                  <th scope="col">Handeling</th>
                  <th scope="col">Waarover</th>
                </tr>
              </thead>
              <tbody>
                {log.data.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td data-label="Moment">
                      {entry.dayOnly ? formatDay(entry.at) : formatMoment(entry.at)}
                    </td>
                    <td data-label="Wie">
                      {entry.actor
                        ? entry.actor.name || entry.actor.email
                        : 'Een deelnemer of het systeem'}
                    </td>
                    <th scope="row" data-label="Handeling">
                      {entry.label}
                    </th>
                    <td data-label="Waarover">{entry.subject}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav aria-label="Pagina's van het logboek" className="pager">
            <button
              type="button"
              className="button button-secondary"
              disabled={cursors.length === 1}
              onClick={() => setCursors((c) => c.slice(0, -1))}
            >
              Nieuwere regels
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={!log.data.nextBefore}
              onClick={() => {
                const next = log.data?.nextBefore;
                if (next) setCursors((c) => [...c, next]);
              }}
            >
              Oudere regels
            </button>
          </nav>
        </>
      )}
    </>
  );
}
