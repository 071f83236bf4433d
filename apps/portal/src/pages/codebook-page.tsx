import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { FormMessage } from '../form-message';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { type TRouterOutputs, useTRPC } from '../trpc';
import { codePaths } from './coding-page';
import './moderation.css';

type TCode = TRouterOutputs['portal']['codebook']['list']['codes'][number];
type TAgreement = TRouterOutputs['portal']['codebook']['agreement'];

/** κ in plain Dutch, after the bands of Landis & Koch (1977). */
export function kappaInWords(kappa: number | null): string {
  if (kappa === null) return 'Niet te berekenen: beide codeurs kozen steeds hetzelfde.';
  if (kappa < 0) return 'Minder eens dan je bij toeval zou verwachten.';
  if (kappa <= 0.2) return 'Nauwelijks meer eens dan toeval.';
  if (kappa <= 0.4) return 'Zwakke overeenstemming.';
  if (kappa <= 0.6) return 'Matige overeenstemming.';
  if (kappa <= 0.8) return 'Goede overeenstemming.';
  return 'Zeer goede overeenstemming.';
}

const decimal = (x: number) =>
  x.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The project's codebook: a tree of codes with descriptions, and the coders' agreement. */
export function CodebookPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.portal.codebook.list.queryOptions({ projectId: project.id }));
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const canManage = project.capabilities.includes('codebook.manage');
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.portal.codebook.pathKey() });
  const done = (success: string) => {
    setMessage({ success });
    return refresh();
  };
  const failed = (error: unknown) => setMessage({ error });
  const add = useMutation(
    trpc.portal.codebook.add.mutationOptions({
      onSuccess: (r) => done(`Code "${r.code.name}" toegevoegd.`),
      onError: failed,
    }),
  );
  const edit = useMutation(
    trpc.portal.codebook.edit.mutationOptions({
      onSuccess: () => done('De code is gewijzigd.'),
      onError: failed,
    }),
  );
  const move = useMutation(
    trpc.portal.codebook.move.mutationOptions({
      onSuccess: () => done('De code is verplaatst.'),
      onError: failed,
    }),
  );
  const remove = useMutation(
    trpc.portal.codebook.delete.mutationOptions({
      onSuccess: (r) =>
        done(
          r.codings > 0
            ? `De code is verwijderd, met ${r.codings} toepassingen.`
            : 'De code is verwijderd.',
        ),
      onError: failed,
    }),
  );
  const codes = list.data?.codes ?? [];
  const paths = codePaths(codes);
  const children = (parentId: string | null) => codes.filter((c) => c.parentId === parentId);

  const tree = (parentId: string | null) => {
    const level = children(parentId);
    if (level.length === 0) return null;
    return (
      <ul className={parentId ? undefined : 'code-tree'}>
        {level.map((code, index) => (
          <li key={code.id}>
            <CodeItem
              code={code}
              codes={codes}
              paths={paths}
              canManage={canManage}
              first={index === 0}
              last={index === level.length - 1}
              onEdit={(name, description) =>
                edit.mutate({ projectId: project.id, codeId: code.id, name, description })
              }
              onMove={(parentId, position) =>
                move.mutate({ projectId: project.id, codeId: code.id, parentId, position })
              }
              onDelete={(removeCodings) =>
                remove.mutate({ projectId: project.id, codeId: code.id, removeCodings })
              }
              position={index}
            />
            {tree(code.id)}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <>
      <PageHeading title={`Codeboek · ${project.name}`}>Codeboek</PageHeading>
      <FormMessage error={message.error} success={message.success} />
      {!list.data && <QueryState isPending={list.isPending} error={list.error} what="Codeboek" />}
      {list.data && codes.length === 0 && <p>Het codeboek is nog leeg.</p>}
      {tree(null)}
      {canManage && list.data && (
        <NewCodeForm
          codes={codes}
          paths={paths}
          busy={add.isPending}
          onSubmit={(parentId, name, description) =>
            add.mutate({ projectId: project.id, parentId, name, description })
          }
        />
      )}
      <Agreement project={project} codes={codes} />
    </>
  );
}

function CodeItem(props: {
  code: TCode;
  codes: TCode[];
  paths: Map<string, string>;
  canManage: boolean;
  first: boolean;
  last: boolean;
  position: number;
  onEdit: (name: string, description: string) => void;
  onMove: (parentId: string | null, position: number) => void;
  onDelete: (removeCodings: boolean) => void;
}) {
  const { code } = props;
  const ids = useId();
  const [mode, setMode] = useState<'view' | 'edit' | 'move' | 'delete'>('view');
  const [name, setName] = useState(code.name);
  const [description, setDescription] = useState(code.description);
  const [parent, setParent] = useState(code.parentId ?? '');
  // A code cannot go under itself or its own subcodes.
  const branch = new Set<string>([code.id]);
  for (const c of props.codes) if (c.parentId && branch.has(c.parentId)) branch.add(c.id);
  return (
    <div className="code-item">
      <strong>{code.name}</strong>{' '}
      <span className="code-usage">
        ·{' '}
        {code.codings === 0
          ? 'nog niet gebruikt'
          : `${code.codings}× op ${code.stories} ${code.stories === 1 ? 'verhaal' : 'verhalen'}`}
      </span>
      {code.description && <p className="field-help">{code.description}</p>}
      {props.canManage && mode === 'view' && (
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={() => setMode('edit')}>
            Wijzigen<span className="visually-hidden">: {code.name}</span>
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('move')}>
            Verplaatsen<span className="visually-hidden">: {code.name}</span>
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setMode('delete')}
          >
            Verwijderen<span className="visually-hidden">: {code.name}</span>
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <form
          className="codebook-form"
          onSubmit={(e) => {
            e.preventDefault();
            props.onEdit(name, description);
            setMode('view');
          }}
        >
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-name`}>
              Naam
            </label>
            <input
              id={`${ids}-name`}
              value={name}
              maxLength={120}
              required
              onChange={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-description`}>
              Omschrijving
            </label>
            <textarea
              id={`${ids}-description`}
              rows={3}
              maxLength={2000}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
            />
          </div>
          <div className="actions">
            <button type="submit" className="button">
              Opslaan
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setMode('view')}
            >
              Annuleren
            </button>
          </div>
        </form>
      )}
      {mode === 'move' && (
        <form
          className="codebook-form"
          onSubmit={(e) => {
            e.preventDefault();
            props.onMove(
              parent || null,
              parent === (code.parentId ?? '') ? props.position : 10_000,
            );
            setMode('view');
          }}
        >
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-parent`}>
              Onder welke code
            </label>
            <select
              id={`${ids}-parent`}
              value={parent}
              onChange={(e) => setParent(e.currentTarget.value)}
            >
              <option value="">Bovenaan (geen bovenliggende code)</option>
              {props.codes
                .filter((c) => !branch.has(c.id))
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {props.paths.get(c.id)}
                  </option>
                ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit" className="button">
              Verplaatsen
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={props.first}
              onClick={() => {
                props.onMove(code.parentId, props.position - 1);
                setMode('view');
              }}
            >
              Eén omhoog
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={props.last}
              onClick={() => {
                props.onMove(code.parentId, props.position + 1);
                setMode('view');
              }}
            >
              Eén omlaag
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setMode('view')}
            >
              Annuleren
            </button>
          </div>
        </form>
      )}
      {mode === 'delete' && (
        <fieldset className="codebook-form">
          <legend>Code verwijderen</legend>
          <p>
            {code.codings > 0
              ? `"${code.name}" is ${code.codings} keer toegepast op ${code.stories} ${code.stories === 1 ? 'verhaal' : 'verhalen'}. Die toepassingen verdwijnen mee.`
              : `"${code.name}" is nog niet gebruikt.`}
            {props.codes.some((c) => c.parentId === code.id) &&
              ' De subcodes schuiven een niveau omhoog.'}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                props.onDelete(code.codings > 0);
                setMode('view');
              }}
            >
              {code.codings > 0 ? 'Ja, verwijder code en toepassingen' : 'Ja, verwijderen'}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setMode('view')}
            >
              Annuleren
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}

function NewCodeForm(props: {
  codes: TCode[];
  paths: Map<string, string>;
  busy: boolean;
  onSubmit: (parentId: string | null, name: string, description: string) => void;
}) {
  const ids = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [parent, setParent] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Geef de code een naam.');
      return;
    }
    setError(undefined);
    props.onSubmit(parent || null, name.trim(), description.trim());
    setName('');
    setDescription('');
  };
  return (
    <form className="codebook-form" onSubmit={submit} aria-labelledby={`${ids}-heading`} noValidate>
      <h2 id={`${ids}-heading`}>Nieuwe code</h2>
      <div className={`field${error ? ' has-error' : ''}`}>
        <label className="field-label" htmlFor={`${ids}-name`}>
          Naam
        </label>
        {error && (
          <p className="field-error" id={`${ids}-error`}>
            {error}
          </p>
        )}
        <input
          id={`${ids}-name`}
          value={name}
          maxLength={120}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids}-error` : undefined}
          onChange={(e) => {
            setName(e.currentTarget.value);
            if (error && e.currentTarget.value.trim()) setError(undefined);
          }}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-description`}>
          Omschrijving <span className="optional">(niet verplicht)</span>
        </label>
        <textarea
          id={`${ids}-description`}
          rows={3}
          maxLength={2000}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-parent`}>
          Onder welke code
        </label>
        <select
          id={`${ids}-parent`}
          value={parent}
          onChange={(e) => setParent(e.currentTarget.value)}
        >
          <option value="">Bovenaan (geen bovenliggende code)</option>
          {props.codes.map((c) => (
            <option key={c.id} value={c.id}>
              {props.paths.get(c.id)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={props.busy}>
        Code toevoegen
      </button>
    </form>
  );
}

/** Cohen's κ per code for two coders, with the agreement table, for the research team. */
function Agreement({ project, codes }: { project: TProject; codes: TCode[] }) {
  const trpc = useTRPC();
  const ids = useId();
  const [pair, setPair] = useState<[string, string] | undefined>();
  const agreement = useQuery(
    trpc.portal.codebook.agreement.queryOptions({ projectId: project.id, coders: pair }),
  );
  const data: TAgreement | undefined = agreement.data;
  return (
    <section aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Overeenstemming tussen codeurs</h2>
      <p>
        Hoe vaak twee codeurs het eens zijn over een code, gecorrigeerd voor toeval (Cohen’s κ),
        over de verhalen die ze allebei codeerden. Alleen zichtbaar voor het onderzoeksteam.
      </p>
      {!data && (
        <QueryState
          isPending={agreement.isPending}
          error={agreement.error}
          what="Overeenstemming"
        />
      )}
      {data && data.coders.length < 2 && (
        <p>Er is overeenstemming te zien zodra twee mensen dezelfde verhalen coderen.</p>
      )}
      {data?.pair && (
        <>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              const form = new FormData(e.currentTarget);
              const a = String(form.get('a'));
              const b = String(form.get('b'));
              if (a !== b) setPair([a, b]);
            }}
          >
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-a`}>
                Codeur A
              </label>
              <select id={`${ids}-a`} name="a" defaultValue={data.pair[0].userId}>
                {data.coders.map((c) => (
                  <option key={c.userId} value={c.userId}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-b`}>
                Codeur B
              </label>
              <select id={`${ids}-b`} name="b" defaultValue={data.pair[1].userId}>
                {data.coders.map((c) => (
                  <option key={c.userId} value={c.userId}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button-secondary">
              Vergelijken
            </button>
          </form>
          <p role="status">
            {data.pair[0].name} en {data.pair[1].name} codeerden allebei {data.stories}{' '}
            {data.stories === 1 ? 'verhaal' : 'verhalen'}.
          </p>
          {data.stories > 0 && (
            <div className="table-scroll">
              <table className="data-table data-table-stacked kappa-table">
                <caption>
                  Overeenstemming per code: {data.pair[0].name} (A) en {data.pair[1].name} (B)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Code</th>
                    <th scope="col">Allebei</th>
                    <th scope="col">Alleen A</th>
                    <th scope="col">Alleen B</th>
                    <th scope="col">Geen van beiden</th>
                    <th scope="col">κ (95%-interval)</th>
                    <th scope="col">Betekenis</th>
                  </tr>
                </thead>
                <tbody>
                  {data.codes.map((c) => (
                    <tr key={c.codeId}>
                      <th scope="row" data-label="Code">
                        {codePaths(codes).get(c.codeId) ?? c.name}
                      </th>
                      <td data-label="Allebei">{c.table[0][0]}</td>
                      <td data-label="Alleen A">{c.table[0][1]}</td>
                      <td data-label="Alleen B">{c.table[1][0]}</td>
                      <td data-label="Geen van beiden">{c.table[1][1]}</td>
                      <td data-label="κ (95%-interval)">
                        {c.result.kappa === null
                          ? '—'
                          : `${decimal(c.result.kappa)}${c.result.ci95 ? ` (${decimal(c.result.ci95[0])} tot ${decimal(c.result.ci95[1])})` : ''}`}
                      </td>
                      <td data-label="Betekenis">{kappaInWords(c.result.kappa)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="field-help">
            κ = 1: volledig eens; κ = 0: zo vaak eens als toeval zou geven. Bij weinig verhalen is
            het interval breed: lees κ dan met voorzichtigheid.
          </p>
        </>
      )}
    </section>
  );
}
