import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { FormMessage } from '../form-message';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { formatDay } from '../story-card';
import { findPassage, selectionOffsets } from '../text-selection';
import { type TRouterOutputs, useTRPC } from '../trpc';
import './moderation.css';

type TCodingStory = TRouterOutputs['portal']['coding']['story'];
type TCode = TCodingStory['codes'][number];
type TPassage = { start: number; end: number };

/** The codes in tree order, each with its path ("Zorg › Wachten") for a flat list. */
export function codePaths(codes: readonly TCode[]): Map<string, string> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const paths = new Map<string, string>();
  for (const code of codes) {
    const parts: string[] = [];
    let at: TCode | undefined = code;
    for (let depth = 0; at && depth < 50; depth++) {
      parts.unshift(at.name);
      at = at.parentId ? byId.get(at.parentId) : undefined;
    }
    paths.set(code.id, parts.join(' › '));
  }
  return paths;
}

/** Coding one story: select a passage (mouse, touch or typing), pick a code, apply it. */
export function CodingPage({ project, storyId }: { project: TProject; storyId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = useId();
  const input = { projectId: project.id, storyId };
  const data = useQuery(trpc.portal.coding.story.queryOptions(input));
  const [passage, setPassage] = useState<TPassage | null>(null);
  const [codeId, setCodeId] = useState('');
  const [search, setSearch] = useState('');
  const [searchError, setSearchError] = useState<string>();
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const textRef = useRef<HTMLParagraphElement>(null);

  // A selection made by mouse or touch is kept, so tapping a button afterwards keeps it.
  useEffect(() => {
    const onChange = () => {
      const container = textRef.current;
      const range = container ? selectionOffsets(container) : null;
      if (range) setPassage(range);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.portal.coding.story.queryKey(input) });
  const add = useMutation(
    trpc.portal.coding.add.mutationOptions({
      onSuccess: async (result, variables) => {
        setMessage({
          success: result.repeated
            ? 'Je had deze code hier al toegepast.'
            : variables.passage
              ? 'De code staat op de passage.'
              : 'De code staat op het hele verhaal.',
        });
        await refresh();
      },
      onError: (error) => setMessage({ error }),
    }),
  );
  const remove = useMutation(
    trpc.portal.coding.remove.mutationOptions({
      onSuccess: async () => {
        setMessage({ success: 'Je codering is weggehaald.' });
        await refresh();
      },
      onError: (error) => setMessage({ error }),
    }),
  );

  if (!data.data) {
    return (
      <>
        <PageHeading title={`Coderen · ${project.name}`}>Verhaal coderen</PageHeading>
        <QueryState isPending={data.isPending} error={data.error} what="Verhaal" />
      </>
    );
  }
  const { story, codes, codings } = data.data;
  const paths = codePaths(codes);
  const chosenCode = codes.some((c) => c.id === codeId) ? codeId : (codes[0]?.id ?? '');
  const quote = (p: TPassage) => story.text.slice(p.start, p.end);

  const findTyped = () => {
    const found = findPassage(story.text, search);
    if (!found) {
      setSearchError('Deze woorden staan niet in het verhaal.');
      return;
    }
    setSearchError(undefined);
    setPassage(found);
  };

  // The text with every passage coded so far marked. The chosen passage is not redrawn while
  // it is being selected (that would move the selection under the finger); it is quoted below.
  const highlighted: ReactNode[] = [];
  const bounds = new Set<number>([0, story.text.length]);
  const passages = codings.flatMap((c) => (c.passage ? [c.passage] : []));
  for (const p of passages) {
    bounds.add(p.start);
    bounds.add(p.end);
  }
  const cuts = [...bounds].filter((b) => b <= story.text.length).sort((a, b) => a - b);
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const piece = story.text.slice(from, to);
    const coded = passages.some((p) => from >= p.start && to <= p.end);
    highlighted.push(coded ? <mark key={from}>{piece}</mark> : piece);
  }

  const mine = codings.filter((c) => c.mine);
  const theirs = codings.filter((c) => !c.mine);
  const codingItem = (c: (typeof codings)[number], removable: boolean) => (
    <li key={c.id}>
      <span>
        <strong>{paths.get(c.codeId) ?? 'Onbekende code'}</strong>
        {c.passage ? (
          <>
            {' '}
            op <q>{quote(c.passage)}</q>
          </>
        ) : (
          ' op het hele verhaal'
        )}
        {!removable && <> · {c.coderName}</>}
      </span>
      {removable && (
        <button
          type="button"
          className="button button-secondary"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ projectId: project.id, codingId: c.id })}
          aria-label={`Weghalen: ${paths.get(c.codeId) ?? ''}${c.passage ? ` op “${quote(c.passage)}”` : ' op het hele verhaal'}`}
        >
          Weghalen
        </button>
      )}
    </li>
  );

  return (
    <>
      <PageHeading title={`Coderen · ${project.name}`}>Verhaal coderen</PageHeading>
      <p>
        <Link href="/codeboek">Naar het codeboek</Link>
      </p>
      <FormMessage error={message.error} success={message.success} />
      <article className="story coding-story" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>{story.title || '(zonder titel)'}</h2>
        <p className="story-meta">{formatDay(story.createdOn)}</p>
        <p className="prose coding-text" ref={textRef} id={`${ids}-text`}>
          {highlighted}
        </p>
      </article>

      <section className="coding-panel" aria-labelledby={`${ids}-apply`}>
        <h2 id={`${ids}-apply`}>Code toepassen</h2>
        {codes.length === 0 ? (
          <p>
            Het codeboek is nog leeg. <Link href="/codeboek">Maak eerst codes aan.</Link>
          </p>
        ) : (
          <>
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-code`}>
                Code
              </label>
              <select
                id={`${ids}-code`}
                value={chosenCode}
                onChange={(e) => setCodeId(e.currentTarget.value)}
              >
                {codes.map((c) => (
                  <option key={c.id} value={c.id}>
                    {paths.get(c.id)}
                  </option>
                ))}
              </select>
            </div>
            <p id={`${ids}-passage`} role="status">
              {passage ? (
                <>
                  Gekozen passage: <q>{quote(passage)}</q>
                </>
              ) : (
                'Nog geen passage gekozen. Selecteer een stuk tekst hierboven met muis of vinger, of typ hieronder een paar woorden eruit.'
              )}
            </p>
            <div className={`field${searchError ? ' has-error' : ''}`}>
              <label className="field-label" htmlFor={`${ids}-search`}>
                Passage kiezen door te typen
              </label>
              {searchError && (
                <p className="field-error" id={`${ids}-search-error`}>
                  {searchError}
                </p>
              )}
              <input
                id={`${ids}-search`}
                value={search}
                aria-invalid={searchError ? true : undefined}
                aria-describedby={searchError ? `${ids}-search-error` : undefined}
                onChange={(e) => {
                  setSearch(e.currentTarget.value);
                  if (searchError) setSearchError(undefined);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    findTyped();
                  }
                }}
              />
            </div>
            <div className="actions">
              <button type="button" className="button button-secondary" onClick={findTyped}>
                Passage zoeken
              </button>
              <button
                type="button"
                className="button"
                disabled={!passage || add.isPending}
                onClick={() =>
                  passage &&
                  add.mutate({ projectId: project.id, storyId, codeId: chosenCode, passage })
                }
              >
                Op de passage
              </button>
              <button
                type="button"
                className="button"
                disabled={add.isPending}
                onClick={() =>
                  add.mutate({ projectId: project.id, storyId, codeId: chosenCode, passage: null })
                }
              >
                Op het hele verhaal
              </button>
              {passage && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setPassage(null)}
                >
                  Passage loslaten
                </button>
              )}
            </div>
          </>
        )}
      </section>

      <section aria-labelledby={`${ids}-mine`}>
        <h2 id={`${ids}-mine`}>Mijn codes ({mine.length})</h2>
        {mine.length === 0 ? (
          <p>Je hebt dit verhaal nog niet gecodeerd.</p>
        ) : (
          <ul className="coding-list">{mine.map((c) => codingItem(c, true))}</ul>
        )}
      </section>
      <section aria-labelledby={`${ids}-theirs`}>
        <h2 id={`${ids}-theirs`}>Codes van collega’s ({theirs.length})</h2>
        {theirs.length === 0 ? (
          <p>Nog niemand anders codeerde dit verhaal.</p>
        ) : (
          <ul className="coding-list">{theirs.map((c) => codingItem(c, false))}</ul>
        )}
      </section>
    </>
  );
}
