import { type TFramework, type TFrameworkInput, ZFramework } from '../framework';

/**
 * The public collection "Ervaringen met jeugdhulp" of the region Zuid-Holland Zuid
 * (shared/frameworks/zhz-jeugdhulp.md). Dutch at B1, youth variants at A2 where the
 * document gives them, and an English translation of every text.
 */
const input: TFrameworkInput = {
  id: 'zhz_jeugdhulp',
  version: 1,
  kind: 'stories',
  languages: ['nl', 'en'],
  title: {
    nl: 'Ervaringen met jeugdhulp',
    en: 'Experiences with youth care',
  },
  intro: {
    nl: 'Deel je ervaring met jeugdhulp. Het duurt ongeveer 20 minuten. Je bent anoniem. Je mag meer dan één ervaring delen.',
    en: 'Share your experience with youth care. It takes about 20 minutes. You stay anonymous. You may share more than one experience.',
  },
  consent: {
    nl: [
      'Wat gebeurt er met je verhaal?',
      'Je verhaal en je antwoorden komen samen met die van anderen in een verslag dat elk jaar verschijnt.',
      'Een onderzoeksgroep leest de verhalen: mensen van de gemeenten, van jeugdhulpaanbieders, ouders en jongeren.',
      'Namen en andere dingen waaraan iemand jou of een ander kan herkennen, halen we eruit voordat iemand buiten het onderzoeksteam je verhaal leest.',
      'Meedoen is vrijwillig. Je krijgt een persoonlijke code. Met die code kun je later verder schrijven, of je verhaal weer terugtrekken.',
    ].join('\n\n'),
    en: [
      'What happens to your story?',
      'Your story and your answers are combined with those of others in a report that appears every year.',
      'A research group reads the stories: people from the municipalities, from youth care providers, parents and young people.',
      'Names and other details by which someone could recognise you or another person are removed before anyone outside the research team reads your story.',
      'Taking part is voluntary. You get a personal code. With that code you can continue writing later, or withdraw your story.',
    ].join('\n\n'),
  },
  prompts: [
    {
      id: 'moment',
      label: {
        nl: 'Denk aan een moment met jeugdhulp dat je is bijgebleven. Wat gebeurde er?',
        en: 'Think of a moment with youth care that has stayed with you. What happened?',
        youth: { nl: 'Denk aan een moment met hulp dat je nog goed weet. Wat gebeurde er?' },
      },
    },
    {
      id: 'gehoord',
      label: {
        nl: 'Vertel over een moment waarop je je gehoord voelde, of juist niet.',
        en: 'Tell us about a moment when you felt heard, or did not.',
        youth: {
          nl: 'Vertel over een keer dat er goed naar je werd geluisterd. Of juist niet.',
        },
      },
    },
    {
      id: 'vriend',
      label: {
        nl: 'Stel, een vriend vraagt hoe het was om hulp te krijgen. Welk verhaal vertel je?',
        en: 'Suppose a friend asks what it was like to get help. Which story do you tell?',
        youth: { nl: 'Een vriend vraagt: hoe was de hulp? Wat vertel je?' },
      },
    },
  ],
  storyFields: {
    title: {
      label: { nl: 'Titel van je verhaal', en: 'Title of your story' },
    },
    text: {
      label: { nl: 'Je verhaal', en: 'Your story' },
      hint: { nl: 'Schrijf zoals je praat.', en: 'Write the way you talk.' },
    },
  },
  signifiers: [
    {
      id: 'gevoel',
      kind: 'choice',
      label: {
        nl: 'Hoe voel je je over dit verhaal?',
        en: 'How do you feel about this story?',
      },
      options: [
        { id: 'heel_positief', label: { nl: 'Heel positief', en: 'Very positive' } },
        { id: 'positief', label: { nl: 'Positief', en: 'Positive' } },
        { id: 'neutraal', label: { nl: 'Neutraal', en: 'Neutral' } },
        { id: 'negatief', label: { nl: 'Negatief', en: 'Negative' } },
        { id: 'heel_negatief', label: { nl: 'Heel negatief', en: 'Very negative' } },
      ],
    },
    {
      id: 'hulp',
      kind: 'triad',
      label: {
        nl: 'Wat hielp in dit verhaal het meest?',
        en: 'What helped most in this story?',
      },
      corners: [
        { id: 'zelf', label: { nl: 'Mijn eigen kracht', en: 'My own strength' } },
        { id: 'hulpverlener', label: { nl: 'De hulpverlener', en: 'The care worker' } },
        {
          id: 'omgeving',
          label: {
            nl: 'Mensen om mij heen (familie, vrienden, school)',
            en: 'People around me (family, friends, school)',
          },
        },
      ],
      allowNotApplicable: true,
    },
    {
      id: 'regie',
      kind: 'triad',
      label: {
        nl: 'Wie bepaalde wat er gebeurde?',
        en: 'Who decided what happened?',
      },
      corners: [
        { id: 'gezin', label: { nl: 'Ik zelf / wij als gezin', en: 'Me / us as a family' } },
        { id: 'hulpverlener', label: { nl: 'De hulpverlener', en: 'The care worker' } },
        { id: 'regels', label: { nl: 'Regels en procedures', en: 'Rules and procedures' } },
      ],
      allowNotApplicable: true,
    },
    {
      id: 'belangrijk',
      kind: 'triad',
      label: {
        nl: 'Wat was in dit verhaal het belangrijkst?',
        en: 'What mattered most in this story?',
      },
      corners: [
        { id: 'snel', label: { nl: 'Snel geholpen worden', en: 'Being helped quickly' } },
        { id: 'goed', label: { nl: 'Goed geholpen worden', en: 'Being helped well' } },
        {
          id: 'serieus',
          label: { nl: 'Serieus genomen worden', en: 'Being taken seriously' },
        },
      ],
    },
    {
      id: 'betrokken',
      kind: 'dyad',
      label: { nl: 'De hulpverleners waren …', en: 'The care workers were …' },
      left: {
        nl: 'te veel met ons bezig, ik voelde me gecontroleerd',
        en: 'too involved with us, I felt controlled',
      },
      right: {
        nl: 'te weinig betrokken, ik stond er alleen voor',
        en: 'too little involved, I was on my own',
      },
      allowNotApplicable: true,
    },
    {
      id: 'informatie',
      kind: 'dyad',
      label: {
        nl: 'De informatie over de hulp was …',
        en: 'The information about the help was …',
      },
      left: {
        nl: 'te weinig, ik wist niet waar ik aan toe was',
        en: 'too little, I did not know where I stood',
      },
      right: {
        nl: 'te veel, ik zag door de bomen het bos niet meer',
        en: 'too much, I could not see the wood for the trees',
      },
      allowNotApplicable: true,
    },
    {
      id: 'tempo',
      kind: 'dyad',
      label: { nl: 'De hulp kwam …', en: 'The help came …' },
      left: { nl: 'veel te laat', en: 'far too late' },
      right: { nl: 'op het goede moment', en: 'at the right moment' },
    },
    {
      id: 'plekken',
      kind: 'stones',
      label: {
        nl: 'Zet de plekken waar je hulp kreeg op de kaart.',
        en: 'Put the places where you got help on the map.',
      },
      x: {
        low: { nl: 'moeilijk te vinden', en: 'hard to find' },
        high: { nl: 'makkelijk te vinden', en: 'easy to find' },
      },
      y: {
        low: { nl: 'hielp weinig', en: 'helped little' },
        high: { nl: 'hielp veel', en: 'helped a lot' },
      },
      stones: [
        { id: 'wijkteam', label: { nl: 'Wijkteam / CJG', en: 'Neighbourhood team / CJG' } },
        { id: 'huisarts', label: { nl: 'Huisarts', en: 'GP' } },
        { id: 'aanbieder', label: { nl: 'Jeugdhulpaanbieder', en: 'Youth care provider' } },
        { id: 'school', label: { nl: 'School', en: 'School' } },
        {
          id: 'gemeente',
          label: { nl: 'Gemeente (loket)', en: 'Municipality (service desk)' },
        },
      ],
    },
    {
      id: 'fase',
      kind: 'choice',
      multiple: true,
      label: {
        nl: 'Over welke fase gaat je verhaal?',
        en: 'Which stage is your story about?',
      },
      options: [
        { id: 'hulp_zoeken', label: { nl: 'Hulp zoeken', en: 'Looking for help' } },
        {
          id: 'aanmelden_en_wachten',
          label: { nl: 'Aanmelden en wachten', en: 'Signing up and waiting' },
        },
        { id: 'tijdens_de_hulp', label: { nl: 'Tijdens de hulp', en: 'During the help' } },
        {
          id: 'afsluiten_of_overstappen',
          label: { nl: 'Afsluiten of overstappen', en: 'Ending or switching' },
        },
        { id: 'anders', label: { nl: 'Anders, namelijk …', en: 'Other, namely …' }, other: true },
      ],
    },
    {
      id: 'wachttijd',
      kind: 'choice',
      label: {
        nl: 'Hoe lang duurde het voordat de hulp begon?',
        en: 'How long did it take before the help started?',
      },
      options: [
        {
          id: 'minder_dan_2_weken',
          label: { nl: 'Minder dan 2 weken', en: 'Less than 2 weeks' },
        },
        { id: 'tussen_2_en_6_weken', label: { nl: '2 tot 6 weken', en: '2 to 6 weeks' } },
        {
          id: 'tussen_6_weken_en_3_maanden',
          label: { nl: '6 weken tot 3 maanden', en: '6 weeks to 3 months' },
        },
        {
          id: 'meer_dan_3_maanden',
          label: { nl: 'Meer dan 3 maanden', en: 'More than 3 months' },
        },
        { id: 'weet_ik_niet', label: { nl: 'Weet ik niet', en: "I don't know" } },
      ],
    },
    {
      id: 'soort',
      kind: 'choice',
      multiple: true,
      label: { nl: 'Over welke hulp gaat het?', en: 'Which help is it about?' },
      options: [
        { id: 'jeugd_ggz', label: { nl: 'Jeugd-ggz', en: 'Youth mental health care' } },
        {
          id: 'opvoed_en_gezinshulp',
          label: { nl: 'Opvoed- en gezinshulp', en: 'Parenting and family support' },
        },
        { id: 'dagbehandeling', label: { nl: 'Dagbehandeling', en: 'Day treatment' } },
        {
          id: 'pleegzorg_of_gezinshuis',
          label: { nl: 'Pleegzorg of gezinshuis', en: 'Foster care or family home' },
        },
        {
          id: 'hulp_bij_beperking',
          label: { nl: 'Hulp bij een beperking', en: 'Help with a disability' },
        },
        {
          id: 'wijkteam_of_cjg',
          label: { nl: 'Wijkteam of CJG', en: 'Neighbourhood team or CJG' },
        },
        { id: 'anders', label: { nl: 'Anders, namelijk …', en: 'Other, namely …' }, other: true },
      ],
    },
    {
      id: 'boodschap',
      kind: 'text',
      required: false,
      label: {
        nl: 'Wat wil je de gemeente meegeven?',
        en: 'What would you like to tell the municipality?',
      },
    },
  ],
  participantQuestions: [
    {
      id: 'rol',
      kind: 'choice',
      label: { nl: 'Wie ben je?', en: 'Who are you?' },
      options: [
        {
          id: 'jongere_8_11',
          label: { nl: 'Jongere van 8 tot 11 jaar', en: 'Young person aged 8 to 11' },
        },
        {
          id: 'jongere_12_17',
          label: { nl: 'Jongere van 12 tot 17 jaar', en: 'Young person aged 12 to 17' },
        },
        {
          id: 'jongvolwassene_18_23',
          label: { nl: 'Jongvolwassene van 18 tot 23 jaar', en: 'Young adult aged 18 to 23' },
        },
        { id: 'ouder_of_verzorger', label: { nl: 'Ouder of verzorger', en: 'Parent or carer' } },
        { id: 'grootouder', label: { nl: 'Grootouder', en: 'Grandparent' } },
        { id: 'pleegouder', label: { nl: 'Pleegouder', en: 'Foster parent' } },
        { id: 'anders', label: { nl: 'Anders', en: 'Other' } },
      ],
    },
    {
      id: 'gemeente',
      kind: 'choice',
      label: { nl: 'In welke gemeente woon je?', en: 'Which municipality do you live in?' },
      options: [
        { id: 'alblasserdam', label: { nl: 'Alblasserdam', en: 'Alblasserdam' } },
        { id: 'dordrecht', label: { nl: 'Dordrecht', en: 'Dordrecht' } },
        { id: 'gorinchem', label: { nl: 'Gorinchem', en: 'Gorinchem' } },
        {
          id: 'hardinxveld_giessendam',
          label: { nl: 'Hardinxveld-Giessendam', en: 'Hardinxveld-Giessendam' },
        },
        {
          id: 'hendrik_ido_ambacht',
          label: { nl: 'Hendrik-Ido-Ambacht', en: 'Hendrik-Ido-Ambacht' },
        },
        { id: 'hoeksche_waard', label: { nl: 'Hoeksche Waard', en: 'Hoeksche Waard' } },
        { id: 'molenlanden', label: { nl: 'Molenlanden', en: 'Molenlanden' } },
        { id: 'papendrecht', label: { nl: 'Papendrecht', en: 'Papendrecht' } },
        { id: 'sliedrecht', label: { nl: 'Sliedrecht', en: 'Sliedrecht' } },
        { id: 'zwijndrecht', label: { nl: 'Zwijndrecht', en: 'Zwijndrecht' } },
        {
          id: 'andere_gemeente',
          label: { nl: 'Andere gemeente', en: 'Another municipality' },
        },
      ],
    },
    {
      id: 'duur',
      kind: 'choice',
      label: {
        nl: 'Hoe lang krijg je (of kreeg je) hulp?',
        en: 'How long have you been getting (or did you get) help?',
      },
      options: [
        {
          id: 'korter_dan_3_maanden',
          label: { nl: 'Korter dan 3 maanden', en: 'Less than 3 months' },
        },
        {
          id: 'tussen_3_maanden_en_1_jaar',
          label: { nl: '3 maanden tot 1 jaar', en: '3 months to 1 year' },
        },
        { id: 'tussen_1_en_3_jaar', label: { nl: '1 tot 3 jaar', en: '1 to 3 years' } },
        { id: 'langer_dan_3_jaar', label: { nl: 'Langer dan 3 jaar', en: 'More than 3 years' } },
      ],
    },
  ],
  youthWhen: { question: 'rol', anyOf: ['jongere_8_11', 'jongere_12_17'] },
};

export const zhzJeugdhulp: TFramework = ZFramework.parse(input);
