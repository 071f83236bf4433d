import type { TDraws } from './draws';

/** Who tells the story, as far as the wording goes. */
export type TNarrator =
  | 'jongere'
  | 'jongvolwassene'
  | 'ouder'
  | 'grootouder'
  | 'pleegouder'
  | 'anders';
export type TValence = 'positief' | 'neutraal' | 'negatief';
export type TWait = 'kort' | 'middel' | 'lang' | 'onbekend';

const kinderen = ['zoon', 'dochter'] as const;
const kleinkinderen = ['kleinzoon', 'kleindochter'] as const;
const maanden = ['vier', 'vijf', 'zes', 'acht', 'negen', 'tien', 'veertien'] as const;
const leeftijden = [
  'negen',
  'tien',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
] as const;

type TFill = (draws: TDraws) => string;
const fixed =
  (text: string): TFill =>
  () =>
    text;

const openings: Record<TNarrator, TFill[]> = {
  jongere: [
    fixed('Het ging thuis al een tijd niet goed en op school ook niet.'),
    fixed('Ik had heel veel ruzie met mijn moeder en ik sliep slecht.'),
    fixed('Mijn juf zag dat ik steeds stiller werd en belde mijn ouders.'),
    fixed('Ik was vaak boos en wist niet waarom.'),
    (d) => `Ik ben ${d.pick(leeftijden)} en ik krijg hulp sinds vorig jaar.`,
    fixed('Na de scheiding van mijn ouders ging het niet goed met mij.'),
  ],
  jongvolwassene: [
    fixed('Toen ik achttien werd, stopte mijn hulp ineens.'),
    fixed('Ik woonde op een groep en moest op mezelf gaan wonen.'),
    fixed('Ik kreeg al jaren hulp voor mijn angsten.'),
    fixed('Na mijn opname wilde ik gewoon weer naar school.'),
  ],
  ouder: [
    (d) => `Onze ${d.pick(kinderen)} liep al een tijd vast op school.`,
    (d) => `Mijn ${d.pick(kinderen)} van ${d.pick(leeftijden)} kwam bijna niet meer uit bed.`,
    fixed('Als alleenstaande moeder kon ik het thuis niet meer aan.'),
    (d) =>
      `Bij onze ${d.pick(kinderen)} werd autisme vastgesteld en we wisten niet waar we moesten beginnen.`,
    fixed('De huisarts verwees ons door naar de jeugd-ggz.'),
    fixed('Het wijkteam kwam bij ons thuis na een melding van school.'),
  ],
  grootouder: [
    (d) => `Onze ${d.pick(kleinkinderen)} woont sinds vorig jaar bij ons.`,
    (d) =>
      `Wij passen veel op onze ${d.pick(kleinkinderen)} omdat het bij onze dochter thuis niet goed gaat.`,
    fixed('Als opa en oma zagen we dat het misging, maar niemand vroeg ons iets.'),
  ],
  pleegouder: [
    (d) => `Wij zijn pleegouders van een meisje van ${d.pick(leeftijden)}.`,
    fixed('Sinds twee jaar woont er een pleegzoon bij ons.'),
    fixed('Ons pleegkind had veel meegemaakt voordat het bij ons kwam.'),
  ],
  anders: [
    fixed('Als buurvrouw zag ik hoe een gezin in de knel kwam.'),
    fixed('Ik ben mentor op school en heb een leerling begeleid naar hulp.'),
  ],
};

const waiting: Record<TWait, TFill[]> = {
  kort: [
    fixed('Binnen twee weken hadden we een eerste gesprek.'),
    fixed('Er werd snel gebeld en de week erna kwam er iemand langs.'),
  ],
  middel: [
    fixed('Het duurde een paar weken voordat er iemand kwam.'),
    fixed('Na de aanmelding hoorden we een maand niets.'),
  ],
  lang: [
    (d) => `Het duurde ${d.pick(maanden)} maanden voordat de hulp echt begon.`,
    fixed('We werden steeds doorgestuurd en niemand wist wie er verantwoordelijk was.'),
    fixed('In die tijd werd alles thuis alleen maar erger.'),
  ],
  onbekend: [fixed('Ik weet niet meer precies hoe lang het duurde.')],
};

/** The sentences that carry the planted text pattern. */
const waitingList: TFill[] = [
  (d) => `We stonden ${d.pick(maanden)} maanden op de wachtlijst.`,
  fixed('Er was een wachtlijst, dus we moesten het zelf maar zien te redden.'),
  fixed('De wachtlijst was lang en niemand belde ons terug.'),
  fixed('Ze zeiden alleen dat er een wachtlijst was.'),
];

