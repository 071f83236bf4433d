import { FieldError } from '@duiding/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type DragEvent, type FormEvent, useId, useState } from 'react';
import { FormMessage } from '../form-message';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { type TRouterOutputs, useTRPC } from '../trpc';
import './catalysis.css';
import {
  EMPTY_OBSERVATION,
  filledInterpretations,
  observationErrors,
  parseSubject,
  type TObservationErrors,
  type TObservationForm,
  type TStrength,
} from './observation-form-state';

type TOverview = TRouterOutputs['portal']['catalysis']['overview'];
type TObservation = TOverview['observations'][number];

const STRENGTHS: { id: TStrength; label: string }[] = [
  { id: 'weak', label: 'Zwak' },
  { id: 'medium', label: 'Middel' },
  { id: 'strong', label: 'Sterk' },
];
const strengthLabel = (id: string) => STRENGTHS.find((s) => s.id === id)?.label ?? id;

/**
 * Catalysis (NarraFirma): mark patterns remarkable, write observations with a strength and
 * at least two competing interpretations each, and cluster interpretations into themes,
 * which become the headings of the report. Every move works by drag, by keyboard and by touch.
 */
export default function CatalysisPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { projectId: project.id };
  const overview = useQuery(trpc.portal.catalysis.overview.queryOptions(input));
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.portal.catalysis.overview.queryKey(input) });
  const canWrite = project.capabilities.includes('interpretation.write');
  const [subject, setSubject] = useState('');
  return (
    <>
      <PageHeading title={`Interpretatie · ${project.name}`}>Interpretatie</PageHeading>
      <p>
        Markeer opmerkelijke patronen, schrijf bij elk wat je ziet (een observatie) en minstens twee
        verschillende duidingen, en breng de duidingen onder in thema’s. De thema’s worden de koppen
        van het rapport.
      </p>
      {!overview.data && (
        <QueryState isPending={overview.isPending} error={overview.error} what="Interpretatie" />
      )}
      {overview.data && (
        <>
          <PatternMarks
            project={project}
            overview={overview.data}
            canWrite={canWrite}
            onChanged={refresh}
            onObserve={setSubject}
          />
          {canWrite && (
            <ObservationForm
              key={subject}
              project={project}
              overview={overview.data}
              initialSubject={subject}
              onDone={refresh}
            />
          )}
          <Observations
            project={project}
            overview={overview.data}
            canWrite={canWrite}
            onChanged={refresh}
          />
          <ThemeBoard
            project={project}
            overview={overview.data}
            canWrite={canWrite}
            onChanged={refresh}
          />
        </>
      )}
    </>
  );
}

