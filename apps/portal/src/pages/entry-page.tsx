import type { TAnswerError, TFramework, TLocale } from '@duiding/survey/client';
import {
  CONSENT_INPUT_ID,
  ErrorSummary,
  errorQuestionId,
  I18nProvider,
  PromptChoice,
  QuestionField,
  readServerError,
  StoryTextFields,
  storyErrorLink,
  useLeaveWarning,
  useLocalize,
  visibleSignifiers,
} from '@duiding/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  emptyEntry,
  entryErrors,
  entryInput,
  isDirty,
  type TEntryChannel,
  type TEntryDraft,
} from '../entry/entry-form';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { type TRouterOutputs, useTRPC } from '../trpc';
import './entry-page.css';

type TCollection = TRouterOutputs['portal']['collections']['list']['collections'][number];

const CHANNELS: { value: TEntryChannel; label: string; help: string }[] = [
  {
    value: 'assisted',
    label: 'Met hulp',
    help: 'De verteller is erbij en vertelt; jij typt mee.',
  },
  {
    value: 'paper',
    label: 'Van papier',
    help: 'Je typt een ingevuld papieren formulier over. Kan ook nog na de sluiting.',
  },
];

const LANGUAGE_NAMES: Record<string, string> = { nl: 'Nederlands', en: 'Engels' };

/** A collection takes entered stories while open; paper forms also after it closed. */
const takesEntries = (c: TCollection) => c.kind === 'public' && c.status !== 'upcoming';

/**
 * Assisted and paper entry: a collector types a story on someone's behalf, with the
 * intake's own questions, order and checks. The collection and channel stay for the next
 * story, so a pile of paper forms goes one after another without choosing again.
 */
