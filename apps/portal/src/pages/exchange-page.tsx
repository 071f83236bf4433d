import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { FormMessage } from '../form-message';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { type TRouterInputs, type TRouterOutputs, useTRPC } from '../trpc';
import './exchange-page.css';

type TExportFile = TRouterOutputs['portal']['exchange']['export']['files'][number];
type TImportOutcome = TRouterOutputs['portal']['exchange']['importJson'];
type TCsvPreview = TRouterOutputs['portal']['exchange']['previewCsv'];
type TCsvMapping = TRouterInputs['portal']['exchange']['importCsv']['mapping'];

/** As the server's limit (MAX_IMPORT_CHARS): larger files go through the CLI. */
const MAX_IMPORT_BYTES = 3 * 1024 * 1024;

const FORMATS = [
  {
    value: 'sensemaker',
    label: 'SenseMaker (CSV + kader)',
    hint: 'Kolommen zoals SenseMaker ze uitvoert, met het kader als JSON.',
  },
  { value: 'xlsx', label: 'Excel (XLSX)', hint: 'Een blad met gegevens en een codeboek.' },
  { value: 'json', label: 'JSON', hint: 'Alles, met de vragenlijst; Duiding leest het terug.' },
  { value: 'spss', label: 'SPSS (CSV + .sps)', hint: 'Met variabele- en waardelabels.' },
] as const;

/** Saves a file the server made, as a download. */
function download(file: TExportFile) {
  const bytes =
    file.encoding === 'base64'
      ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0))
      : new TextEncoder().encode(file.content);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export a collection in each format, and import exports of other tools. */
export default function ExchangePage({ project }: { project: TProject }) {
  const canImport = project.capabilities.includes('exchange.import');
  return (
    <>
      <PageHeading title={`Uitwisselen · ${project.name}`}>Uitwisselen</PageHeading>
      <ExportSection project={project} />
      {canImport && <ImportSection project={project} />}
    </>
  );
}

