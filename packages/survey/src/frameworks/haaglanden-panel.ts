import { type TFramework, type TFrameworkInput, ZFramework } from '../framework';
import type { TLocalizedText } from '../text';

/**
 * The professional panel "Ruimte voor de professional" of the region Haaglanden
 * (shared/frameworks/haaglanden-panel.md). Every wave asks the same core items, so they
 * can be followed over time, plus a theme that changes per wave.
 */

type TQuestionInput = TFrameworkInput['signifiers'][number];

const h10Municipalities: [string, string][] = [
  ['delft', 'Delft'],
  ['den_haag', 'Den Haag'],
  ['lansingerland', 'Lansingerland'],
  ['leidschendam_voorburg', 'Leidschendam-Voorburg'],
  ['midden_delfland', 'Midden-Delfland'],
  ['pijnacker_nootdorp', 'Pijnacker-Nootdorp'],
  ['rijswijk', 'Rijswijk'],
  ['wassenaar', 'Wassenaar'],
  ['westland', 'Westland'],
  ['zoetermeer', 'Zoetermeer'],
];

const profile: TQuestionInput[] = [
  {
    id: 'organisatie',
    kind: 'choice',
    label: { nl: 'Waar werk je?', en: 'Where do you work?' },
    options: [
      {
        id: 'wijkteam_of_cjg',
        label: { nl: 'Wijkteam of CJG', en: 'Neighbourhood team or CJG' },
      },
      { id: 'jeugd_ggz', label: { nl: 'Jeugd-ggz', en: 'Youth mental health care' } },
      {
        id: 'opvoed_en_gezinshulp',
        label: { nl: 'Opvoed- en gezinshulp', en: 'Parenting and family support' },
      },
      {
        id: 'jeugdbescherming_of_jeugdreclassering',
        label: {
          nl: 'Jeugdbescherming of jeugdreclassering',
          en: 'Child protection or juvenile probation',
        },
      },
      {
        id: 'zorg_voor_jeugd_met_beperking',
        label: {
          nl: 'Zorg voor jeugd met een beperking',
          en: 'Care for young people with a disability',
        },
      },
      { id: 'onderwijs_zorg', label: { nl: 'Onderwijs-zorg', en: 'Education and care' } },
      { id: 'anders', label: { nl: 'Anders', en: 'Other' } },
    ],
  },
  {
    id: 'functie',
    kind: 'choice',
    label: { nl: 'Wat is je functie?', en: 'What is your position?' },
    options: [
      {
        id: 'uitvoerend_professional',
        label: { nl: 'Uitvoerend professional', en: 'Practitioner' },
      },
      {
        id: 'gedragswetenschapper',
        label: { nl: 'Gedragswetenschapper', en: 'Behavioural scientist' },
      },
      { id: 'teamleider', label: { nl: 'Teamleider', en: 'Team leader' } },
      { id: 'anders', label: { nl: 'Anders', en: 'Other' } },
    ],
  },
  {
    id: 'ervaring',
    kind: 'choice',
    label: {
      nl: 'Hoeveel jaar werk je in de jeugdhulp?',
      en: 'How many years have you worked in youth care?',
    },
    options: [
      { id: 'minder_dan_2_jaar', label: { nl: 'Minder dan 2', en: 'Less than 2' } },
      { id: 'tussen_2_en_5_jaar', label: { nl: '2 tot 5', en: '2 to 5' } },
      { id: 'tussen_5_en_10_jaar', label: { nl: '5 tot 10', en: '5 to 10' } },
      { id: 'meer_dan_10_jaar', label: { nl: 'Meer dan 10', en: 'More than 10' } },
    ],
  },
  {
    id: 'werkgebied',
    kind: 'choice',
    multiple: true,
    label: {
      nl: 'In welke gemeenten werk je?',
      en: 'In which municipalities do you work?',
    },
    options: h10Municipalities.map(([id, name]) => ({ id, label: { nl: name, en: name } })),
  },
];

