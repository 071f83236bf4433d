import { DyadGlyph, StonesGlyph, TriadGlyph } from '@duiding/ui/charts';
import { useEffect, useRef } from 'react';
import { formatDay, STATUS_LABELS } from '../story-card';
import type { TRouterOutputs } from '../trpc';

export type TReaderPage = TRouterOutputs['portal']['explorer']['regionStories'];
export type TQuestionInfo = TRouterOutputs['portal']['explorer']['questions']['questions'][number];

/** Stories per request of the reader. */
export const READER_PAGE = 20;

function Answer({ question, value }: { question: TQuestionInfo; value: unknown }) {
  if (value === 'na') return <>Niet van toepassing</>;
  if (value === 'dk') return <>Weet ik niet</>;
  if (question.corners && typeof value === 'object' && value !== null && 'a' in value) {
    return (
      <TriadGlyph corners={question.corners} value={value as { a: number; b: number; c: number }} />
    );
  }
  if (question.ends && typeof value === 'number')
    return <DyadGlyph ends={question.ends} value={value} />;
  if (question.stones && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return (
      <StonesGlyph
        stones={question.stones}
        value={value as Record<string, { x: number; y: number }>}
      />
    );
  }
  const label = (id: string) => question.options.find((o) => o.id === id)?.label ?? id;
  if (typeof value === 'string') return <>{label(value)}</>;
  if (Array.isArray(value)) return <>{value.map((v) => label(String(v))).join(', ')}</>;
  if (typeof value === 'object' && value !== null && 'selected' in value) {
    const { selected, other } = value as { selected: string | string[]; other?: string };
    return (
      <>
        {(Array.isArray(selected) ? selected : [selected]).map(label).join(', ')}
        {other ? `: ${other}` : ''}
      </>
    );
  }
  return <>{String(value)}</>;
}

/**
 * The story reader: one story at a time, with its answers drawn, from a chart selection or
 * a pattern. `index` is in the URL, so Back returns to the story read before.
 */
export function StoryReader({
  heading,
  page,
  index,
  questions,
  onIndex,
}: {
  heading: string;
  page: TReaderPage | undefined;
  index: number;
  questions: readonly TQuestionInfo[];
  onIndex: (index: number) => void;
}) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const offset = Math.floor(index / READER_PAGE) * READER_PAGE;
  const story = page?.stories[index - offset];
  // Focus follows the person who pressed Next or Previous, never a re-render.
  useEffect(() => {
    if (moved.current && story) {
      titleRef.current?.focus();
      moved.current = false;
    }
  }, [story]);
  const go = (next: number) => {
    moved.current = true;
    onIndex(next);
  };
  if (!page) return null;
  const total = page.total.value ?? 0;
  return (
    <section className="story-reader" aria-labelledby="lezer-titel">
      <h2 id="lezer-titel">{heading}</h2>
      {page.withheld ? (
        <p role="status">{page.withheld}</p>
      ) : total === 0 ? (
        <p role="status">Geen verhalen in deze selectie.</p>
      ) : (
        <>
          <p role="status" data-testid="reader-count">
            {page.total.display} {total === 1 ? 'verhaal' : 'verhalen'}
            {story ? ` — verhaal ${index + 1} van ${page.total.display}` : ''}
          </p>
          <div className="reader-nav">
            <button
              type="button"
              className="button-secondary"
              disabled={index === 0}
              onClick={() => go(index - 1)}
            >
              Vorig verhaal
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={index + 1 >= total && page.nextOffset === null}
              onClick={() => go(index + 1)}
            >
              Volgend verhaal
            </button>
          </div>
          {story && (
            <article className="reader-story" aria-labelledby={`lezer-${story.id}`}>
              <h3 id={`lezer-${story.id}`} ref={titleRef} tabIndex={-1}>
                {story.title}
              </h3>
              <p className="story-meta">
                {formatDay(story.createdOn)} · {story.collectionTitle} ·{' '}
                {STATUS_LABELS[story.status] ?? story.status}
              </p>
              <p className="prose">{story.text}</p>
              <dl className="reader-answers">
                {questions
                  .filter((q) => q.scope === 'story' && story.answers[q.id] !== undefined)
                  .map((q) => (
                    <div key={q.id}>
                      <dt>{q.label}</dt>
                      <dd>
                        <Answer question={q} value={story.answers[q.id]} />
                      </dd>
                    </div>
                  ))}
                {story.participantAnswers &&
                  questions
                    .filter(
                      (q) =>
                        q.scope === 'participant' && story.participantAnswers?.[q.id] !== undefined,
                    )
                    .map((q) => (
                      <div key={q.id}>
                        <dt>{q.label}</dt>
                        <dd>
                          <Answer question={q} value={story.participantAnswers?.[q.id]} />
                        </dd>
                      </div>
                    ))}
              </dl>
              <details className="reader-list">
                <summary>Alle titels op deze bladzijde</summary>
                <ol start={offset + 1} data-testid="reader-titles">
                  {page.stories.map((s, k) => (
                    <li key={s.id}>
                      <button
                        type="button"
                        className="button-link"
                        data-story-id={s.id}
                        onClick={() => go(offset + k)}
                      >
                        {s.title}
                      </button>
                    </li>
                  ))}
                </ol>
              </details>
            </article>
          )}
        </>
      )}
    </section>
  );
}
