import { REDACTION_MARKERS, type TPersonalDataKind } from '@duiding/moderation/kinds';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { FormMessage, formatMoment } from '../form-message';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { formatDay, STATUS_LABELS } from '../story-card';
import { selectionOffsets } from '../text-selection';
import { type TRouterInputs, type TRouterOutputs, useTRPC } from '../trpc';
import './moderation.css';

type TModerationStory = TRouterOutputs['portal']['moderation']['story'];
type TSpan = TModerationStory['spans'][number];
type TDecideInput = TRouterInputs['portal']['moderation']['decide'];

/** How each kind is named beside its mark. */
export const KIND_LABELS: Record<TPersonalDataKind | 'other', string> = {
  person: 'naam',
  email: 'e-mail',
  phone: 'telefoon',
  bsn: 'bsn',
  iban: 'iban',
  postcode: 'postcode',
  address: 'adres',
  date: 'datum',
  age: 'leeftijd',
  institution: 'instelling',
  url: 'url',
  other: 'zelf gemarkeerd',
};

const marker = (kind: TSpan['kind']) =>
  kind === 'other' ? '[weggelakt]' : REDACTION_MARKERS[kind];

/** The text with the chosen spans replaced by their markers; overlapping spans are joined. */
export function applySpans(text: string, spans: readonly TSpan[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const span of sorted) {
    if (span.end <= cursor) continue;
    const start = Math.max(span.start, cursor);
    out += text.slice(cursor, start) + (start === span.start ? marker(span.kind) : '');
    cursor = Math.min(span.end, text.length);
  }
  return out + text.slice(cursor);
}

/** Spans that do not overlap an earlier one, for drawing (every span still counts). */
function drawable(spans: readonly { span: TSpan; index: number }[]) {
  const sorted = [...spans].sort((a, b) => a.span.start - b.span.start);
  const out: typeof sorted = [];
  for (const item of sorted) {
    const last = out.at(-1);
    if (!last || item.span.start >= last.span.end) out.push(item);
  }
  return out;
}

/** One story: its marks (each a toggle), the redacted title and text, and the decision. */
export function ModerationStoryPage({ project, storyId }: { project: TProject; storyId: string }) {
  const trpc = useTRPC();
  const story = useQuery(
    trpc.portal.moderation.story.queryOptions({ projectId: project.id, storyId }),
  );
  // The outcome lives here: a decision reloads the form with the new decisions, and the
  // moderator must still read that it went through.
  const [message, setMessage] = useState<TMessage>({});
  return (
    <>
      <PageHeading title={`Verhaal beoordelen · ${project.name}`}>Verhaal beoordelen</PageHeading>
      <p>
        <Link href="/moderatie">← Terug naar de wachtrij</Link>
      </p>
      {!story.data && <QueryState isPending={story.isPending} error={story.error} what="Verhaal" />}
      {story.data && (
        <ModerationForm
          key={`${storyId}-${story.data.decisions.length}`}
          project={project}
          data={story.data}
          message={message}
          setMessage={setMessage}
        />
      )}
    </>
  );
}

type TMessage = { error?: unknown; success?: string };

