import {
  type frameworkQuestions,
  localize,
  NOT_APPLICABLE,
  type TAnswers,
  type TFramework,
  type TLocalizedText,
  type TTriadValue,
} from '@duiding/survey/client';
import { DyadDrawing, formatAnswer, StonesDrawing, TriadDrawing } from '@duiding/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { CHANNEL_LABELS, formatDay, STATUS_LABELS } from '../story-card';
import { useTRPC } from '../trpc';
import '../story-table/story-table.css';

type TQuestion = ReturnType<typeof frameworkQuestions>[number];
const dutch = (text: TLocalizedText) => localize(text, { locale: 'nl' });

/** One answer as the participant gave it: drawn for triads, dyads and stones. */
function AnswerView({ question, value }: { question: TQuestion; value: TAnswers[string] }) {
  if (value === NOT_APPLICABLE) return <>Niet van toepassing</>;
  if (question.kind === 'triad' && typeof value === 'object' && value && 'a' in value) {
    return <TriadDrawing question={question} value={value as TTriadValue} />;
  }
  if (question.kind === 'dyad' && typeof value === 'number') {
    return <DyadDrawing question={question} value={value} />;
  }
  if (question.kind === 'stones' && typeof value === 'object' && value && !Array.isArray(value)) {
    return (
      <StonesDrawing
        question={question}
        value={value as Record<string, { x: number; y: number }>}
      />
    );
  }
  return <>{formatAnswer(question, value, dutch)}</>;
}

function Answers({ questions, answers }: { questions: TQuestion[]; answers: TAnswers }) {
  const given = questions.filter((q) => answers[q.id] !== undefined);
  if (given.length === 0) return <p className="story-meta">Geen antwoorden.</p>;
  return (
    <dl className="story-page-answers">
      {given.map((question) => (
        <div key={question.id} className="story-page-answer">
          <dt>{dutch(question.label)}</dt>
          <dd>
            <AnswerView question={question} value={answers[question.id]!} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A story with every answer drawn as its teller gave it; links to moderate and code it. */
export function StoryPage({ project, storyId }: { project: TProject; storyId: string }) {
  const trpc = useTRPC();
  const result = useQuery(trpc.portal.story.queryOptions({ projectId: project.id, storyId }));
  if (!result.data) {
    return (
      <>
        {result.error && (
          <PageHeading title="Verhaal niet gevonden">Verhaal niet gevonden</PageHeading>
        )}
        <QueryState isPending={result.isPending} error={result.error} what="Verhaal" />
        <p>
          <Link href="/verhalen">← Naar de verhalen</Link>
        </p>
      </>
    );
  }
  const { story, collection } = result.data;
  const framework: TFramework = collection.framework;
  const prompt = framework.prompts.find((p) => p.id === story.promptId);
  const title = story.title || 'Zonder titel';
  const can = (capability: TProject['capabilities'][number]) =>
    project.capabilities.includes(capability);
  return (
    <div className="story-page">
      <p>
        <Link href="/verhalen">← Naar de verhalen</Link>
      </p>
      <PageHeading title={`${title} · Verhalen`}>{title}</PageHeading>
      <p className="story-meta">
        {formatDay(story.createdOn)} · {STATUS_LABELS[story.status] ?? story.status} ·{' '}
        {CHANNEL_LABELS[story.channel]} · {collection.title}
      </p>
      {(can('stories.moderate') || can('stories.code')) && (
        <ul className="story-page-links" aria-label="Met dit verhaal">
          {can('stories.moderate') && (
            <li>
              <Link href={`/moderatie/${story.id}`}>Modereren</Link>
            </li>
          )}
          {can('stories.code') && (
            <li>
              <Link href={`/verhalen/${story.id}/coderen`}>Coderen</Link>
            </li>
          )}
        </ul>
      )}
      {story.textSource !== 'original' && (
        <p className="notice">
          Geredigeerde tekst: persoonsgegevens zijn weggelakt voordat je dit verhaal kon lezen.
        </p>
      )}
      <p>
        <strong>Vertelvraag:</strong> {prompt ? dutch(prompt.label) : story.promptId}
      </p>
      <p className="story-page-text">{story.text}</p>
      <h2>Duiding door de verteller</h2>
      <Answers questions={framework.signifiers} answers={story.answers} />
      <h2>Over de verteller</h2>
      {story.participantAnswers ? (
        <Answers questions={framework.participantQuestions} answers={story.participantAnswers} />
      ) : (
        <p className="story-meta">
          Wat de verteller over zichzelf zei, is niet zichtbaar voor jouw rol.
        </p>
      )}
    </div>
  );
}