const agreePoints: Record<string, TLocalizedText> = {
  '1': { nl: 'Helemaal oneens', en: 'Strongly disagree' },
  '2': { nl: 'Oneens', en: 'Disagree' },
  '3': { nl: 'Niet eens, niet oneens', en: 'Neither agree nor disagree' },
  '4': { nl: 'Eens', en: 'Agree' },
  '5': { nl: 'Helemaal eens', en: 'Strongly agree' },
};

/** A five-point agreement item with "weet ik niet". */
function agreeItem(id: string, section: string, nl: string, en: string): TQuestionInput {
  return {
    id,
    kind: 'scale',
    section,
    label: { nl, en },
    points: 5,
    pointLabels: agreePoints,
    allowDontKnow: true,
  };
}

const core: TQuestionInput[] = [
  agreeItem(
    'ruimte_oordeel',
    'core',
    'Ik heb genoeg ruimte om zelf te bepalen welke hulp een gezin nodig heeft.',
    'I have enough room to decide for myself which help a family needs.',
  ),
  agreeItem(
    'ruimte_admin',
    'core',
    'Administratie gaat ten koste van mijn tijd met gezinnen.',
    'Paperwork takes time away from my time with families.',
  ),
  agreeItem(
    'ruimte_collega',
    'core',
    "Bij een dilemma kan ik terugvallen op collega's.",
    'When facing a dilemma, I can fall back on colleagues.',
  ),
  agreeItem(
    'ruimte_vertrouwen',
    'core',
    'De gemeente vertrouwt op mijn professionele oordeel.',
    'The municipality trusts my professional judgement.',
  ),
  agreeItem(
    'ruimte_schakelen',
    'core',
    'Ik kan snel schakelen met andere organisaties.',
    'I can quickly coordinate with other organisations.',
  ),
  {
    id: 'bepaalt',
    kind: 'triad',
    section: 'core',
    label: {
      nl: 'Wat bepaalt het meest welke hulp een gezin krijgt?',
      en: 'What most determines which help a family gets?',
    },
    corners: [
      {
        id: 'oordeel',
        label: { nl: 'Mijn professionele oordeel', en: 'My professional judgement' },
      },
      {
        id: 'kaders',
        label: { nl: 'Regels en indicatiekaders', en: 'Rules and eligibility criteria' },
      },
      { id: 'gezin', label: { nl: 'Wensen van het gezin', en: "The family's wishes" } },
    ],
  },
  {
    id: 'werkdruk',
    kind: 'dyad',
    section: 'core',
    label: { nl: 'Mijn werkdruk is …', en: 'My workload is …' },
    left: { nl: 'zo laag dat ik me verveel', en: 'so low that I am bored' },
    right: { nl: 'zo hoog dat de kwaliteit lijdt', en: 'so high that quality suffers' },
  },
  {
    id: 'voorbeeld',
    kind: 'text',
    section: 'core',
    required: false,
    label: {
      nl: 'Beschrijf een recente situatie waarin je ruimte kreeg, of juist niet.',
      en: 'Describe a recent situation in which you were given room, or were not.',
    },
  },
];

const coreSection = {
  id: 'core',
  title: { nl: 'Ruimte voor de professional', en: 'Room for the professional' },
};

const common = {
  id: 'haaglanden_panel',
  kind: 'panel',
  languages: ['nl', 'en'],
  title: {
    nl: 'Professional Ervaringsonderzoek Haaglanden',
    en: 'Professional Experience Survey Haaglanden',
  },
  consent: {
    nl: [
      'Je antwoorden bewaren we los van je naam en e-mailadres. Niemand kan zien wat jij hebt geantwoord.',
      'We laten uitkomsten alleen zien als genoeg collega’s hebben geantwoord, zodat niemand herkenbaar is.',
      'Meedoen is vrijwillig. Je kunt je op elk moment afmelden voor het panel.',
    ].join('\n\n'),
    en: [
      'Your answers are stored apart from your name and e-mail address. No one can see what you answered.',
      'Results are shown only when enough colleagues have answered, so that no one can be recognised.',
      'Taking part is voluntary. You can leave the panel at any time.',
    ].join('\n\n'),
  },
  prompts: [],
  participantQuestions: profile,
} satisfies Partial<TFrameworkInput>;

