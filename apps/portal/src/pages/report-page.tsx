import { FieldError } from '@duiding/ui';
import { ReportDocument } from '@duiding/ui/report';
import '@duiding/ui/charts.css';
import '@duiding/ui/report.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { FormMessage, formatMoment } from '../form-message';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { type TRouterInputs, type TRouterOutputs, useTRPC } from '../trpc';
import {
  clearReportDrafts,
  parseNewSectionDraft,
  parseTextDraft,
  readDraft,
  reportDraftKey,
  type TNewSectionDraft,
  useStoredDraft,
} from './report-draft';
import './report-builder.css';

type TDetail = TRouterOutputs['portal']['reports']['get'];
type TSection = TDetail['report']['sections'][number];
type TSpec = TRouterInputs['portal']['reports']['addSection']['spec'];
type TKind = TSpec['kind'];

const KINDS: { id: TKind; label: string }[] = [
  { id: 'text', label: 'Tekst' },
  { id: 'chart', label: 'Grafiek' },
  { id: 'quote', label: 'Citaat uit een verhaal' },
  { id: 'observation', label: 'Observatie met duidingen' },
  { id: 'themes', label: 'Thema’s met hun duidingen' },
  { id: 'municipalities', label: 'Per gemeente' },
];
/** What a chart of each kind of question shows, in the question list. */
const KIND_LABELS: Record<string, string> = {
  triad: 'driehoek',
  dyad: 'schuifbalk',
  stones: 'stenen',
  choice: 'keuze',
  scale: 'schaal',
};
/** The "add a section" form before anything is chosen or typed. */
const EMPTY_SECTION: TNewSectionDraft = {
  kind: 'text',
  heading: '',
  text: '',
  chosenIds: null,
  questionId: '',
  groupBy: '',
  divisions: 5,
  storyId: '',
  search: '',
  searched: undefined,
  observationId: '',
};
const kindLabel = (kind: string) => KINDS.find((k) => k.id === kind)?.label ?? kind;

/**
 * One report: its sections (add, edit a text, move, remove), a preview exactly as outside
 * readers will see it (numbers suppressed on the server), publishing, the public link and PDF.
 */
