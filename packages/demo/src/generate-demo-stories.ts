import type { TAnswers, TFramework } from '@duiding/survey';
import { addDays, createDraws, daysBetween, type TDraws } from './draws';
import { drawAnswers } from './generic-answers';
import { composeStory, type TNarrator, type TValence } from './story-text';
import type { TCollectionWindow, TDemoChannel, TDemoStories, TDemoStory } from './types';
import {
  textWaitOf,
  ZHZ_FRAMEWORK_ID,
  zhzParticipantOverride,
  zhzPlantedPatterns,
  zhzStoryOverride,
  zhzStoryState,
} from './zhz-model';

export interface TGenerateDemoStoriesOptions {
  framework: TFramework;
  count: number;
  seed: number;
  /** Put the documented patterns into the data (ZHZ only; default true). */
  plant?: boolean;
  /** The days the collection is open; stories fall within it. */
  window?: TCollectionWindow;
}

export const DEFAULT_DEMO_WINDOW: TCollectionWindow = { from: '2025-09-01', to: '2025-11-30' };

const channels: readonly TDemoChannel[] = ['web', 'assisted', 'paper'];
const channelWeights = [80, 12, 8];
/** Most participants tell one story, some two or three. */
const storiesPerParticipantWeights = [70, 20, 10];

/**
 * Demo stories for a framework: deterministic for a seed, valid against the framework.
 * For the ZHZ framework the stories are realistic (texts by who tells them, answers that
 * hang together) and, with `plant`, carry the patterns listed in `planted`; for any other
 * framework every answer is drawn on its own, so no relation exists between questions.
 */
export function generateDemoStories({
  framework,
  count,
  seed,
  plant = true,
  window = DEFAULT_DEMO_WINDOW,
}: TGenerateDemoStoriesOptions): TDemoStories {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`Het aantal verhalen moet een heel getal ≥ 0 zijn, niet ${count}.`);
  }
  const windowDays = daysBetween(window.from, window.to);
  if (!(windowDays >= 0)) {
    throw new RangeError(`De periode ${window.from} – ${window.to} is leeg of ongeldig.`);
  }
  const draws = createDraws(seed);
  const zhz = framework.id === ZHZ_FRAMEWORK_ID;
  const stories: TDemoStory[] = [];
  const promptIds = framework.prompts.map((p) => p.id);
  let participantNumber = 0;

  while (stories.length < count) {
    participantNumber++;
    const participantId = `demo-deelnemer-${pad(participantNumber)}`;
    const participantAnswers = drawAnswers(
      draws,
      framework.participantQuestions,
      {},
      zhz ? zhzParticipantOverride(draws) : undefined,
    );
    const told = Math.min(
      count - stories.length,
      1 + draws.weightedIndex(storiesPerParticipantWeights),
    );
    const firstDay = draws.integer(0, windowDays);
    const channel = channels[draws.weightedIndex(channelWeights)]!;
    for (let k = 0; k < told; k++) {
      const number = stories.length + 1;
      const base = {
        id: `demo-verhaal-${pad(number)}`,
        participantId,
        promptId: promptIds.length > 0 ? draws.pick(promptIds) : '',
        language: 'nl' as const,
        channel,
        // Later stories of the same person come a few days later, still inside the window.
        createdOn: addDays(window.from, Math.min(windowDays, firstDay + k * draws.integer(0, 3))),
        participantAnswers,
      };
      if (zhz) {
        const state = zhzStoryState(draws, framework, participantAnswers, plant);
        const answers = drawAnswers(
          draws,
          framework.signifiers,
          participantAnswers,
          zhzStoryOverride(draws, state, participantAnswers, plant),
        );
        const { title, text } = composeStory(draws, {
          narrator: state.narrator,
          valence: state.valence,
          wait: textWaitOf(state.wait),
          mentionsWaitingList: state.mentionsWaitingList,
        });
        stories.push({ ...base, title, text, answers });
      } else {
        const answers = drawAnswers(draws, framework.signifiers, participantAnswers);
        const { title, text } = genericStoryText(draws, framework, participantAnswers);
        stories.push({ ...base, title, text, answers });
      }
    }
  }
  return { stories, planted: zhz && plant ? zhzPlantedPatterns.map((p) => ({ ...p })) : [] };
}

/** A story text for a framework the generator has no model of: unrelated to its answers. */
function genericStoryText(draws: TDraws, framework: TFramework, _participant: TAnswers) {
  if (!framework.storyFields) return { title: '', text: '' };
  const narrators: TNarrator[] = ['jongere', 'ouder', 'pleegouder', 'grootouder'];
  const valences: TValence[] = ['positief', 'neutraal', 'negatief'];
  return composeStory(draws, {
    narrator: draws.pick(narrators),
    valence: draws.pick(valences),
    wait: draws.pick(['kort', 'middel', 'lang', 'onbekend'] as const),
    mentionsWaitingList: draws.chance(0.15),
  });
}

function pad(n: number): string {
  return String(n).padStart(6, '0');
}