function PatternMarks({
  project,
  overview,
  canWrite,
  onChanged,
  onObserve,
}: {
  project: TProject;
  overview: TOverview;
  canWrite: boolean;
  onChanged: () => void;
  onObserve: (subject: string) => void;
}) {
  const trpc = useTRPC();
  const selectId = useId();
  const [frameworkId, setFrameworkId] = useState(overview.frameworks[0]?.id ?? '');
  const [scan, setScan] = useState(false);
  const patterns = useQuery({
    ...trpc.portal.catalysis.patterns.queryOptions({
      projectId: project.id,
      frameworkId,
      limit: 20,
    }),
    enabled: scan && !!frameworkId,
  });
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const mark = useMutation(
    trpc.portal.catalysis.markPattern.mutationOptions({
      onSuccess: (_data, variables) => {
        setMessage({
          success: variables.remarkable
            ? 'Het patroon is gemarkeerd als opmerkelijk.'
            : 'Het patroon is gemarkeerd als niet opmerkelijk.',
        });
        onChanged();
        return patterns.refetch();
      },
      onError: (error) => setMessage({ error }),
    }),
  );
  const remarkable = overview.marks.filter((m) => m.remarkable);
  return (
    <section className="catalysis-block" aria-labelledby="patronen-kop">
      <h2 id="patronen-kop">Opmerkelijke patronen</h2>
      {remarkable.length === 0 ? (
        <p>Nog geen patroon gemarkeerd als opmerkelijk.</p>
      ) : (
        <ul className="catalysis-list">
          {remarkable.map((m) => (
            <li key={`${m.frameworkId}/${m.patternKey}`} className="catalysis-card">
              <p>{m.description}</p>
              {canWrite && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    onObserve(`pattern:${m.frameworkId}:${m.patternKey}`);
                    document.getElementById('observatie-titel')?.focus();
                  }}
                >
                  Observatie schrijven<span className="visually-hidden">: {m.description}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {overview.frameworks.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            setScan(true);
          }}
        >
          <div className="field">
            <label className="field-label" htmlFor={selectId}>
              Patronen uit de scan van vragenlijst
            </label>
            <select
              id={selectId}
              value={frameworkId}
              onChange={(e) => setFrameworkId(e.currentTarget.value)}
            >
              {overview.frameworks.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            Patronen tonen
          </button>
        </form>
      )}
      <FormMessage error={message.error} success={message.success} />
      {scan && !patterns.data && (
        <QueryState isPending={patterns.isPending} error={patterns.error} what="Patronen" />
      )}
      {patterns.data && patterns.data.patterns.length === 0 && (
        <p>Geen patronen: te weinig (goedgekeurde) verhalen voor de scan.</p>
      )}
      {patterns.data && patterns.data.patterns.length > 0 && (
        <ol className="catalysis-list">
          {patterns.data.patterns.map((p) => (
            <li key={p.id} className="catalysis-card">
              <p>{p.description}</p>
              <p className="story-meta">
                q = {p.q.toLocaleString('nl-NL', { maximumSignificantDigits: 2 })}; p ={' '}
                {p.p.toLocaleString('nl-NL', { maximumSignificantDigits: 2 })}
              </p>
              {canWrite && (
                <fieldset className="catalysis-mark">
                  <legend className="visually-hidden">Markeren: {p.description}</legend>
                  {[true, false].map((value) => (
                    <button
                      key={String(value)}
                      type="button"
                      className="button button-secondary"
                      aria-pressed={p.remarkable === value}
                      onClick={() =>
                        mark.mutate({
                          projectId: project.id,
                          frameworkId,
                          patternKey: p.id,
                          remarkable: value,
                          description: p.description,
                        })
                      }
                    >
                      {value ? 'Opmerkelijk' : 'Niet opmerkelijk'}
                    </button>
                  ))}
                </fieldset>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function subjectOptions(overview: TOverview) {
  return [
    ...overview.marks
      .filter((m) => m.remarkable)
      .map((m) => ({
        value: `pattern:${m.frameworkId}:${m.patternKey}`,
        label: `Patroon: ${m.description}`,
      })),
    ...overview.collections.map((c) => ({
      value: `collection:${c.id}`,
      label: `Verzameling: ${c.title}`,
    })),
  ];
}

function ObservationForm({
  project,
  overview,
  initialSubject,
  onDone,
}: {
  project: TProject;
  overview: TOverview;
  initialSubject: string;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const [form, setForm] = useState<TObservationForm>({
    ...EMPTY_OBSERVATION,
    subject: initialSubject,
  });
  const [errors, setErrors] = useState<TObservationErrors>({});
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const add = useMutation(
    trpc.portal.catalysis.addObservation.mutationOptions({
      onSuccess: () => {
        setForm(EMPTY_OBSERVATION);
        setMessage({ success: 'De observatie is opgeslagen met haar duidingen.' });
        onDone();
      },
      onError: (error) => setMessage({ error }),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = observationErrors(form);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`observatie-${first}`)?.focus();
      return;
    }
    const subject = parseSubject(form.subject);
    if (!subject || !form.strength) return;
    add.mutate({
      projectId: project.id,
      subject,
      title: form.title,
      body: form.body,
      strength: form.strength,
      interpretations: filledInterpretations(form),
    });
  };
  const set = (patch: Partial<TObservationForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };
  const setInterpretation = (
    i: number,
    patch: Partial<TObservationForm['interpretations'][number]>,
  ) =>
    setForm((f) => ({
      ...f,
      interpretations: f.interpretations.map((x, j) => (j === i ? { ...x, ...patch } : x)),
    }));
  const described = (id: string) =>
    errors[id] ? { 'aria-invalid': true, 'aria-describedby': `observatie-${id}-fout` } : {};
  return (
    <section className="catalysis-block" aria-labelledby="nieuwe-observatie">
      <h2 id="nieuwe-observatie">Nieuwe observatie</h2>
      <form onSubmit={submit} noValidate>
        <div className={`field${errors.subject ? ' has-error' : ''}`}>
          <label className="field-label" htmlFor="observatie-subject">
            Waar gaat het over?
          </label>
          <FieldError id="observatie-subject-fout" message={errors.subject} />
          <select
            id="observatie-subject"
            value={form.subject}
            onChange={(e) => set({ subject: e.currentTarget.value })}
            {...described('subject')}
          >
            <option value="">Kies een opmerkelijk patroon of een verzameling</option>
            {subjectOptions(overview).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${errors.title ? ' has-error' : ''}`}>
          <label className="field-label" htmlFor="observatie-title">
            Observatie (kort)
          </label>
          <FieldError id="observatie-title-fout" message={errors.title} />
          <input
            id="observatie-title"
            value={form.title}
            maxLength={200}
            onChange={(e) => set({ title: e.currentTarget.value })}
            {...described('title')}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="observatie-body">
            Wat zie je? (toelichting, mag leeg)
          </label>
          <textarea
            id="observatie-body"
            rows={3}
            value={form.body}
            onChange={(e) => set({ body: e.currentTarget.value })}
          />
        </div>
        <fieldset
          className={`field${errors.strength ? ' has-error' : ''}`}
          {...described('strength')}
        >
          <legend className="field-label">Sterkte</legend>
          <FieldError id="observatie-strength-fout" message={errors.strength} />
          <div className="catalysis-radios">
            {STRENGTHS.map((s, i) => (
              <label key={s.id} className="check">
                <input
                  type="radio"
                  name="sterkte"
                  id={i === 0 ? 'observatie-strength' : undefined}
                  value={s.id}
                  checked={form.strength === s.id}
                  onChange={() => set({ strength: s.id })}
                />
                {s.label}
              </label>
            ))}
          </div>
        </fieldset>
        {form.interpretations.map((interpretation, i) => {
          const key = `interpretation-${i}`;
          return (
            <fieldset
              key={key}
              className={`catalysis-interpretation${errors[key] ? ' has-error' : ''}`}
            >
              <legend>
                Duiding {i + 1}
                {i < 2 ? '' : ' (mag leeg)'}
              </legend>
              <FieldError id={`observatie-${key}-fout`} message={errors[key]} />
              <div className="field">
                <label className="field-label" htmlFor={`observatie-${key}`}>
                  Titel van duiding {i + 1}
                </label>
                <input
                  id={`observatie-${key}`}
                  value={interpretation.title}
                  maxLength={200}
                  onChange={(e) => setInterpretation(i, { title: e.currentTarget.value })}
                  {...described(key)}
                />
              </div>
              <div className="field">
                <label className="field-label" htmlFor={`observatie-${key}-tekst`}>
                  Uitleg van duiding {i + 1}
                </label>
                <textarea
                  id={`observatie-${key}-tekst`}
                  rows={2}
                  value={interpretation.body}
                  onChange={(e) => setInterpretation(i, { body: e.currentTarget.value })}
                />
              </div>
            </fieldset>
          );
        })}
        <div className="catalysis-buttons">
          {form.interpretations.length < 12 && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                set({ interpretations: [...form.interpretations, { title: '', body: '' }] })
              }
            >
              Nog een duiding
            </button>
          )}
          <button type="submit" className="button" disabled={add.isPending}>
            Observatie opslaan
          </button>
        </div>
      </form>
      <FormMessage error={message.error} success={message.success} />
    </section>
  );
}

function aboutOf(overview: TOverview, observation: TObservation): string {
  const s = observation.subject;
  if (s.kind === 'collection') {
    return `Verzameling ${overview.collections.find((c) => c.id === s.collectionId)?.title ?? ''}`;
  }
  return (
    overview.marks.find((m) => m.frameworkId === s.frameworkId && m.patternKey === s.patternKey)
      ?.description ?? 'Een patroon uit de scan'
  );
}

function Observations({
  project,
  overview,
  canWrite,
  onChanged,
}: {
  project: TProject;
  overview: TOverview;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const trpc = useTRPC();
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const remove = useMutation(
    trpc.portal.catalysis.removeInterpretation.mutationOptions({
      onSuccess: () => {
        setMessage({ success: 'De duiding is verwijderd.' });
        onChanged();
      },
      onError: (error) => setMessage({ error }),
    }),
  );
  return (
    <section className="catalysis-block" aria-labelledby="observaties-kop">
      <h2 id="observaties-kop">Observaties</h2>
      <FormMessage error={message.error} success={message.success} />
      {overview.observations.length === 0 && <p>Nog geen observaties.</p>}
      <ul className="catalysis-list">
        {overview.observations.map((o) => (
          <li key={o.id} className="catalysis-card">
            <h3>{o.title}</h3>
            <p className="story-meta">
              Sterkte: {strengthLabel(o.strength)} · Over: {aboutOf(overview, o)}
            </p>
            {o.body && <p className="catalysis-text">{o.body}</p>}
            <h4>Duidingen</h4>
            <ul>
              {o.interpretations.map((i) => (
                <li key={i.id}>
                  <strong>{i.title}</strong>
                  {i.body && <span className="catalysis-text"> — {i.body}</span>}{' '}
                  {canWrite && o.interpretations.length > 2 && (
                    <button
                      type="button"
                      className="button-link"
                      onClick={() =>
                        remove.mutate({ projectId: project.id, interpretationId: i.id })
                      }
                    >
                      Verwijderen<span className="visually-hidden">: {i.title}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {canWrite && <AddInterpretation project={project} observation={o} onDone={onChanged} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AddInterpretation({
  project,
  observation,
  onDone,
}: {
  project: TProject;
  observation: TObservation;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string>();
  const add = useMutation(
    trpc.portal.catalysis.addInterpretation.mutationOptions({
      onSuccess: () => {
        setTitle('');
        onDone();
      },
      onError: (e) => setError(e.message),
    }),
  );
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!title.trim()) {
          setError('Schrijf eerst de duiding.');
          return;
        }
        setError(undefined);
        add.mutate({ projectId: project.id, observationId: observation.id, title, body: '' });
      }}
    >
      <div className={`field${error ? ' has-error' : ''}`}>
        <label className="field-label" htmlFor={id}>
          Nog een duiding bij “{observation.title}”
        </label>
        <FieldError id={`${id}-fout`} message={error} />
        <input
          id={id}
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-fout` : undefined}
        />
      </div>
      <button type="submit" className="button button-secondary">
        Toevoegen
      </button>
    </form>
  );
}

interface TCard {
  id: string;
  title: string;
  observation: string;
  themeId: string | null;
  position: number;
}

/** Interpretations in columns: unclustered first, then each theme in the report's order. */
function ThemeBoard({
  project,
  overview,
  canWrite,
  onChanged,
}: {
  project: TProject;
  overview: TOverview;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const trpc = useTRPC();
  const themeId = useId();
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string>();
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const [dragging, setDragging] = useState<string | null>(null);
  const onError = (error: unknown) => setMessage({ error });
  const place = useMutation(
    trpc.portal.catalysis.placeInterpretation.mutationOptions({
      onSuccess: () => {
        setMessage({ success: 'De duiding is verplaatst.' });
        onChanged();
      },
      onError,
    }),
  );
  const addTheme = useMutation(
    trpc.portal.catalysis.addTheme.mutationOptions({
      onSuccess: () => {
        setTitle('');
        setMessage({ success: 'Het thema is toegevoegd.' });
        onChanged();
      },
      onError,
    }),
  );
  const removeTheme = useMutation(
    trpc.portal.catalysis.removeTheme.mutationOptions({ onSuccess: onChanged, onError }),
  );
  const moveTheme = useMutation(
    trpc.portal.catalysis.moveTheme.mutationOptions({ onSuccess: onChanged, onError }),
  );
  const cards: TCard[] = overview.observations.flatMap((o) =>
    o.interpretations.map((i) => ({
      id: i.id,
      title: i.title,
      observation: o.title,
      themeId: i.themeId,
      position: i.position,
    })),
  );
  const columns = [
    { id: null as string | null, title: 'Zonder thema', description: '' },
    ...overview.themes.map((t) => ({
      id: t.id as string | null,
      title: t.title,
      description: t.description,
    })),
  ];
  const inColumn = (id: string | null) =>
    cards.filter((c) => c.themeId === id).sort((a, b) => a.position - b.position);
  const moveTo = (card: string, target: string | null, position: number) =>
    place.mutate({ projectId: project.id, interpretationId: card, themeId: target, position });
  const drop = (event: DragEvent, target: string | null) => {
    event.preventDefault();
    const card = event.dataTransfer.getData('text/plain') || dragging;
    setDragging(null);
    if (card) moveTo(card, target, inColumn(target).length);
  };
  return (
    <section className="catalysis-block" aria-labelledby="themas-kop">
      <h2 id="themas-kop">Thema’s</h2>
      <p>
        Sleep een duiding naar een thema, of kies het thema bij de duiding en druk op Verplaatsen.
        De volgorde van de thema’s is die van de koppen in het rapport.
      </p>
      <FormMessage error={message.error} success={message.success} />
      {canWrite && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!title.trim()) {
              setTitleError('Geef het thema een naam.');
              return;
            }
            setTitleError(undefined);
            addTheme.mutate({ projectId: project.id, title, description: '' });
          }}
        >
          <div className={`field${titleError ? ' has-error' : ''}`}>
            <label className="field-label" htmlFor={themeId}>
              Nieuw thema
            </label>
            <FieldError id={`${themeId}-fout`} message={titleError} />
            <input
              id={themeId}
              value={title}
              maxLength={200}
              onChange={(e) => setTitle(e.currentTarget.value)}
              aria-invalid={titleError ? true : undefined}
              aria-describedby={titleError ? `${themeId}-fout` : undefined}
            />
          </div>
          <button type="submit" className="button button-secondary">
            Thema toevoegen
          </button>
        </form>
      )}
      <div className="theme-board">
        {columns.map((column, columnIndex) => {
          const list = inColumn(column.id);
          const headingId = `thema-${column.id ?? 'geen'}`;
          return (
            <section
              key={column.id ?? 'geen'}
              className={`theme-column${dragging ? ' theme-column-target' : ''}`}
              aria-labelledby={headingId}
              onDragOver={canWrite ? (e) => e.preventDefault() : undefined}
              onDrop={canWrite ? (e) => drop(e, column.id) : undefined}
            >
              <h3 id={headingId}>{column.title}</h3>
              {canWrite && column.id && (
                <div className="catalysis-buttons">
                  <button
                    type="button"
                    className="button-link"
                    disabled={columnIndex <= 1}
                    onClick={() =>
                      moveTheme.mutate({
                        projectId: project.id,
                        themeId: column.id!,
                        position: columnIndex - 2,
                      })
                    }
                  >
                    Thema eerder<span className="visually-hidden">: {column.title}</span>
                  </button>
                  <button
                    type="button"
                    className="button-link"
                    disabled={columnIndex >= columns.length - 1}
                    onClick={() =>
                      moveTheme.mutate({
                        projectId: project.id,
                        themeId: column.id!,
                        position: columnIndex,
                      })
                    }
                  >
                    Thema later<span className="visually-hidden">: {column.title}</span>
                  </button>
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => {
                      if (
                        window.confirm(
                          `Thema “${column.title}” verwijderen? De duidingen blijven, zonder thema.`,
                        )
                      )
                        removeTheme.mutate({ projectId: project.id, themeId: column.id! });
                    }}
                  >
                    Verwijderen<span className="visually-hidden">: thema {column.title}</span>
                  </button>
                </div>
              )}
              {list.length === 0 && <p className="story-meta">Nog geen duidingen.</p>}
              <ul className="theme-cards">
                {list.map((card, i) => (
                  <li
                    key={card.id}
                    className="theme-card"
                    draggable={canWrite}
                    onDragStart={(e) => {
                      e.dataTransfer.setData('text/plain', card.id);
                      e.dataTransfer.effectAllowed = 'move';
                      setDragging(card.id);
                    }}
                    onDragEnd={() => setDragging(null)}
                  >
                    <p>
                      <strong>{card.title}</strong>
                    </p>
                    <p className="story-meta">Bij: {card.observation}</p>
                    {canWrite && (
                      <CardMover
                        card={card}
                        index={i}
                        count={list.length}
                        themes={columns}
                        onMove={(target, position) => moveTo(card.id, target, position)}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}

/** The keyboard and touch way to move a card: a theme to choose, and up and down. */
function CardMover({
  card,
  index,
  count,
  themes,
  onMove,
}: {
  card: TCard;
  index: number;
  count: number;
  themes: { id: string | null; title: string }[];
  onMove: (themeId: string | null, position: number) => void;
}) {
  const id = useId();
  const [target, setTarget] = useState(card.themeId ?? '');
  return (
    <div className="card-mover">
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          onMove(target || null, 10_000);
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={id}>
            Thema voor “{card.title}”
          </label>
          <select id={id} value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
            {themes.map((t) => (
              <option key={t.id ?? 'geen'} value={t.id ?? ''}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          Verplaatsen<span className="visually-hidden">: {card.title}</span>
        </button>
      </form>
      <div className="catalysis-buttons">
        <button
          type="button"
          className="button-link"
          disabled={index === 0}
          onClick={() => onMove(card.themeId, index - 1)}
        >
          Omhoog<span className="visually-hidden">: {card.title}</span>
        </button>
        <button
          type="button"
          className="button-link"
          disabled={index >= count - 1}
          onClick={() => onMove(card.themeId, index + 1)}
        >
          Omlaag<span className="visually-hidden">: {card.title}</span>
        </button>
      </div>
    </div>
  );
}
