import {
  NOT_APPLICABLE,
  type TAnswers,
  type TAnswerValue,
  type TFramework,
  type TQuestion,
} from '@duiding/survey';
import { drawDyad, drawTriad, type TDraws } from './draws';
import { drawChoice } from './generic-answers';
import type { TNarrator, TValence, TWait } from './story-text';
import type { TPlantedPattern } from './types';

/** The ZHZ questionnaire, recognised by id so that its realistic model applies. */
export const ZHZ_FRAMEWORK_ID = 'zhz_jeugdhulp';

const YOUTH_ROLES = ['jongere_8_11', 'jongere_12_17'];
const LONG_WAIT = 'meer_dan_3_maanden';
const NEGATIVE = ['negatief', 'heel_negatief'];

export const zhzPlantedPatterns: readonly TPlantedPattern[] = [
  {
    id: 'jongeren-serieus',
    kind: 'signifier',
    signifier: 'belangrijk',
    grouping: 'rol',
    groups: YOUTH_ROLES,
    description: "Jongeren zetten hun verhaal vaker bij 'serieus genomen worden'.",
  },
  {
    id: 'lange-wachttijd-tempo',
    kind: 'signifier',
    signifier: 'tempo',
    grouping: 'wachttijd',
    groups: [LONG_WAIT],
    description: "Bij een wachttijd van meer dan 3 maanden kwam de hulp 'veel te laat'.",
  },
  {
    id: 'lange-wachttijd-gevoel',
    kind: 'signifier',
    signifier: 'gevoel',
    grouping: 'wachttijd',
    groups: [LONG_WAIT],
    description: 'Verhalen met een wachttijd van meer dan 3 maanden zijn negatiever.',
  },
  {
    id: 'ouders-regels',
    kind: 'signifier',
    signifier: 'regie',
    grouping: 'rol',
    groups: ['ouder_of_verzorger'],
    description: "Ouders zien vaker 'regels en procedures' als wat bepaalde wat er gebeurde.",
  },
  {
    id: 'wachtlijst-negatief',
    kind: 'text',
    signifier: 'text',
    grouping: 'gevoel',
    groups: NEGATIVE,
    term: 'wachtlijst',
    description: "Het woord 'wachtlijst' staat vaker in negatieve verhalen.",
  },
];

/** What a ZHZ story is "about" before its answers are drawn. */
export interface TZhzStoryState {
  narrator: TNarrator;
  wait: string;
  /** Latent experience: positive is good. */
  experience: number;
  valence: TValence;
  mentionsWaitingList: boolean;
}

const roleWeights: Record<string, number> = {
  jongere_8_11: 8,
  jongere_12_17: 20,
  jongvolwassene_18_23: 10,
  ouder_of_verzorger: 40,
  grootouder: 7,
  pleegouder: 10,
  anders: 5,
};
const municipalityWeights: Record<string, number> = {
  alblasserdam: 4,
  dordrecht: 30,
  gorinchem: 9,
  hardinxveld_giessendam: 4,
  hendrik_ido_ambacht: 7,
  hoeksche_waard: 21,
  molenlanden: 11,
  papendrecht: 8,
  sliedrecht: 6,
  zwijndrecht: 11,
  andere_gemeente: 3,
};
const waitWeights: Record<string, number> = {
  minder_dan_2_weken: 25,
  tussen_2_en_6_weken: 30,
  tussen_6_weken_en_3_maanden: 20,
  meer_dan_3_maanden: 17,
  weet_ik_niet: 8,
};

function weightsFor(question: TQuestion, table: Record<string, number>): number[] | undefined {
  return question.kind === 'choice' ? question.options.map((o) => table[o.id] ?? 1) : undefined;
}

export function zhzParticipantOverride(draws: TDraws) {
  return (question: TQuestion): TAnswerValue | undefined => {
    if (question.kind !== 'choice') return undefined;
    if (question.id === 'rol')
      return drawChoice(draws, question, weightsFor(question, roleWeights));
    if (question.id === 'gemeente')
      return drawChoice(draws, question, weightsFor(question, municipalityWeights));
    return undefined;
  };
}

function narratorOf(role: unknown): TNarrator {
  if (typeof role !== 'string') return 'anders';
  if (YOUTH_ROLES.includes(role)) return 'jongere';
  if (role === 'jongvolwassene_18_23') return 'jongvolwassene';
  if (role === 'ouder_of_verzorger') return 'ouder';
  if (role === 'grootouder' || role === 'pleegouder') return role;
  return 'anders';
}

const waitKinds: Record<string, TWait> = {
  minder_dan_2_weken: 'kort',
  tussen_2_en_6_weken: 'middel',
  tussen_6_weken_en_3_maanden: 'middel',
  meer_dan_3_maanden: 'lang',
};

export function textWaitOf(wait: string): TWait {
  return waitKinds[wait] ?? 'onbekend';
}

/** The feeling on a five-point choice from the latent experience. */
function feelingOf(experience: number): string {
  if (experience > 1.2) return 'heel_positief';
  if (experience > 0.35) return 'positief';
  if (experience > -0.35) return 'neutraal';
  if (experience > -1.2) return 'negatief';
  return 'heel_negatief';
}

export function zhzStoryState(
  draws: TDraws,
  framework: TFramework,
  participantAnswers: TAnswers,
  plant: boolean,
): TZhzStoryState {
  const waitQuestion = framework.signifiers.find((q) => q.id === 'wachttijd');
  const waitOptions =
    waitQuestion?.kind === 'choice' ? waitQuestion.options.map((o) => o.id) : [LONG_WAIT];
  const wait = waitOptions[draws.weightedIndex(waitOptions.map((id) => waitWeights[id] ?? 1))]!;
  const longWait = wait === LONG_WAIT;
  const experience = draws.normal() + (plant && longWait ? -1 : 0);
  const feeling = feelingOf(experience);
  const valence: TValence = NEGATIVE.includes(feeling)
    ? 'negatief'
    : feeling === 'neutraal'
      ? 'neutraal'
      : 'positief';
  const mentionsWaitingList = plant
    ? draws.chance(valence === 'negatief' ? 0.5 : 0.08)
    : draws.chance(0.15);
  return {
    narrator: narratorOf(participantAnswers.rol),
    wait,
    experience,
    valence,
    mentionsWaitingList,
  };
}

/** The answers that carry the planted patterns; others are drawn neutrally. */
export function zhzStoryOverride(
  draws: TDraws,
  state: TZhzStoryState,
  participantAnswers: TAnswers,
  plant: boolean,
) {
  const role = participantAnswers.rol;
  const youth = typeof role === 'string' && YOUTH_ROLES.includes(role);
  const parent = role === 'ouder_of_verzorger';
  const longWait = state.wait === LONG_WAIT;
  return (question: TQuestion): TAnswerValue | undefined => {
    switch (question.id) {
      case 'gevoel':
        return feelingOf(state.experience);
      case 'wachttijd':
        return state.wait;
      case 'tempo':
        return plant && longWait ? drawDyad(draws, -2.2, 0.8) : drawDyad(draws, 0.3, 1);
      case 'belangrijk':
        return drawTriad(draws, plant && youth ? [0, 0, 0.8] : [0, 0, 0], 0.9);
      case 'regie':
        if (question.kind === 'triad' && question.allowNotApplicable && draws.chance(0.03))
          return NOT_APPLICABLE;
        return drawTriad(draws, plant && parent ? [0, 0, 0.8] : [0, 0, 0], 0.9);
      default:
        return undefined;
    }
  };
}