function ExportSection({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const id = useId();
  const list = useQuery(trpc.portal.exchange.collections.queryOptions({ projectId: project.id }));
  const [collectionId, setCollectionId] = useState('');
  const exported = useMutation(
    trpc.portal.exchange.export.mutationOptions({
      onSuccess: (result) => result.files.forEach(download),
    }),
  );
  const chosen = collectionId || list.data?.[0]?.id || '';
  const outside = project.audience === 'outside';
  return (
    <section aria-labelledby={`${id}-title`} className="exchange-section">
      <h2 id={`${id}-title`}>Uitvoeren</h2>
      <p>
        {outside
          ? 'Je krijgt alleen goedgekeurde verhalen, in de geredigeerde tekst (persoonsgegevens weggelakt) en zonder de antwoorden over de deelnemers.'
          : 'Alle verhalen van de verzameling behalve ingetrokken verhalen, met de antwoorden over de deelnemers.'}{' '}
        Elke uitvoer komt in het logboek.
      </p>
      {!list.data && (
        <QueryState isPending={list.isPending} error={list.error} what="Verzamelingen" />
      )}
      {list.data && list.data.length === 0 && <p>Dit project heeft nog geen verzamelingen.</p>}
      {list.data && list.data.length > 0 && (
        <>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-collection`}>
              Verzameling
            </label>
            <select
              id={`${id}-collection`}
              value={chosen}
              onChange={(e) => setCollectionId(e.currentTarget.value)}
            >
              {list.data.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
          <FormMessage
            error={exported.error}
            success={
              exported.data
                ? `${exported.data.stories} verhalen uitgevoerd: ${exported.data.files.map((f) => f.name).join(', ')}`
                : undefined
            }
          />
          <ul className="exchange-formats">
            {FORMATS.map((format) => (
              <li key={format.value}>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={exported.isPending || !chosen}
                  aria-describedby={`${id}-${format.value}`}
                  onClick={() =>
                    exported.mutate({
                      projectId: project.id,
                      collectionId: chosen,
                      format: format.value,
                    })
                  }
                >
                  Download {format.label}
                </button>
                <span id={`${id}-${format.value}`} className="exchange-hint">
                  {format.hint}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

type TKind = 'sensemaker' | 'narrafirma' | 'json' | 'csv';
const KINDS: { value: TKind; label: string; files: string[] }[] = [
  {
    value: 'sensemaker',
    label: 'SenseMaker-export',
    files: ['Kader (framework definition, JSON)', 'Gegevens (CSV)'],
  },
  {
    value: 'narrafirma',
    label: 'NarraFirma-export',
    files: ['Verhaalformulier (CSV)', 'Verhalen (CSV)'],
  },
  { value: 'json', label: 'Duiding-export (JSON)', files: ['JSON-bestand'] },
  { value: 'csv', label: 'Ander CSV-bestand, met koppeling van kolommen', files: ['CSV-bestand'] },
];

/** Reads a chosen file as text, refusing one above the portal's limit. */
async function readChosen(file: File | undefined): Promise<string | { error: string }> {
  if (!file) return { error: 'Kies een bestand.' };
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      error: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; in de portal kan hooguit 3 MB. Gebruik voor grotere bestanden de opdrachtregel: pnpm duiding import.`,
    };
  }
  return file.text();
}

function ImportSection({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [kind, setKind] = useState<TKind>('sensemaker');
  const [files, setFiles] = useState<[File?, File?]>([]);
  const [fileError, setFileError] = useState<string>();
  const [preview, setPreview] = useState<{ file: string; preview: TCsvPreview }>();
  const [mapping, setMapping] = useState<TCsvMapping>();
  const [outcome, setOutcome] = useState<TImportOutcome>();
  const spec = KINDS.find((k) => k.value === kind)!;
  const done = async (result: TImportOutcome) => {
    setOutcome(result);
    if (result.stored) await queryClient.invalidateQueries();
  };
  const options = { onSuccess: done, onMutate: () => setOutcome(undefined) };
  const sensemaker = useMutation(trpc.portal.exchange.importSensemaker.mutationOptions(options));
  const narrafirma = useMutation(trpc.portal.exchange.importNarrafirma.mutationOptions(options));
  const json = useMutation(trpc.portal.exchange.importJson.mutationOptions(options));
  const csv = useMutation(trpc.portal.exchange.importCsv.mutationOptions(options));
  const previewCsv = useMutation(trpc.portal.exchange.previewCsv.mutationOptions());
  const pending = [sensemaker, narrafirma, json, csv, previewCsv].some((m) => m.isPending);
  const error = [sensemaker, narrafirma, json, csv, previewCsv].find((m) => m.error)?.error;

  const chooseKind = (next: TKind) => {
    setKind(next);
    setFiles([]);
    setPreview(undefined);
    setMapping(undefined);
    setOutcome(undefined);
    setFileError(undefined);
  };

  const chooseFile = async (index: 0 | 1, file: File | undefined) => {
    const next: [File?, File?] = [...files];
    next[index] = file;
    setFiles(next);
    setOutcome(undefined);
    setFileError(undefined);
    if (kind === 'csv' && index === 0) {
      setPreview(undefined);
      setMapping(undefined);
      const text = await readChosen(file);
      if (typeof text !== 'string') return setFileError(text.error);
      previewCsv.mutate(
        { projectId: project.id, file: text },
        {
          onSuccess: (p) => {
            setPreview({ file: text, preview: p });
            setMapping({
              text: p.header[1] ?? p.header[0] ?? '',
              title: p.header[0],
              questions: [],
            });
          },
        },
      );
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>, dryRun: boolean) => {
    event.preventDefault();
    setFileError(undefined);
    const title = String(new FormData(event.currentTarget).get('title') ?? '').trim() || undefined;
    const texts = await Promise.all(
      spec.files.map((_, i) =>
        i === 0 && kind === 'csv' && preview ? preview.file : readChosen(files[i]),
      ),
    );
    const bad = texts.find((t) => typeof t !== 'string');
    if (bad && typeof bad !== 'string') return setFileError(bad.error);
    const [first, second] = texts as string[];
    const common = { projectId: project.id, dryRun, ...(title ? { title } : {}) };
    if (kind === 'sensemaker') sensemaker.mutate({ ...common, definition: first!, data: second! });
    if (kind === 'narrafirma') narrafirma.mutate({ ...common, form: first!, stories: second! });
    if (kind === 'json') json.mutate({ ...common, file: first! });
    if (kind === 'csv' && mapping) {
      csv.mutate({ ...common, title: title ?? 'Ingelezen CSV', file: first!, mapping });
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="exchange-section">
      <h2 id={`${id}-title`}>Inlezen</h2>
      <p>
        Een export van SenseMaker, NarraFirma of Duiding wordt een nieuwe verzameling met een
        gepubliceerde vragenlijst; de verhalen krijgen kanaal "import" en wachten op moderatie. Kan
        één rij niet gelezen worden, dan wordt niets opgeslagen. In de portal kan hooguit 3 MB;
        grotere bestanden lees je in met <code>pnpm duiding import</code>.
      </p>
      <form
        onSubmit={(e) => {
          const dry = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'check';
          void submit(e, dry);
        }}
        noValidate
      >
        <fieldset className="field">
          <legend className="field-label">Soort bestand</legend>
          {KINDS.map((k) => (
            <label key={k.value} className="exchange-choice">
              <input
                type="radio"
                name="kind"
                value={k.value}
                checked={kind === k.value}
                onChange={() => chooseKind(k.value)}
              />{' '}
              {k.label}
            </label>
          ))}
        </fieldset>
        {spec.files.map((label, i) => (
          <div className="field" key={`${kind}-${label}`}>
            <label className="field-label" htmlFor={`${id}-file-${i}`}>
              {label}
            </label>
            <input
              id={`${id}-file-${i}`}
              type="file"
              accept={label.includes('JSON') ? 'application/json,.json' : 'text/csv,.csv,.txt'}
              onChange={(e) => void chooseFile(i as 0 | 1, e.currentTarget.files?.[0])}
            />
          </div>
        ))}
        {kind === 'csv' && preview && mapping && (
          <CsvMappingStep preview={preview.preview} mapping={mapping} onChange={setMapping} />
        )}
        <div className="field">
          <label className="field-label" htmlFor={`${id}-title-input`}>
            Naam van de verzameling{' '}
            {kind === 'csv' ? '' : '(mag leeg; dan de naam uit het bestand)'}
          </label>
          <input id={`${id}-title-input`} name="title" type="text" maxLength={200} />
        </div>
        {fileError && (
          <div className="alert" role="alert">
            <p>{fileError}</p>
          </div>
        )}
        <FormMessage error={error} />
        <div className="exchange-actions">
          <button
            type="submit"
            value="check"
            className="button button-secondary"
            disabled={pending}
          >
            Controleren
          </button>
          <button type="submit" value="import" className="button" disabled={pending}>
            Inlezen
          </button>
        </div>
      </form>
      {outcome && <ImportOutcome outcome={outcome} />}
    </section>
  );
}

function ImportOutcome({ outcome }: { outcome: TImportOutcome }) {
  const id = useId();
  return (
    <div
      className={outcome.stored || outcome.problems.length === 0 ? 'notice' : 'alert'}
      role="status"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>
        {outcome.stored
          ? `Ingelezen: ${outcome.created.stories} verhalen`
          : outcome.problems.length > 0
            ? `Niets opgeslagen: ${outcome.problems.length} rij(en) niet te lezen`
            : `Klaar om in te lezen: ${outcome.stories} verhalen en ${outcome.questions} vragen`}
      </h3>
      {outcome.stored && (
        <p>
          Vragenlijst "{outcome.frameworkTitle}", versie {outcome.created.version}
          {outcome.created.versionCreated ? ' (nieuw, gepubliceerd)' : ' (bestond al)'}; verzameling{' '}
          <code>{outcome.created.collectionSlug}</code> met {outcome.created.participants}{' '}
          deelnemers.
        </p>
      )}
      {!outcome.stored && outcome.problems.length > 0 && (
        <ul className="exchange-problems">
          {outcome.problems.slice(0, 200).map((p) => (
            <li key={`${p.row}:${p.reason}`}>
              Rij {p.row}: {p.reason}
            </li>
          ))}
        </ul>
      )}
      {outcome.warnings.length > 0 && (
        <>
          <p>Let op:</p>
          <ul className="exchange-problems">
            {outcome.warnings.slice(0, 200).map((w) => (
              <li key={`${w.row}:${w.reason}`}>
                Rij {w.row}: {w.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

const USES = [
  { value: '', label: 'Niet gebruiken' },
  { value: 'text', label: 'Vraag: tekst' },
  { value: 'number', label: 'Vraag: getal' },
  { value: 'choice', label: 'Vraag: keuze (de waarden worden de opties)' },
] as const;

/** Which column is the title, the text, the date, and which are questions; the first rows. */
function CsvMappingStep({
  preview,
  mapping,
  onChange,
}: {
  preview: TCsvPreview;
  mapping: TCsvMapping;
  onChange: (mapping: TCsvMapping) => void;
}) {
  const id = useId();
  const { header } = preview;
  const role = (column: string) => mapping.questions.find((q) => q.column === column)?.kind ?? '';
  const setRole = (column: string, kind: string) =>
    onChange({
      ...mapping,
      questions: [
        ...mapping.questions.filter((q) => q.column !== column),
        ...(kind ? [{ column, kind: kind as 'text' | 'number' | 'choice', label: column }] : []),
      ],
    });
  const pick = (key: 'title' | 'text' | 'date', label: string, optional: boolean) => (
    <div className="field">
      <label className="field-label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <select
        id={`${id}-${key}`}
        value={mapping[key] ?? ''}
        onChange={(e) => onChange({ ...mapping, [key]: e.currentTarget.value || undefined })}
      >
        {optional && <option value="">Geen</option>}
        {header.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </div>
  );
  const storyColumns = new Set([mapping.title, mapping.text, mapping.date]);
  return (
    <fieldset className="exchange-mapping">
      <legend>Koppel de kolommen</legend>
      {pick('text', 'Verhaaltekst', false)}
      {pick('title', 'Titel', true)}
      {pick('date', 'Datum (JJJJ-MM-DD of DD-MM-JJJJ)', true)}
      {header
        .filter((h) => !storyColumns.has(h))
        .map((h, i) => (
          <div className="field" key={h}>
            <label className="field-label" htmlFor={`${id}-q-${i}`}>
              Kolom "{h}"
            </label>
            <select
              id={`${id}-q-${i}`}
              value={role(h)}
              onChange={(e) => setRole(h, e.currentTarget.value)}
            >
              {USES.map((u) => (
                <option key={u.value} value={u.value}>
                  {u.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable) */}
      <section className="table-scroll" tabIndex={0} aria-labelledby={`${id}-caption`}>
        <table className="data-table">
          <caption id={`${id}-caption`}>
            De eerste {preview.rows.length} van {preview.total} rijen
          </caption>
          <thead>
            <tr>
              {header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, r) => (
              <tr key={r}>
                {header.map((h, c) => (
                  <td key={h}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </fieldset>
  );
}