export default function ReportPage({ project, reportId }: { project: TProject; reportId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { projectId: project.id, reportId };
  const detail = useQuery(trpc.portal.reports.get.queryOptions(input));
  const preview = useQuery(trpc.portal.reports.preview.queryOptions(input));
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.portal.reports.get.queryKey(input) }),
      queryClient.invalidateQueries({ queryKey: trpc.portal.reports.preview.queryKey(input) }),
      queryClient.invalidateQueries({
        queryKey: trpc.portal.reports.list.queryKey({ projectId: project.id }),
      }),
    ]);
  const onError = (error: unknown) => setMessage({ error });
  const move = useMutation(
    trpc.portal.reports.moveSection.mutationOptions({ onSuccess: refresh, onError }),
  );
  const remove = useMutation(
    trpc.portal.reports.removeSection.mutationOptions({
      onSuccess: () => {
        setMessage({ success: 'Het onderdeel is verwijderd.' });
        return refresh();
      },
      onError,
    }),
  );
  const publish = useMutation(
    trpc.portal.reports.publish.mutationOptions({
      onSuccess: () => {
        clearReportDrafts(project.id, reportId);
        setMessage({ success: 'Het rapport is gepubliceerd. Het verandert niet meer.' });
        return refresh();
      },
      onError,
    }),
  );
  const report = detail.data?.report;
  const canWrite = project.capabilities.includes('reports.write') && !report?.publishedAt;
  const canPublish = project.capabilities.includes('reports.publish') && !report?.publishedAt;
  // A published report is immutable: no draft of it may come back, in this tab or later.
  const published = Boolean(report?.publishedAt);
  useLayoutEffect(() => {
    if (published) clearReportDrafts(project.id, reportId);
  }, [published, project.id, reportId]);
  return (
    <>
      <p className="report-back">
        <Link href="/rapporten">← Alle rapporten</Link>
      </p>
      <PageHeading title={`Rapport · ${report?.title ?? ''}`}>
        {report ? `Rapport: ${report.title}` : 'Rapport'}
      </PageHeading>
      {!detail.data && (
        <QueryState isPending={detail.isPending} error={detail.error} what="Rapport" />
      )}
      <FormMessage error={message.error} success={message.success} />
      {detail.data && report && (
        <div className="report-builder">
          <section className="report-editor" aria-labelledby="onderdelen-kop">
            {report.publishedAt ? (
              <div className="notice">
                <p>
                  Gepubliceerd op {formatMoment(String(report.publishedAt))}. Een gepubliceerd
                  rapport verandert niet meer.
                </p>
                {detail.data.publicPath && (
                  <>
                    <p>
                      Openbare link (zonder account):{' '}
                      <a
                        href={detail.data.publicPath}
                      >{`${window.location.origin}${detail.data.publicPath}`}</a>
                    </p>
                    <p>
                      <a href={`${detail.data.publicPath}/pdf`}>PDF van het rapport</a>
                    </p>
                  </>
                )}
              </div>
            ) : (
              <p>Concept. Lezers zien straks precies het voorbeeld hiernaast.</p>
            )}
            <h2 id="onderdelen-kop">Onderdelen</h2>
            {report.sections.length === 0 && <p>Nog geen onderdelen.</p>}
            <ol className="report-outline">
              {report.sections.map((section, i) => (
                <li key={section.id} className="catalysis-card">
                  <p>
                    <strong>{kindLabel(section.kind)}</strong>
                    {section.heading && <span>: {section.heading}</span>}
                  </p>
                  {canWrite && section.spec.kind === 'text' && (
                    <EditText
                      project={project}
                      reportId={reportId}
                      section={section}
                      onDone={refresh}
                    />
                  )}
                  {canWrite && (
                    <div className="catalysis-buttons">
                      <button
                        type="button"
                        className="button-link"
                        disabled={i === 0}
                        onClick={() =>
                          move.mutate({ ...input, sectionId: section.id, position: i - 1 })
                        }
                      >
                        Omhoog
                        <span className="visually-hidden">
                          : {section.heading || kindLabel(section.kind)}
                        </span>
                      </button>
                      <button
                        type="button"
                        className="button-link"
                        disabled={i === report.sections.length - 1}
                        onClick={() =>
                          move.mutate({ ...input, sectionId: section.id, position: i + 1 })
                        }
                      >
                        Omlaag
                        <span className="visually-hidden">
                          : {section.heading || kindLabel(section.kind)}
                        </span>
                      </button>
                      <button
                        type="button"
                        className="button-link"
                        onClick={() => remove.mutate({ ...input, sectionId: section.id })}
                      >
                        Verwijderen
                        <span className="visually-hidden">
                          : {section.heading || kindLabel(section.kind)}
                        </span>
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ol>
            {canWrite && <AddSection project={project} reportId={reportId} onDone={refresh} />}
            <div className="catalysis-buttons report-actions-bar">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => window.print()}
              >
                Afdrukken
              </button>
              {canPublish && (
                <button
                  type="button"
                  className="button"
                  disabled={publish.isPending}
                  onClick={() => {
                    if (
                      window.confirm(
                        'Rapport publiceren? Daarna verandert het niet meer en krijgt het een openbare link.',
                      )
                    )
                      publish.mutate(input);
                  }}
                >
                  Publiceren
                </button>
              )}
            </div>
          </section>
          <section className="report-preview" aria-labelledby="voorbeeld-kop">
            <h2 id="voorbeeld-kop" className="report-preview-heading">
              Voorbeeld zoals lezers het zien
            </h2>
            {!preview.data && (
              <QueryState isPending={preview.isPending} error={preview.error} what="Voorbeeld" />
            )}
            {preview.data && <ReportDocument report={preview.data} headingLevel={2} />}
          </section>
        </div>
      )}
    </>
  );
}

function EditText({
  project,
  reportId,
  section,
  onDone,
}: {
  project: TProject;
  reportId: string;
  section: TSection;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const spec = section.spec.kind === 'text' ? section.spec : { kind: 'text' as const, text: '' };
  const key = reportDraftKey(project.id, reportId, section.id);
  // A draft begun from other text than is saved now (saved since, elsewhere) is stale.
  const [restored] = useState(() => {
    const draft = parseTextDraft(readDraft(key));
    return draft && draft.base.heading === section.heading && draft.base.text === spec.text
      ? draft
      : null;
  });
  const [base, setBase] = useState({ heading: section.heading, text: spec.text });
  const [heading, setHeading] = useState(restored?.heading ?? section.heading);
  const [text, setText] = useState(restored?.text ?? spec.text);
  const [open, setOpen] = useState(restored !== null);
  const [saved, setSaved] = useState<string>();
  const summaryRef = useRef<HTMLElement>(null);
  const dirty = heading !== base.heading || text !== base.text;
  useStoredDraft(key, dirty ? { heading, text, base } : undefined);
  const change = useMutation(
    trpc.portal.reports.changeSection.mutationOptions({
      onSuccess: (_, sent) => {
        setBase({ heading: sent.heading, text: sent.spec.kind === 'text' ? sent.spec.text : '' });
        setSaved('Opgeslagen.');
        onDone();
      },
    }),
  );
  const cancel = () => {
    setHeading(base.heading);
    setText(base.text);
    setSaved(undefined);
    change.reset();
    setOpen(false);
    summaryRef.current?.focus();
  };
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary ref={summaryRef}>
        Tekst bewerken
        {dirty && <span className="report-draft-mark"> (niet opgeslagen)</span>}
        <span className="visually-hidden">: {section.heading || kindLabel(section.kind)}</span>
      </summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(undefined);
          change.mutate({
            projectId: project.id,
            reportId,
            sectionId: section.id,
            heading,
            spec: { kind: 'text', text },
          });
        }}
      >
        {restored && dirty && (
          <p className="report-draft-note">
            Je wijzigingen van eerder zijn teruggezet; ze zijn nog niet opgeslagen.
          </p>
        )}
        <div className="field">
          <label className="field-label" htmlFor={`${id}-kop`}>
            Kop
          </label>
          <input
            id={`${id}-kop`}
            value={heading}
            maxLength={200}
            onChange={(e) => setHeading(e.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-tekst`}>
            Tekst (een lege regel begint een nieuwe alinea)
          </label>
          <textarea
            id={`${id}-tekst`}
            rows={6}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <div className="catalysis-buttons">
          <button type="submit" className="button button-secondary" disabled={change.isPending}>
            Tekst opslaan
          </button>
          <button type="button" className="button-link" onClick={cancel}>
            Annuleren
          </button>
        </div>
        {saved && !dirty && <span role="status"> {saved}</span>}
        {change.error && <FieldError id={`${id}-fout`} message={change.error.message} />}
      </form>
    </details>
  );
}

function AddSection({
  project,
  reportId,
  onDone,
}: {
  project: TProject;
  reportId: string;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const choices = useQuery(trpc.portal.reports.choices.queryOptions({ projectId: project.id }));
  const catalysis = useQuery({
    ...trpc.portal.catalysis.overview.queryOptions({ projectId: project.id }),
    enabled: project.capabilities.includes('interpretation.read'),
  });
  const key = reportDraftKey(project.id, reportId, 'new');
  const [restored] = useState(() => {
    const draft = parseNewSectionDraft(readDraft(key));
    return draft && KINDS.some((k) => k.id === draft.kind) ? draft : null;
  });
  const start = restored ?? EMPTY_SECTION;
  const [kind, setKind] = useState<TKind>(start.kind as TKind);
  const [heading, setHeading] = useState(start.heading);
  const [text, setText] = useState(start.text);
  // The chosen collections (none chosen yet: the first one).
  const [chosenIds, setChosenIds] = useState<string[] | null>(start.chosenIds);
  const [questionId, setQuestionId] = useState(start.questionId);
  const [groupBy, setGroupBy] = useState(start.groupBy);
  const [divisions, setDivisions] = useState(start.divisions);
  const [storyId, setStoryId] = useState(start.storyId);
  const [search, setSearch] = useState(start.search);
  const [searched, setSearched] = useState<string | undefined>(start.searched);
  const [observationId, setObservationId] = useState(start.observationId);
  const [error, setError] = useState<{ field: string; message: string }>();
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const form: TNewSectionDraft = {
    kind,
    heading,
    text,
    chosenIds,
    questionId,
    groupBy,
    divisions,
    storyId,
    search,
    searched,
    observationId,
  };
  // What counts as nothing new: the empty form, or the form as it was when last added.
  const [clean, setClean] = useState(() => JSON.stringify(EMPTY_SECTION));
  const dirty = JSON.stringify(form) !== clean;
  useStoredDraft(key, dirty ? form : undefined);
  const submitted = useRef(form);
  const candidates = useQuery({
    ...trpc.portal.reports.quoteCandidates.queryOptions({
      projectId: project.id,
      search: searched,
    }),
    enabled: kind === 'quote',
  });
  const add = useMutation(
    trpc.portal.reports.addSection.mutationOptions({
      onSuccess: () => {
        setHeading('');
        setText('');
        // Kind and question stay for the next section, but are no draft to bring back.
        setClean(JSON.stringify({ ...submitted.current, heading: '', text: '' }));
        setMessage({ success: `${kindLabel(kind)} toegevoegd.` });
        onDone();
      },
      onError: (e) => setMessage({ error: e }),
    }),
  );
  const allCollections = choices.data?.collections ?? [];
  const chosen = allCollections.filter((c) =>
    (chosenIds ?? allCollections.slice(0, 1).map((f) => f.id)).includes(c.id),
  );
  // The questions are those of the first chosen collection's questionnaire.
  const collection = chosen[0];
  const questions =
    collection?.questions.filter((q) => (kind === 'chart' ? q.chart : q.count)) ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fail = (field: string, text: string) => {
      setError({ field, message: text });
      document.getElementById(`${id}-${field}`)?.focus();
    };
    let spec: TSpec;
    const collectionIds = chosen.map((c) => c.id);
    const oneQuestionnaire = chosen.every((c) => c.frameworkId === collection?.frameworkId);
    if (kind === 'text') {
      if (!text.trim()) return fail('tekst', 'Schrijf eerst de tekst.');
      spec = { kind, text };
    } else if (kind === 'chart') {
      if (!collection) return fail('verzameling', 'Kies een verzameling.');
      if (!oneQuestionnaire) return fail('verzameling', 'Kies verzamelingen van één vragenlijst.');
      if (!questionId) return fail('vraag', 'Kies de vraag van de grafiek.');
      spec = {
        kind,
        collectionIds,
        questionId,
        ...(groupBy ? { groupBy } : {}),
        ...(questions.find((q) => q.id === questionId)?.kind === 'triad' ? { divisions } : {}),
      };
    } else if (kind === 'quote') {
      if (!storyId) return fail('verhaal', 'Kies een verhaal om te citeren.');
      spec = { kind, storyId };
    } else if (kind === 'observation') {
      if (!observationId) return fail('observatie', 'Kies een observatie.');
      spec = { kind, observationId };
    } else if (kind === 'themes') {
      spec = { kind };
    } else {
      if (!collection) return fail('verzameling', 'Kies een verzameling.');
      if (!oneQuestionnaire) return fail('verzameling', 'Kies verzamelingen van één vragenlijst.');
      spec = {
        kind,
        collectionIds,
        municipalityQuestionId: 'gemeente',
        ...(questionId ? { questionId } : {}),
      };
    }
    setError(undefined);
    submitted.current = form;
    add.mutate({ projectId: project.id, reportId, heading, spec });
  };
  const cancel = () => {
    const empty = EMPTY_SECTION;
    setKind(empty.kind as TKind);
    setHeading(empty.heading);
    setText(empty.text);
    setChosenIds(empty.chosenIds);
    setQuestionId(empty.questionId);
    setGroupBy(empty.groupBy);
    setDivisions(empty.divisions);
    setStoryId(empty.storyId);
    setSearch(empty.search);
    setSearched(empty.searched);
    setObservationId(empty.observationId);
    setClean(JSON.stringify(empty));
    setError(undefined);
    setMessage({});
    document.getElementById(`${id}-soort`)?.focus();
  };
  const fieldError = (field: string) =>
    error?.field === field
      ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-fout` }
      : {};
  const errorOf = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <section aria-labelledby={`${id}-kop`} className="report-add">
      <h2 id={`${id}-kop`}>Onderdeel toevoegen</h2>
      {restored && dirty && (
        <p className="report-draft-note">
          Je onderdeel van eerder is teruggezet; het is nog niet toegevoegd.
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-soort`}>
            Soort onderdeel
          </label>
          <select
            id={`${id}-soort`}
            value={kind}
            onChange={(e) => {
              setKind(e.currentTarget.value as TKind);
              setError(undefined);
              setQuestionId('');
            }}
          >
            {KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-kop-veld`}>
            Kop (mag leeg)
          </label>
          <input
            id={`${id}-kop-veld`}
            value={heading}
            maxLength={200}
            onChange={(e) => setHeading(e.currentTarget.value)}
          />
        </div>
        {kind === 'text' && (
          <div className={`field${errorOf('tekst') ? ' has-error' : ''}`}>
            <label className="field-label" htmlFor={`${id}-tekst`}>
              Tekst (een lege regel begint een nieuwe alinea)
            </label>
            <FieldError id={`${id}-tekst-fout`} message={errorOf('tekst')} />
            <textarea
              id={`${id}-tekst`}
              rows={6}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              {...fieldError('tekst')}
            />
          </div>
        )}
        {(kind === 'chart' || kind === 'municipalities') && (
          <>
            <fieldset className={`field${errorOf('verzameling') ? ' has-error' : ''}`}>
              <legend className="field-label">
                {kind === 'chart'
                  ? 'Verzamelingen (met meer dan één ook de lijn over de verzamelingen)'
                  : 'Verzamelingen'}
              </legend>
              <FieldError id={`${id}-verzameling-fout`} message={errorOf('verzameling')} />
              {allCollections.map((c, i) => (
                <label key={c.id} className="check">
                  <input
                    type="checkbox"
                    id={i === 0 ? `${id}-verzameling` : undefined}
                    checked={chosen.includes(c)}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setChosenIds(
                        allCollections
                          .filter((other) => (other.id === c.id ? checked : chosen.includes(other)))
                          .map((other) => other.id),
                      );
                    }}
                    {...(i === 0 ? fieldError('verzameling') : {})}
                  />
                  <span>{c.title}</span>
                </label>
              ))}
            </fieldset>
            <div className={`field${errorOf('vraag') ? ' has-error' : ''}`}>
              <label className="field-label" htmlFor={`${id}-vraag`}>
                {kind === 'chart'
                  ? 'Vraag'
                  : 'Vraag om per gemeente te tonen (mag leeg: alleen het aantal)'}
              </label>
              <FieldError id={`${id}-vraag-fout`} message={errorOf('vraag')} />
              <select
                id={`${id}-vraag`}
                value={questionId}
                onChange={(e) => setQuestionId(e.currentTarget.value)}
                {...fieldError('vraag')}
              >
                <option value="">
                  {kind === 'chart' ? 'Kies een vraag' : 'Alleen het aantal verhalen'}
                </option>
                {questions.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.label}
                    {kind === 'chart' ? ` (${KIND_LABELS[q.kind] ?? q.kind})` : ''}
                    {q.participant ? ' (over de verteller)' : ''}
                  </option>
                ))}
              </select>
            </div>
            {kind === 'chart' && questions.find((q) => q.id === questionId)?.kind === 'triad' && (
              <div className="field">
                <label className="field-label" htmlFor={`${id}-vakken`}>
                  Warmtekaart
                </label>
                <select
                  id={`${id}-vakken`}
                  value={divisions}
                  onChange={(e) => setDivisions(Number(e.currentTarget.value))}
                >
                  <option value={5}>Grof: 5 stappen per zijde (25 vakken)</option>
                  <option value={10}>Fijn: 10 stappen per zijde (100 vakken)</option>
                </select>
              </div>
            )}
            {kind === 'chart' && (
              <div className="field">
                <label className="field-label" htmlFor={`${id}-groep`}>
                  Vergelijken op (mag leeg)
                </label>
                <select
                  id={`${id}-groep`}
                  value={groupBy}
                  onChange={(e) => setGroupBy(e.currentTarget.value)}
                >
                  <option value="">Niet vergelijken</option>
                  {collection?.questions
                    .filter((q) => q.group && q.id !== questionId)
                    .map((q) => (
                      <option key={q.id} value={q.id}>
                        {q.label}
                      </option>
                    ))}
                  <option value="collection">Verzameling</option>
                  <option value="year">Jaar</option>
                </select>
              </div>
            )}
          </>
        )}
        {kind === 'quote' && (
          <fieldset className={`field${errorOf('verhaal') ? ' has-error' : ''}`}>
            <legend className="field-label">
              Verhaal (alleen goedgekeurde, in de gemodereerde tekst)
            </legend>
            <div className="inline-form">
              <div className="field">
                <label className="field-label" htmlFor={`${id}-zoek`}>
                  Zoeken in verhalen
                </label>
                <input
                  id={`${id}-zoek`}
                  type="search"
                  value={search}
                  maxLength={100}
                  onChange={(e) => setSearch(e.currentTarget.value)}
                />
              </div>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setSearched(search || undefined)}
              >
                Zoeken
              </button>
            </div>
            <FieldError id={`${id}-verhaal-fout`} message={errorOf('verhaal')} />
            {!candidates.data && (
              <QueryState
                isPending={candidates.isPending}
                error={candidates.error}
                what="Verhalen"
              />
            )}
            {candidates.data?.stories.length === 0 && <p>Geen goedgekeurde verhalen gevonden.</p>}
            <ul className="quote-candidates">
              {candidates.data?.stories.map((s, i) => (
                <li key={s.id}>
                  <label className="check">
                    <input
                      type="radio"
                      name={`${id}-verhaal`}
                      id={i === 0 ? `${id}-verhaal` : undefined}
                      value={s.id}
                      checked={storyId === s.id}
                      onChange={() => setStoryId(s.id)}
                    />
                    <span>
                      <strong>{s.title}</strong> <span className="catalysis-text">{s.excerpt}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        {kind === 'observation' && (
          <div className={`field${errorOf('observatie') ? ' has-error' : ''}`}>
            <label className="field-label" htmlFor={`${id}-observatie`}>
              Observatie
            </label>
            <FieldError id={`${id}-observatie-fout`} message={errorOf('observatie')} />
            <select
              id={`${id}-observatie`}
              value={observationId}
              onChange={(e) => setObservationId(e.currentTarget.value)}
              {...fieldError('observatie')}
            >
              <option value="">Kies een observatie</option>
              {catalysis.data?.observations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'themes' && (
          <p>Alle thema’s, in hun volgorde, met de duidingen die erin zijn geplaatst.</p>
        )}
        <div className="catalysis-buttons">
          <button type="submit" className="button" disabled={add.isPending}>
            Toevoegen aan het rapport
          </button>
          {dirty && (
            <button type="button" className="button-link" onClick={cancel}>
              Annuleren
            </button>
          )}
        </div>
      </form>
      <FormMessage error={message.error} success={message.success} />
    </section>
  );
}