export default function EntryPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.portal.collections.list.queryOptions({ projectId: project.id }));
  const collections = list.data?.collections.filter(takesEntries) ?? [];
  const [collectionId, setCollectionId] = useState('');
  const [channel, setChannel] = useState<TEntryChannel>('paper');
  const collection = collections.find((c) => c.id === collectionId) ?? collections[0];
  const collectionSelect = useId();

  return (
    <>
      <PageHeading title={`Verhalen invoeren · ${project.name}`}>Verhalen invoeren</PageHeading>
      <p>
        Vul een verhaal in namens iemand, met dezelfde vragen als op de website. Bij het verhaal
        wordt alleen opgeslagen hoe het binnenkwam; dat jij het invoerde staat in het logboek.
      </p>
      {!list.data && (
        <QueryState isPending={list.isPending} error={list.error} what="Verzamelingen" />
      )}
      {list.data && !collection && (
        <p className="notice">
          Er is nu geen openbare verzameling waarin je verhalen kunt invoeren. Vraag de onderzoeker
          om er een te openen.
        </p>
      )}
      {collection && (
        <section aria-labelledby="invoer-keuze" className="entry-choice">
          <h2 id="invoer-keuze">Verzameling en manier</h2>
          <div className="field">
            <label className="field-label" htmlFor={collectionSelect}>
              Verzameling
            </label>
            <select
              id={collectionSelect}
              value={collection.id}
              onChange={(event) => setCollectionId(event.currentTarget.value)}
            >
              {collections.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                  {c.status === 'closed' ? ' (gesloten: alleen papier)' : ''}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="field">
            <legend className="field-label">Hoe kwam het verhaal binnen?</legend>
            <div className="options">
              {CHANNELS.map((c) => (
                <label key={c.value} className="option" htmlFor={`kanaal-${c.value}`}>
                  <input
                    id={`kanaal-${c.value}`}
                    type="radio"
                    name="kanaal"
                    value={c.value}
                    checked={channel === c.value}
                    onChange={() => setChannel(c.value)}
                  />
                  <span>
                    {c.label}
                    <span className="field-help"> {c.help}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </section>
      )}
      {collection && (
        <CollectionEntry
          key={collection.id}
          project={project}
          collection={collection}
          channel={channel}
        />
      )}
    </>
  );
}

interface TSaved {
  title: string;
  channel: TEntryChannel;
  code: string | undefined;
}

/** The entry form of one collection, with the stories saved in this batch. */
function CollectionEntry({
  project,
  collection,
  channel,
}: {
  project: TProject;
  collection: TCollection;
  channel: TEntryChannel;
}) {
  const trpc = useTRPC();
  const version = useQuery(
    trpc.portal.frameworks.version.queryOptions({
      projectId: project.id,
      versionId: collection.frameworkVersionId,
    }),
  );
  const [saved, setSaved] = useState<TSaved[]>([]);
  if (!version.data)
    return <QueryState isPending={version.isPending} error={version.error} what="Vragenlijst" />;
  return (
    <>
      <SavedList saved={saved} />
      <I18nProvider locale="nl" audience="general">
        <StoryEntryForm
          key={saved.length}
          framework={version.data.definition}
          languages={collection.languages}
          channel={channel}
          closed={collection.status === 'closed'}
          number={saved.length + 1}
          target={{ projectId: project.id, collectionId: collection.id, channel }}
          onSaved={(entry) => setSaved((all) => [...all, entry])}
        />
      </I18nProvider>
    </>
  );
}

/** What this batch saved, newest first; the live region says each save as it happens. */
function SavedList({ saved }: { saved: TSaved[] }) {
  const last = saved.at(-1);
  return (
    <>
      <div role="status" className={last ? 'notice' : undefined}>
        {last && (
          <p>
            Opgeslagen: “{last.title}” ({last.channel === 'paper' ? 'van papier' : 'met hulp'}).
            {last.code && (
              <>
                {' '}
                Persoonlijke code voor de verteller:{' '}
                <strong className="entry-code">{last.code}</strong>
              </>
            )}
          </p>
        )}
      </div>
      {saved.length > 0 && (
        <section aria-labelledby="reeks-titel" className="entry-batch">
          <h2 id="reeks-titel">In deze reeks ingevoerd ({saved.length})</h2>
          <ol reversed>
            {[...saved].reverse().map((entry, index) => (
              <li key={`${saved.length - index}`}>
                {entry.title}
                {entry.code && <span className="entry-code"> · code {entry.code}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** One story, all its steps on one page in the intake's order. */
function StoryEntryForm({
  framework,
  languages,
  channel,
  closed,
  number,
  target,
  onSaved,
}: {
  framework: TFramework;
  languages: string[];
  channel: TEntryChannel;
  closed: boolean;
  number: number;
  target: { projectId: string; collectionId: string; channel: TEntryChannel };
  onSaved: (saved: TSaved) => void;
}) {
  const trpc = useTRPC();
  const text = useLocalize();
  const [draft, setDraft] = useState<TEntryDraft>(() => emptyEntry('nl'));
  const [errors, setErrors] = useState<TAnswerError[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const summaryFocus = useRef(0);
  const [focusRequest, setFocusRequest] = useState(0);
  const firstInput = useRef<HTMLInputElement>(null);
  const enter = useMutation(trpc.portal.enterStory.mutationOptions());
  const dirty = isDirty(draft);
  useLeaveWarning(dirty);

  // A new form after a save: the collector goes on typing at its top.
  useEffect(() => {
    if (number > 1) firstInput.current?.focus();
  }, [number]);
  // The summary takes focus when "Opslaan" finds a problem, never while typing.
  useEffect(() => {
    if (focusRequest === summaryFocus.current) return;
    summaryFocus.current = focusRequest;
    document.querySelector<HTMLElement>('.entry-form [role="alert"]')?.focus();
  }, [focusRequest]);

  const answers = draft.answers;
  const update = (change: Partial<TEntryDraft['answers']>, question: string) => {
    setDraft((d) => ({ ...d, answers: { ...d.answers, ...change } }));
    setErrors((all) => all.filter((e) => errorQuestionId(e) !== question));
  };
  const errorOf = (id: string) => errors.find((e) => errorQuestionId(e) === id)?.message;
  const showErrors = (found: TAnswerError[], message?: string) => {
    setErrors(found);
    setProblem(message);
    setFocusRequest((n) => n + 1);
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (enter.isPending) return;
    const found = entryErrors(framework, draft, channel);
    if (found.length > 0) return showErrors(found);
    enter.mutate(entryInput(framework, draft, target), {
      onSuccess: (result) =>
        onSaved({ title: answers.story.title.trim(), channel, code: result.participantCode }),
      onError: (error) => {
        const refused = readServerError(error);
        showErrors(refused.answerErrors, refused.message);
      },
    });
  };

  const consentError = errorOf(CONSENT_INPUT_ID);
  const blocked = closed && channel === 'assisted';
  return (
    <form noValidate onSubmit={save} className="entry-form" aria-labelledby="invoer-titel">
      <h2 id="invoer-titel">Verhaal {number}</h2>
      <ErrorSummary
        title={errors.length > 0 ? 'Er is iets niet goed ingevuld' : 'Niet opgeslagen'}
        errors={errors.map(
          storyErrorLink(framework, text, {
            consent: 'Toestemming',
            prompt: 'Vertelvraag',
          }),
        )}
        message={problem}
        focusOnChange={false}
      />
      {blocked && (
        <p className="notice">
          Deze verzameling is gesloten. Met hulp invoeren kan niet meer; papieren formulieren wel.
        </p>
      )}
      <div className={`field${consentError ? ' has-error' : ''}`}>
        {consentError && (
          <p id={`${CONSENT_INPUT_ID}-error`} className="field-error">
            <span className="visually-hidden">Fout: </span>
            {consentError}
          </p>
        )}
        <label className="option" htmlFor={CONSENT_INPUT_ID}>
          <input
            ref={firstInput}
            id={CONSENT_INPUT_ID}
            type="checkbox"
            checked={answers.consent}
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? `${CONSENT_INPUT_ID}-error` : undefined}
            onChange={(event) => update({ consent: event.currentTarget.checked }, CONSENT_INPUT_ID)}
          />
          <span>
            {channel === 'paper'
              ? 'Op het formulier is toestemming aangekruist'
              : 'De verteller weet waarvoor het verhaal is en doet mee'}
          </span>
        </label>
      </div>
      {framework.participantQuestions.length > 0 && (
        <section aria-labelledby="over-verteller" className="entry-section">
          <h3 id="over-verteller">Over de verteller</h3>
          {framework.participantQuestions.map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              value={answers.participantAnswers[question.id]}
              error={errorOf(question.id)}
              onChange={(value) =>
                update(
                  { participantAnswers: { ...answers.participantAnswers, [question.id]: value } },
                  question.id,
                )
              }
            />
          ))}
        </section>
      )}
      <section aria-label="Het verhaal" className="entry-section">
        <PromptChoice
          framework={framework}
          value={answers.story.promptId}
          error={errorOf('promptId')}
          as="h3"
          title="Vertelvraag"
          help="Over welke vraag gaat het verhaal?"
          onChange={(promptId) => update({ story: { ...answers.story, promptId } }, 'promptId')}
        />
        {languages.length > 1 && (
          <LanguageField
            languages={languages}
            value={draft.language}
            onChange={(language) => setDraft((d) => ({ ...d, language }))}
          />
        )}
        <StoryTextFields
          framework={framework}
          story={answers.story}
          errors={{ title: errorOf('title'), text: errorOf('text') }}
          hint="Typ het verhaal over zoals het verteld of geschreven is, ook met fouten."
          onChange={(field, value) =>
            update({ story: { ...answers.story, [field]: value } }, field)
          }
        />
      </section>
      <section aria-labelledby="over-verhaal" className="entry-section">
        <h3 id="over-verhaal">Vragen over het verhaal</h3>
        {visibleSignifiers(framework, answers).map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            value={answers.answers[question.id]}
            error={errorOf(question.id)}
            onChange={(value) =>
              update({ answers: { ...answers.answers, [question.id]: value } }, question.id)
            }
          />
        ))}
      </section>
      <div className="actions">
        <button type="submit" className="button" aria-disabled={enter.isPending || undefined}>
          {enter.isPending ? 'Opslaan…' : 'Verhaal opslaan'}
        </button>
      </div>
    </form>
  );
}

function LanguageField({
  languages,
  value,
  onChange,
}: {
  languages: string[];
  value: TLocale;
  onChange: (language: TLocale) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Taal van het verhaal
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as TLocale)}
      >
        {languages.map((l) => (
          <option key={l} value={l}>
            {LANGUAGE_NAMES[l] ?? l}
          </option>
        ))}
      </select>
    </div>
  );
}
