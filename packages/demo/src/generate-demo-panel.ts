import type { TFramework, TQuestion } from '@duiding/survey';
import { DONT_KNOW } from '@duiding/survey';
import { addDays, createDraws, daysBetween, drawScale } from './draws';
import { drawAnswers } from './generic-answers';
import type { TCollectionWindow, TDemoPanel, TDemoPanelResponse, TPlantedPattern } from './types';

export interface TGenerateDemoPanelOptions {
  /** The framework version of each wave, in order (e.g. Haaglanden wave 1 and wave 2). */
  waves: readonly TFramework[];
  /** Responses per wave. */
  countPerWave: number;
  seed: number;
  /** Plant a rising trend in `ruimte_admin` across the waves (default true). */
  plant?: boolean;
  /** The days each wave is open, one per wave; default: one month, three months apart. */
  windows?: readonly TCollectionWindow[];
}

/** The item whose agreement rises wave by wave when the trend is planted. */
export const PANEL_TREND_ITEM = 'ruimte_admin';
/** Rise of the latent agreement per wave, in standard deviations. */
const TREND_PER_WAVE = 0.6;

/**
 * Panel answers for several waves: a fixed pool of professionals, of whom `countPerWave`
 * respond in each wave, with their profile answered once. Answers only, no story text.
 */
export function generateDemoPanelResponses({
  waves,
  countPerWave,
  seed,
  plant = true,
  windows,
}: TGenerateDemoPanelOptions): TDemoPanel {
  if (!Number.isInteger(countPerWave) || countPerWave < 0) {
    throw new RangeError(`Het aantal antwoorden per ronde moet een heel getal ≥ 0 zijn.`);
  }
  const draws = createDraws(seed);
  const first = waves[0];
  if (!first) return { responses: [], planted: [] };
  // A panel loses and gains members between waves: a quarter more in the pool than respond.
  const poolSize = Math.ceil(countPerWave * 1.25);
  const members = Array.from({ length: poolSize }, (_, i) => ({
    participantId: `demo-panellid-${String(i + 1).padStart(5, '0')}`,
    participantAnswers: drawAnswers(draws, first.participantQuestions, {}),
  }));
  const responses: TDemoPanelResponse[] = [];
  waves.forEach((framework, wave) => {
    const window = windows?.[wave] ?? {
      from: addDays('2025-01-13', wave * 91),
      to: addDays('2025-01-13', wave * 91 + 27),
    };
    const windowDays = Math.max(0, daysBetween(window.from, window.to));
    const order = members.map((_, i) => i);
    for (let i = 0; i < countPerWave; i++) {
      const j = i + Math.floor(draws.uniform() * (order.length - i));
      [order[i], order[j]] = [order[j]!, order[i]!];
      const member = members[order[i]!]!;
      const override = (question: TQuestion) => {
        if (!plant || question.id !== PANEL_TREND_ITEM || question.kind !== 'scale') return;
        if (question.allowDontKnow && draws.chance(0.04)) return DONT_KNOW;
        return drawScale(draws, question.points, (wave - (waves.length - 1) / 2) * TREND_PER_WAVE);
      };
      responses.push({
        id: `demo-panelantwoord-${wave + 1}-${String(i + 1).padStart(5, '0')}`,
        participantId: member.participantId,
        wave,
        createdOn: addDays(window.from, draws.integer(0, windowDays)),
        answers: drawAnswers(draws, framework.signifiers, member.participantAnswers, override),
        participantAnswers: member.participantAnswers,
      });
    }
  });
  const planted: TPlantedPattern[] =
    plant &&
    waves.length > 1 &&
    waves.some((w) => w.signifiers.some((q) => q.id === PANEL_TREND_ITEM))
      ? [
          {
            id: 'administratie-stijgt',
            kind: 'signifier',
            signifier: PANEL_TREND_ITEM,
            grouping: 'collection',
            groups: waves.map((_, i) => String(i)),
            description:
              "Professionals zijn het ronde na ronde vaker eens met 'administratie gaat ten koste van mijn tijd met gezinnen'.",
          },
        ]
      : [];
  return { responses, planted };
}
