import {
  suppressCrossTable,
  suppressSmallGroup,
  type TPublishedCrossTable,
  type TSuppressionAudience,
  type TWithheld,
} from '@duiding/analytics';
import {
  findCollectionById,
  listPanelAnswers,
  listProjectCollections,
  type TCollectionWithFramework,
} from '@duiding/db';
import {
  localize,
  resultBars,
  resultBucketsOf,
  type TQuestion,
  type TResultBar,
} from '@duiding/survey';
import type { TApiContext } from '../context';
import { AppError } from '../errors';
import { collectionStatus } from '../intake/open-collection';
import { memberByLink } from './member-link';

/*
 * A wave's results, as members, the groups of the wave summary and a meeting see them:
 * everything passes analytics' suppression for an outside audience (no chart under 10
 * answers, counts under 5 as "<5" with secondary suppression). Free text is never shown.
 * The member's own answer is marked by their browser, from its own copy.
 */

export interface TResultItem {
  questionId: string;
  label: string;
  section: string | null;
  bars: TResultBar[];
  counts: TPublishedCrossTable | TWithheld;
  /**
   * How many answered the item: a bar's share is of them. For a multiple choice the counts
   * add up to more (one person, several choices). Null when withheld.
   */
  respondents: number | null;
}

export interface TTrendItem {
  questionId: string;
  label: string;
  points: { collectionId: string; title: string; mean: number | null; reason?: string }[];
}

export interface TWaveResults {
  collectionId: string;
  title: string;
  closesAt: string;
  /** The wave's items, so the member's browser can place its own answer among the bars. */
  questions: TQuestion[];
  /** Null when withheld. */
  answers: number | null;
  withheld: string | null;
  items: TResultItem[];
  /** The core items' mean per closed wave of the same panel framework, oldest first. */
  trend: TTrendItem[];
  /** Per value of the first profile question (the organisation): only groups large enough. */
  segments: {
    questionId: string;
    label: string;
    groups: {
      id: string;
      label: string;
      answers: number | null;
      items: TResultItem[] | null;
      reason: string | null;
    }[];
  } | null;
}

function itemsOf(
  collection: TCollectionWithFramework,
  answers: Record<string, unknown>[],
  audience: TSuppressionAudience,
): TResultItem[] {
  return collection.framework.signifiers.flatMap((question) => {
    const bars = resultBars(question);
    if (!bars) return [];
    const counts = bars.map(() => 0);
    let respondents = 0;
    for (const answer of answers) {
      const buckets = resultBucketsOf(question, answer[question.id]);
      if (buckets.length > 0) respondents++;
      for (const bucket of buckets) {
        const index = bars.findIndex((bar) => bar.id === bucket);
        if (index >= 0) counts[index]!++;
      }
    }
    // The group is the people who answered, not their choices: four people choosing three
    // options each are 12 choices but still a group of four.
    const group = suppressSmallGroup(respondents, null, { audience });
    const published =
      group.kind === 'withheld' ? group : suppressCrossTable([counts], { audience });
    return [
      {
        questionId: question.id,
        label: localize(question.label, { locale: 'nl' }),
        section: question.section ?? null,
        bars,
        counts: published,
        respondents: published.kind === 'withheld' ? null : respondents,
      },
    ];
  });
}

function scaleMean(answers: Record<string, unknown>[], questionId: string) {
  const values = answers
    .map((a) => a[questionId])
    .filter((v): v is number => typeof v === 'number');
  return {
    n: values.length,
    mean: values.length ? values.reduce((s, v) => s + v, 0) / values.length : null,
  };
}

export function computeWaveResults(
  ctx: Pick<TApiContext, 'db' | 'clock'>,
  collection: TCollectionWithFramework,
  audience: TSuppressionAudience,
): TWaveResults {
  const answers = listPanelAnswers(ctx.db, collection.id);
  const options = { audience };
  const whole = suppressSmallGroup(answers.length, null, options);
  const base = {
    collectionId: collection.id,
    title: collection.title,
    closesAt: collection.closesAt.toISOString(),
    questions: collection.framework.signifiers,
  };
  const now = ctx.clock();
  const waves = listProjectCollections(ctx.db, collection.projectId).filter(
    (c) =>
      c.kind === 'panel_wave' &&
      c.framework.id === collection.framework.id &&
      (c.id === collection.id || collectionStatus(c, now) === 'closed') &&
      c.opensAt <= collection.opensAt,
  );
  const core = collection.framework.signifiers.filter(
    (q) => q.section === 'core' && q.kind === 'scale',
  );
  const trend: TTrendItem[] = core.map((question) => ({
    questionId: question.id,
    label: localize(question.label, { locale: 'nl' }),
    points: waves.map((wave) => {
      const { n, mean } = scaleMean(
        wave.id === collection.id ? answers : listPanelAnswers(ctx.db, wave.id),
        question.id,
      );
      const shown = suppressSmallGroup(n, mean, options);
      return shown.kind === 'shown'
        ? { collectionId: wave.id, title: wave.title, mean }
        : {
            collectionId: wave.id,
            title: wave.title,
            mean: null,
            reason: shown.reason.replace('verhalen', 'antwoorden'),
          };
    }),
  }));
  if (whole.kind === 'withheld') {
    return {
      ...base,
      answers: null,
      withheld: whole.reason.replace('verhalen', 'antwoorden'),
      items: [],
      trend,
      segments: null,
    };
  }
  const segmentQuestion = collection.framework.participantQuestions.find(
    (q) => q.kind === 'choice' && !q.multiple,
  );
  const segments =
    segmentQuestion?.kind === 'choice'
      ? {
          questionId: segmentQuestion.id,
          label: localize(segmentQuestion.label, { locale: 'nl' }),
          groups: segmentQuestion.options.map((option) => {
            const group = answers.filter((a) => a[segmentQuestion.id] === option.id);
            const shown = suppressSmallGroup(group.length, null, options);
            return {
              id: option.id,
              label: localize(option.label, { locale: 'nl' }),
              answers: shown.kind === 'shown' ? group.length : null,
              items: shown.kind === 'shown' ? itemsOf(collection, group, audience) : null,
              reason:
                shown.kind === 'shown' ? null : shown.reason.replace('verhalen', 'antwoorden'),
            };
          }),
        }
      : null;
  return {
    ...base,
    answers: answers.length,
    withheld: null,
    items: itemsOf(collection, answers, audience),
    trend,
    segments,
  };
}

/** For a member, by their link: the results of a closed wave they were invited to. */
export function memberWaveResults(
  ctx: TApiContext,
  input: { token: string; collectionId: string },
): TWaveResults {
  const member = memberByLink(ctx, input.token);
  const collection = findCollectionById(ctx.db, input.collectionId);
  if (
    !collection ||
    collection.projectId !== member.projectId ||
    collection.kind !== 'panel_wave'
  ) {
    throw new AppError('NOT_FOUND', 'Deze ronde bestaat niet.');
  }
  if (collectionStatus(collection, ctx.clock()) !== 'closed') {
    throw new AppError(
      'COLLECTION_NOT_OPEN',
      'De resultaten komen zodra de ronde gesloten is. Je krijgt dan een mail.',
    );
  }
  return computeWaveResults(ctx, collection, 'outside');
}