function ModerationForm({
  project,
  data,
  message,
  setMessage,
}: {
  project: TProject;
  data: TModerationStory;
  message: TMessage;
  setMessage: (message: TMessage) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = useId();
  const { story } = data;
  const [spans, setSpans] = useState<TSpan[]>(data.spans);
  const [accepted, setAccepted] = useState<boolean[]>(() => data.spans.map(() => true));
  const [titleDraft, setTitleDraft] = useState<string | null>(data.redaction?.title ?? null);
  const [textDraft, setTextDraft] = useState<string | null>(data.redaction?.text ?? null);
  // Loaded from the approved redaction (not typed here): said so, rather than "you edited it".
  const [fromApproved, setFromApproved] = useState(data.redaction !== null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [selectionNote, setSelectionNote] = useState<string>();
  const textRef = useRef<HTMLParagraphElement>(null);

  const chosen = spans.filter((_, i) => accepted[i]);
  const derivedTitle = applySpans(
    story.title,
    chosen.filter((s) => s.field === 'title'),
  );
  const derivedText = applySpans(
    story.text,
    chosen.filter((s) => s.field === 'text'),
  );
  const title = titleDraft ?? derivedTitle;
  const text = textDraft ?? derivedText;

  const decide = useMutation(
    trpc.portal.moderation.decide.mutationOptions({
      onSuccess: async (result) => {
        setMessage({
          success:
            result.status === 'approved'
              ? 'Goedgekeurd. Buiten het onderzoeksteam is nu alleen de geredigeerde tekst te zien.'
              : 'Afgewezen. Niemand buiten het onderzoeksteam ziet dit verhaal.',
        });
        await queryClient.invalidateQueries({ queryKey: trpc.portal.moderation.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.portal.stories.pathKey() });
      },
      onError: (error) => setMessage({ error }),
    }),
  );

  const toggle = (index: number) =>
    setAccepted((list) => list.map((value, i) => (i === index ? !value : value)));

  const markSelection = () => {
    const container = textRef.current;
    const range = container ? selectionOffsets(container) : null;
    if (!range) {
      setSelectionNote('Selecteer eerst een stuk van de tekst hierboven (met muis of vinger).');
      return;
    }
    setSpans((list) => [...list, { field: 'text', ...range, kind: 'other' }]);
    setAccepted((list) => [...list, true]);
    setSelectionNote(`"${story.text.slice(range.start, range.end)}" wordt weggelakt.`);
    container?.ownerDocument.getSelection()?.removeAllRanges();
  };

  const submit = (decision: 'approve' | 'reject') => {
    setMessage({});
    if (decision === 'reject' && !reason.trim()) {
      setReasonError('Geef een reden waarom je dit verhaal afwijst.');
      return;
    }
    setReasonError(undefined);
    const input: TDecideInput =
      decision === 'approve'
        ? {
            projectId: project.id,
            storyId: story.id,
            decision,
            reason,
            redaction: { title, text, spans: chosen },
          }
        : { projectId: project.id, storyId: story.id, decision, reason };
    decide.mutate(input);
  };

  const marks = (field: 'title' | 'text', source: string): ReactNode[] => {
    const out: ReactNode[] = [];
    let cursor = 0;
    for (const { span, index } of drawable(
      spans.map((span, index) => ({ span, index })).filter((s) => s.span.field === field),
    )) {
      if (span.start > cursor) out.push(source.slice(cursor, span.start));
      out.push(
        <button
          key={index}
          type="button"
          className="redaction-mark"
          aria-pressed={accepted[index]}
          data-kind={KIND_LABELS[span.kind]}
          onClick={() => toggle(index)}
        >
          {source.slice(span.start, span.end)}
        </button>,
      );
      cursor = span.end;
    }
    out.push(source.slice(cursor));
    return out;
  };

  const count = chosen.length;
  return (
    <>
      <FormMessage error={message.error} success={message.success} />
      {message.success && (
        <p>
          <Link href="/moderatie">Naar het volgende verhaal in de wachtrij</Link>
        </p>
      )}
      <p className="story-meta">
        {formatDay(story.createdOn)} · {story.collectionTitle} · {STATUS_LABELS[story.status]}
      </p>
      <section aria-labelledby={`${ids}-marks`} className="moderation-section">
        <h2 id={`${ids}-marks`}>Gevonden persoonsgegevens</h2>
        <p id={`${ids}-how`} className="field-help">
          De detector markeerde {spans.length} {spans.length === 1 ? 'stuk' : 'stukken'} tekst. Elke
          markering is een knop: ingedrukt betekent dat het stuk wordt weggelakt. Druk nog eens om
          het ongedaan te maken. Nu {count === 1 ? 'wordt 1 stuk' : `worden ${count} stukken`}{' '}
          weggelakt.
        </p>
        <article className="story moderation-original" aria-describedby={`${ids}-how`}>
          <h3 className="redaction-title">{marks('title', story.title)}</h3>
          <p className="prose" ref={textRef}>
            {marks('text', story.text)}
          </p>
        </article>
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={markSelection}>
            Selectie weglakken
          </button>
        </div>
        {selectionNote && (
          <p role="status" className="field-help">
            {selectionNote}
          </p>
        )}
      </section>

      <section aria-labelledby={`${ids}-result`} className="moderation-section">
        <h2 id={`${ids}-result`}>Zo lezen mensen buiten het onderzoeksteam het</h2>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-title`}>
            Geredigeerde titel
          </label>
          <input
            id={`${ids}-title`}
            value={title}
            maxLength={500}
            onChange={(e) => {
              setTitleDraft(e.currentTarget.value);
              setFromApproved(false);
            }}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-text`}>
            Geredigeerde tekst
          </label>
          <p className="field-help" id={`${ids}-text-help`}>
            Je mag de tekst hier vrij aanpassen, bijvoorbeeld om iets weg te lakken dat de detector
            miste.
          </p>
          <textarea
            id={`${ids}-text`}
            rows={10}
            value={text}
            aria-describedby={`${ids}-text-help`}
            onChange={(e) => {
              setTextDraft(e.currentTarget.value);
              setFromApproved(false);
            }}
          />
        </div>
        {(titleDraft !== null || textDraft !== null) && (
          <div className="notice">
            <p>
              {fromApproved
                ? 'Dit is de tekst die eerder is goedgekeurd.'
                : 'Je hebt de geredigeerde tekst zelf bewerkt.'}{' '}
              Markeringen aan- of uitzetten verandert hem niet meer.
            </p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setTitleDraft(null);
                setTextDraft(null);
                setFromApproved(false);
              }}
            >
              Opnieuw opbouwen uit de markeringen
            </button>
          </div>
        )}
      </section>

      <section aria-labelledby={`${ids}-decision`} className="moderation-section">
        <h2 id={`${ids}-decision`}>Besluit</h2>
        <div className={`field${reasonError ? ' has-error' : ''}`}>
          <label className="field-label" htmlFor={`${ids}-reason`}>
            Reden of toelichting <span className="optional">(verplicht bij afwijzen)</span>
          </label>
          {reasonError && (
            <p className="field-error" id={`${ids}-reason-error`}>
              {reasonError}
            </p>
          )}
          <textarea
            id={`${ids}-reason`}
            rows={3}
            maxLength={2000}
            value={reason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${ids}-reason-error` : undefined}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              if (reasonError && e.currentTarget.value.trim()) setReasonError(undefined);
            }}
          />
        </div>
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={decide.isPending}
            onClick={() => submit('approve')}
          >
            Goedkeuren zoals geredigeerd
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={decide.isPending}
            onClick={() => submit('reject')}
          >
            Afwijzen
          </button>
        </div>
      </section>

      {data.decisions.length > 0 && (
        <section aria-labelledby={`${ids}-history`} className="moderation-section">
          <h2 id={`${ids}-history`}>Eerdere besluiten</h2>
          <ul className="decision-list">
            {data.decisions.map((d) => (
              <li key={d.id}>
                <strong>{d.decision === 'approve' ? 'Goedgekeurd' : 'Afgewezen'}</strong> door{' '}
                {d.decidedByName ?? 'een oud-lid'} op {formatMoment(String(d.decidedAt))}
                {d.reason && <>: {d.reason}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
