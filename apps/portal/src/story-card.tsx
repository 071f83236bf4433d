import {
  frameworkQuestions,
  localize,
  type TAnswers,
  type TFramework,
  type TLocalizedText,
} from '@duiding/survey/client';
import { formatAnswer, formatDay } from '@duiding/ui';
import type { TRouterOutputs } from './trpc';

export type TStoryView = TRouterOutputs['portal']['stories']['stories'][number];

export const CHANNEL_LABELS: Record<TStoryView['channel'], string> = {
  web: 'Website',
  assisted: 'Met hulp ingevuld',
  paper: 'Van papier',
  import: 'Geïmporteerd',
};

export const STATUS_LABELS: Record<string, string> = {
  pending: 'Wacht op moderatie',
  approved: 'Goedgekeurd',
  rejected: 'Afgewezen',
  withdrawn: 'Teruggetrokken',
};

const dutch = (text: TLocalizedText) => localize(text, { locale: 'nl' });

/** "2026-11-26" as "26 november 2026": ui's, one for every app. */
export { formatDay };

/** The answers in the framework's order, each with its question's label. */
function AnswerList({ framework, answers }: { framework: TFramework; answers: TAnswers }) {
  const rows = frameworkQuestions(framework).filter((q) => answers[q.id] !== undefined);
  if (rows.length === 0) return <p className="story-meta">Geen antwoorden.</p>;
  return (
    <dl className="answers">
      {rows.map((question) => (
        <div key={question.id} style={{ display: 'contents' }}>
          <dt>{dutch(question.label)}</dt>
          <dd>{formatAnswer(question, answers[question.id]!, dutch)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One story as a researcher reads it: title, prompt, date, status, text and every answer. */
export function StoryCard({
  story,
  framework,
  collectionTitle,
}: {
  story: TStoryView;
  framework: TFramework | undefined;
  collectionTitle: string | undefined;
}) {
  const prompt = framework?.prompts.find((p) => p.id === story.promptId);
  const headingId = `verhaal-${story.id}`;
  return (
    <article className="story" aria-labelledby={headingId}>
      <h2 id={headingId}>{story.title}</h2>
      <p className="story-meta">
        {formatDay(story.createdOn)} · {STATUS_LABELS[story.status] ?? story.status} ·{' '}
        {CHANNEL_LABELS[story.channel]}
        {collectionTitle && ` · ${collectionTitle}`}
      </p>
      <p>
        <strong>Vertelvraag:</strong> {prompt ? dutch(prompt.label) : story.promptId}
      </p>
      {story.textSource !== 'original' && (
        <p className="story-meta">
          Geredigeerde tekst: persoonsgegevens zijn weggelakt voordat je dit verhaal kon lezen.
        </p>
      )}
      <p className="prose">{story.text}</p>
      {framework ? (
        <>
          <h3>Duiding door de verteller</h3>
          <AnswerList framework={framework} answers={story.answers} />
          <h3>Over de verteller</h3>
          {story.participantAnswers ? (
            <AnswerList framework={framework} answers={story.participantAnswers} />
          ) : (
            <p className="story-meta">
              Wat de verteller over zichzelf zei, is niet zichtbaar voor jouw rol.
            </p>
          )}
        </>
      ) : (
        <p className="story-meta">De vragenlijst van dit verhaal is niet gevonden.</p>
      )}
    </article>
  );
}