const middles: Record<'ik' | 'wij', Record<TValence, TFill[]>> = {
  ik: {
    positief: [
      fixed('Mijn begeleider luisterde echt naar mij.'),
      fixed('Ze nam de tijd en vroeg wat ik zelf wilde.'),
      fixed('Ik mocht zelf kiezen waar we over praatten.'),
      fixed('Hij deed wat hij beloofde en kwam altijd op tijd.'),
      fixed('Voor het eerst had ik het gevoel dat iemand me begreep.'),
      fixed('We maakten samen een plan en dat werkte.'),
    ],
    neutraal: [
      fixed('Soms was het fijn en soms snapte ik niet waarom we dingen deden.'),
      fixed('Ik had drie keer een andere begeleider, maar de laatste was wel goed.'),
      fixed('De gesprekken waren oké, maar het veranderde niet veel.'),
    ],
    negatief: [
      fixed('Niemand luisterde naar wat ik zelf wilde.'),
      fixed('Ik moest mijn verhaal steeds opnieuw vertellen aan iemand nieuw.'),
      fixed('Ze praatten over mij in plaats van met mij.'),
      fixed('Ik voelde me niet serieus genomen.'),
      fixed('Er werd nooit gevraagd hoe het echt met mij ging.'),
    ],
  },
  wij: {
    positief: [
      fixed('De hulpverlener keek naar ons hele gezin en niet alleen naar het probleem.'),
      fixed('We werden serieus genomen en konden altijd bellen.'),
      fixed('Er was eindelijk iemand die de regie hield en ons op de hoogte hield.'),
      fixed('De school en de hulpverlener werkten goed samen.'),
      fixed('Ze vroegen ook wat wij als ouders nodig hadden.'),
    ],
    neutraal: [
      fixed('Sommige afspraken hielpen, andere voelden als een verplichting.'),
      fixed('Er was veel papierwerk, maar de hulp zelf was redelijk.'),
      fixed('Het duurde even voordat het klikte met de begeleider.'),
    ],
    negatief: [
      fixed('We werden van het kastje naar de muur gestuurd.'),
      fixed('Er kwam steeds een andere hulpverlener en we moesten alles opnieuw uitleggen.'),
      fixed('De regels waren belangrijker dan wat ons kind nodig had.'),
      fixed('Niemand nam ons serieus toen we zeiden dat het slechter ging.'),
      fixed('We hoorden niks en moesten zelf steeds achter alles aan.'),
    ],
  },
};

const closings: Record<TValence, TFill[]> = {
  positief: [
    fixed('Nu gaat het een stuk beter.'),
    fixed('Ik ben blij dat we de stap hebben gezet.'),
    fixed('Ik zou het iedereen aanraden.'),
  ],
  neutraal: [
    fixed('We zijn er nog niet, maar het gaat de goede kant op.'),
    fixed('Ik weet nog niet of het echt geholpen heeft.'),
  ],
  negatief: [
    fixed('Ik hoop dat niemand anders dit hoeft mee te maken.'),
    fixed('Ik heb geen vertrouwen meer in de hulpverlening.'),
    fixed('Nu zoeken we zelf maar verder.'),
  ],
};

const titles: Record<TValence, string[]> = {
  positief: [
    'Eindelijk gehoord',
    'Een begeleider die echt luisterde',
    'Samen een plan',
    'Het gaat nu beter',
    'Iemand die bleef',
  ],
  neutraal: ['Met vallen en opstaan', 'Een lange weg', 'Het had beter gekund', 'Wisselend'],
  negatief: [
    'Van het kastje naar de muur',
    'Lang wachten',
    'Niemand luisterde',
    'Alleen gelaten',
    'Steeds een ander gezicht',
  ],
};

export interface TStoryTextInput {
  narrator: TNarrator;
  valence: TValence;
  wait: TWait;
  /** Whether the story mentions the waiting list (where the text pattern is planted). */
  mentionsWaitingList: boolean;
}

/** A short story and its title, assembled from Dutch sentences that fit who tells it. */
export function composeStory(
  draws: TDraws,
  { narrator, valence, wait, mentionsWaitingList }: TStoryTextInput,
): { title: string; text: string } {
  const voice = narrator === 'jongere' || narrator === 'jongvolwassene' ? 'ik' : 'wij';
  const sentences = [draws.pick(openings[narrator])(draws)];
  if (draws.chance(0.7)) sentences.push(draws.pick(waiting[wait])(draws));
  if (mentionsWaitingList) sentences.push(draws.pick(waitingList)(draws));
  const middle = middles[voice][valence];
  const first = draws.integer(0, middle.length - 1);
  sentences.push(middle[first]!(draws));
  if (draws.chance(0.5)) sentences.push(middle[(first + 1) % middle.length]!(draws));
  sentences.push(draws.pick(closings[valence])(draws));
  return { title: draws.pick(titles[valence]), text: sentences.join(' ') };
}

/** A short Dutch answer to an open question that has no story of its own. */
export const shortAnswers: readonly string[] = [
  'Zorg dat er minder wachttijd is.',
  'Luister beter naar jongeren zelf.',
  'Minder wisselingen van hulpverleners, alstublieft.',
  'Het wijkteam deed het goed, houd dat zo.',
  'Maak de informatie over hulp duidelijker.',
  'Ik kreeg meer ruimte door minder administratie.',
  'Overleg met school ging soepel toen we elkaar kenden.',
  'Door de wachtlijsten moest ik een gezin lang laten wachten.',
  'Geef professionals vertrouwen.',
];