const wave1: TFrameworkInput = {
  ...common,
  version: 1,
  intro: {
    nl: 'Deze ronde duurt minder dan 10 minuten. Het thema is: werken in de coronatijd.',
    en: 'This wave takes less than 10 minutes. Its theme is: working during the pandemic.',
  },
  sections: [
    coreSection,
    {
      id: 'corona',
      title: { nl: 'Werken in de coronatijd', en: 'Working during the pandemic' },
    },
  ],
  signifiers: [
    ...core,
    agreeItem(
      'corona_beeldbellen',
      'corona',
      'Beeldbellen werkte goed voor contact met jongeren.',
      'Video calls worked well for contact with young people.',
    ),
    agreeItem(
      'corona_crisis',
      'corona',
      'Ik kon gezinnen in crisis genoeg bereiken.',
      'I could reach families in crisis well enough.',
    ),
    {
      id: 'corona_behouden',
      kind: 'choice',
      section: 'corona',
      multiple: true,
      label: {
        nl: 'Welke werkwijze uit de coronatijd wil je houden?',
        en: 'Which way of working from the pandemic would you like to keep?',
      },
      options: [
        { id: 'beeldbellen', label: { nl: 'Beeldbellen', en: 'Video calls' } },
        { id: 'wandelgesprekken', label: { nl: 'Wandelgesprekken', en: 'Walking talks' } },
        {
          id: 'flexibele_werktijden',
          label: { nl: 'Flexibele werktijden', en: 'Flexible working hours' },
        },
        {
          id: 'digitaal_overleg_ketenpartners',
          label: {
            nl: 'Digitaal overleg met ketenpartners',
            en: 'Online meetings with partner organisations',
          },
        },
        { id: 'niets', label: { nl: 'Niets', en: 'Nothing' }, exclusive: true },
      ],
    },
    {
      id: 'corona_ervaring',
      kind: 'text',
      section: 'corona',
      label: {
        nl: 'Wat heb je in die tijd geleerd over je werk?',
        en: 'What did you learn about your work during that time?',
      },
    },
  ],
};

const wave2: TFrameworkInput = {
  ...common,
  version: 2,
  intro: {
    nl: 'Deze ronde duurt minder dan 10 minuten. Het thema is: samenwerken met het onderwijs.',
    en: 'This wave takes less than 10 minutes. Its theme is: working together with schools.',
  },
  sections: [
    coreSection,
    {
      id: 'onderwijs',
      title: { nl: 'Samenwerken met het onderwijs', en: 'Working together with schools' },
    },
  ],
  signifiers: [
    ...core,
    agreeItem(
      'onderwijs_contact',
      'onderwijs',
      'Ik weet bij welke school ik moet zijn als een kind vastloopt.',
      'I know which school to turn to when a child gets stuck.',
    ),
    {
      id: 'onderwijs_rol',
      kind: 'triad',
      section: 'onderwijs',
      label: {
        nl: 'Wie neemt meestal het initiatief bij zorgen over een leerling?',
        en: 'Who usually takes the initiative when there are concerns about a pupil?',
      },
      corners: [
        { id: 'school', label: { nl: 'De school', en: 'The school' } },
        { id: 'jeugdhulp', label: { nl: 'De jeugdhulp', en: 'Youth care' } },
        { id: 'ouders', label: { nl: 'De ouders', en: 'The parents' } },
      ],
    },
    {
      id: 'onderwijs_verbetering',
      kind: 'text',
      section: 'onderwijs',
      label: {
        nl: 'Wat zou de samenwerking met scholen beter maken?',
        en: 'What would make working together with schools better?',
      },
    },
  ],
};

export const haaglandenPanelWave1: TFramework = ZFramework.parse(wave1);
export const haaglandenPanelWave2: TFramework = ZFramework.parse(wave2);
