import {
  suppressCrossTable,
  suppressSmallGroup,
  type TPublishedCrossTable,
  type TWithheld,
} from '@duiding/analytics';
import {
  countStoriesPerDay,
  listIntakeStepCounts,
  listParticipantAnswersWithStories,
} from '@duiding/db';
import { localize } from '@duiding/survey';
import type { TApiContext, TSession } from '../context';
import { suppressionAudience, type TProjectAccess } from '../permissions';
import { projectCollection } from './collections';
import type { TCollectionInput } from './collections.schema';

/*
 * A collection's dashboard. The research team sees every count; outside it (interpreters,
 * collectors) each table goes through analytics' suppression: withheld under 10 stories,
 * cells under 5 shown as "<5" with secondary suppression, so no small group can be read
 * off or worked out.
 */

type TDashboardContext = TApiContext & { session: TSession; access: TProjectAccess };

/** One row of counts with its labels, as published. */
export interface TCountRow {
  labels: { id: string; label: string }[];
  counts: TPublishedCrossTable | TWithheld;
}

export interface TDashboardOutput {
  /** Stories that count (withdrawn ones do not). Outside the team under 10 this is null. */
  stories: number | null;
  perDay: TCountRow;
  /** Per participant choice question (the teller's role, municipality, …). */
  perParticipantQuestion: {
    questionId: string;
    label: string;
    multiple: boolean;
    row: TCountRow;
  }[];
  /** Participants reaching each intake step, most reached first, with the share of the first. */
  steps: (
    | { step: string; kind: 'shown'; count: number; share: number }
    | { step: string; kind: 'withheld'; reason: string }
  )[];
}

export function collectionDashboard(
  ctx: TDashboardContext,
  input: TCollectionInput,
): TDashboardOutput {
  const collection = projectCollection(ctx, input.collectionId);
  const options = { audience: suppressionAudience(ctx.access.audience) };
  const perDay = countStoriesPerDay(ctx.db, collection.id);
  const total = perDay.reduce((sum, d) => sum + d.stories, 0);
  const row = (labels: TCountRow['labels'], counts: number[]): TCountRow => ({
    labels,
    counts: suppressCrossTable([counts], options),
  });

  const participants = listParticipantAnswersWithStories(ctx.db, collection.id);
  const perParticipantQuestion = collection.framework.participantQuestions.flatMap((question) => {
    if (question.kind !== 'choice') return [];
    const counts = question.options.map(() => 0);
    let unanswered = 0;
    for (const { answers, stories } of participants) {
      const value = answers[question.id];
      const chosen = Array.isArray(value) ? value : value === undefined ? [] : [value];
      let any = false;
      question.options.forEach((option, i) => {
        if (chosen.includes(option.id)) {
          counts[i]! += stories;
          any = true;
        }
      });
      if (!any) unanswered += stories;
    }
    const labels = question.options.map((o) => ({
      id: o.id,
      label: localize(o.label, { locale: 'nl' }),
    }));
    // A multiple choice counts a story once per option, so its row has no meaningful total;
    // it is still suppressed as a table of its own.
    return [
      {
        questionId: question.id,
        label: localize(question.label, { locale: 'nl' }),
        multiple: question.multiple ?? false,
        row: row([...labels, { id: '_none', label: 'Niet ingevuld' }], [...counts, unanswered]),
      },
    ];
  });

  const steps = listIntakeStepCounts(ctx.db, collection.id).sort((a, b) => b.count - a.count);
  const first = steps[0]?.count ?? 0;
  return {
    stories: suppressSmallGroup(total, total, options).kind === 'shown' ? total : null,
    perDay: row(
      perDay.map((d) => ({ id: d.day, label: d.day })),
      perDay.map((d) => d.stories),
    ),
    perParticipantQuestion,
    steps: steps.map(({ step, count }) => {
      const shown = suppressSmallGroup(count, count, options);
      return shown.kind === 'shown'
        ? { step, kind: 'shown' as const, count, share: first > 0 ? count / first : 0 }
        : { step, kind: 'withheld' as const, reason: shown.reason };
    }),
  };
}
