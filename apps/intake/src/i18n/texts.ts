import type { TAudience, TLocale } from '@duiding/survey/client';

/**
 * The intake's own words (the framework brings the questions). Dutch is the source; the
 * youth variant is A2 Dutch for young people of 8 to 17: short sentences, everyday words,
 * no keys to press that a phone does not have. `texts-youth.ts` holds one for every key here.
 */
const nl = {
  loading: 'Even geduld, de vragenlijst wordt geladen…',
  failedTitle: 'Vertellen kan nu niet',
  languageLabel: 'Taal',
  step: 'Stap {n} van {total}',
  previous: '← Vorige stap',
  next: 'Volgende',
  send: 'Verstuur je verhaal',
  sending: 'Bezig met versturen…',
  saveDraft: 'Bewaren en later verder',
  savingDraft: 'Bezig met bewaren…',
  forget: 'Stop en vergeet mijn antwoorden',
  youthShown: 'Je ziet nu de vragen in makkelijke woorden, voor jongeren.',
  generalShown: 'Je ziet nu de gewone vragen.',
  showGeneral: 'Toon de gewone vragen',
  showYouth: 'Toon de vragen voor jongeren',
  errorsTitle: 'Er is iets niet goed ingevuld',
  sendFailed: 'Versturen is niet gelukt',
  saveFailed: 'Bewaren is niet gelukt',
  consentLabel: 'Ik heb dit gelezen en ik doe mee.',
  consentQuestion: 'Toestemming',
  consentRequired: 'Vink aan dat je meedoet. Zonder jouw toestemming kun je niet verder.',
  returningTitle: 'Al eerder meegedaan?',
  returningText: 'Met je persoonlijke code kun je verder schrijven of je verhalen terugtrekken.',
  resume: 'Verder met je code',
  withdraw: 'Verhaal terugtrekken',
  aboutYou: 'Over jou',
  aboutYouText: 'Deze vragen stellen we één keer, ook als je meer verhalen vertelt.',
  promptTitle: 'Waarover wil je vertellen?',
  promptHelp: 'Kies de vraag die het best bij jouw ervaring past.',
  storyTitle: 'Jouw verhaal',
  storyHint: 'Schrijf zoals je praat.',
  thanksTitle: 'Dank je wel!',
  thanksText: 'Je verhaal {title} is goed ontvangen en bewaard.',
  thanksMore: 'Heb je nog een ervaring? Je mag meer verhalen vertellen.',
  tellAnother: 'Nog een verhaal vertellen',
  savedTitle: 'Je verhaal is bewaard',
  savedText:
    'Je kunt nu stoppen. Wil je later verder? Kies dan op de eerste pagina "Verder met je code" en vul deze code in. We bewaren je verhaal 30 dagen.',
  continueWriting: 'Nu verder schrijven',
  codeTitle: 'Jouw persoonlijke code',
  codeAdvice:
    'Schrijf deze code op of maak er een foto van. Met de code kun je later verder schrijven, of je verhalen weer terugtrekken. Wij kunnen hem niet voor je opzoeken: we bewaren hem niet.',
  copyCode: 'Kopieer de code',
  copied: 'De code is gekopieerd.',
  copyFailed: 'Kopiëren lukt hier niet. Schrijf de code over.',
  forgetTitle: 'Alles vergeten?',
  forgetText:
    'Je antwoorden zijn nog niet verstuurd. Als je ze vergeet, wissen we ze van dit apparaat en begin je opnieuw. Niemand krijgt ze te zien.',
  forgetYes: 'Ja, vergeet alles',
  forgetNo: 'Nee, ga terug',
  forgotten: 'Je antwoorden zijn vergeten.',
  backToStart: '← Terug naar het begin',
  backToStartButton: 'Terug naar het begin',
  codeLabel: 'Je persoonlijke code',
  codeHint: 'Bijvoorbeeld K7QP-MW3D-9XRT. Streepjes en hoofdletters mogen, maar hoeven niet.',
  codeRequired: 'Vul je persoonlijke code in.',
  resumeText:
    'Heb je eerder een verhaal bewaard om later verder te schrijven? Vul de code in die je toen kreeg. Een bewaard verhaal blijft 30 dagen staan.',
  resumeSubmit: 'Verder schrijven',
  resumeBusy: 'Bezig met ophalen…',
  resumeFailed: 'Ophalen is niet gelukt',
  otherCollection:
    'Dit bewaarde verhaal hoort bij een ander onderzoek. Open de link van dat onderzoek.',
  withdrawText:
    'Wil je niet meer dat je verhalen meetellen? Vul de code in die je kreeg toen je je eerste verhaal verstuurde of bewaarde. Je ziet eerst welke verhalen erbij horen.',
  withdrawSubmit: 'Toon mijn verhalen',
  withdrawBusy: 'Bezig met zoeken…',
  withdrawSearchFailed: 'Zoeken is niet gelukt',
  withdrawFailed: 'Terugtrekken is niet gelukt',
  yourStories: 'Jouw verhalen',
  storiesUnderCode: 'Onder deze code staan deze verhalen:',
  noStoriesLeft: 'Onder deze code staan geen verhalen meer.',
  untitled: 'Zonder titel',
  toldOn: '{title}, verteld op {day}',
  hasDraft: 'Er is ook een bewaard, nog niet verstuurd verhaal.',
  withdrawnBeforeOne: '1 verhaal had je al eerder teruggetrokken.',
  withdrawnBeforeMany: '{n} verhalen had je al eerder teruggetrokken.',
  withdrawConfirm: 'Ja, trek mijn verhalen terug',
  withdrawBusyConfirm: 'Bezig met terugtrekken…',
  withdrawKeep: 'Nee, laat ze staan',
  withdrawnTitle: 'Je verhalen zijn teruggetrokken',
  withdrawnOne: '1 verhaal is teruggetrokken.',
  withdrawnMany: '{n} verhalen zijn teruggetrokken.',
  withdrawnText: 'Niemand kan ze nog lezen, en ze tellen niet mee in het onderzoek.',
  whichStories: 'Wat wil je terugtrekken?',
  allStories: 'Alle {n} verhalen onder deze code',
  onlyStory: 'Alleen "{title}", verteld op {day}',
  withdrawOneWarning: 'Als je het terugtrekt, wissen we de tekst en de antwoorden bij dit verhaal.',
  withdrawAllWarning: 'Als je ze terugtrekt, wissen we de tekst en je antwoorden.',
  cannotUndo: 'Dat kan niet ongedaan worden gemaakt.',
  withdrawOneConfirm: 'Ja, trek dit verhaal terug',
  withdrawOneKeep: 'Nee, laat het staan',
  withdrawnOneTitle: 'Je verhaal is teruggetrokken',
  withdrawnOneText:
    '{title} is teruggetrokken. Niemand kan het nog lezen, en het telt niet mee in het onderzoek. Je andere verhalen blijven staan.',
  loadingPage: 'Even geduld…',
  honeypotLabel: 'Laat dit veld leeg',
  landingQuestions: 'Vragen?',
  landingContact: 'Neem contact op met {name}:',
  contactEmail: 'e-mail',
  contactPhone: 'telefoon',
  contactWebsite: 'website',
  landingMinutes: 'Het duurt ongeveer {n} minuten.',
  landingSave: 'Je kunt tussendoor bewaren en later verder schrijven.',
  landingStart: 'Begin met vertellen',
  landingUse: 'Wat gebeurt er met je verhaal?',
  landingPrivacy: 'Je privacy',
  upcomingTitle: 'Dit onderzoek is nog niet begonnen',
  upcomingText: 'Dit onderzoek begint op {day}. Kom dan terug om je verhaal te delen.',
  closedTitle: 'Dit onderzoek is gesloten',
  closedText: 'Verhalen insturen kon tot en met {day}. Je kunt geen verhalen meer insturen.',
  toldAlready: 'Al een verhaal verteld?',
  toldAlreadyText: 'Met je persoonlijke code kun je je verhaal nog steeds terugtrekken.',
  // The answers' problems, by code (the survey's validation words them in Dutch only).
  errRequired: 'Beantwoord deze vraag.',
  errPrompt: 'Kies een van de vragen om over te vertellen.',
  errTitleRequired: 'Geef je verhaal een titel.',
  errTitleTooLong: 'De titel is te lang: hooguit {n} tekens.',
  errStoryRequired: 'Schrijf je verhaal.',
  errStoryTooShort: 'Schrijf minstens een zin over wat er gebeurde.',
  errStoryTooLong: 'Het verhaal is te lang: hooguit {n} tekens.',
  errLanguage: 'Dit onderzoek is niet in deze taal. Kies een andere taal.',
  errDyad: 'Zet de schuif op een plek.',
  errDyadRange: 'De schuif staat buiten de lijn.',
  errTriad: 'Zet de stip ergens in de driehoek.',
  errTriadRange: 'De stip staat buiten de driehoek.',
  errTriadSum: 'De drie delen van de driehoek tellen niet op tot 100%.',
  errNotApplicable: 'Bij deze vraag kun je "niet van toepassing" niet kiezen.',
  errDontKnow: 'Bij deze vraag kun je "weet ik niet" niet kiezen.',
  errScale: 'Kies een van de punten.',
  errScaleRange: 'Kies een punt van 1 tot {n}.',
  errText: 'Vul hier tekst in.',
  errTextTooLong: 'Je antwoord is te lang: hooguit {n} tekens.',
  errNumber: 'Vul een getal in.',
  errWholeNumber: 'Vul een heel getal in.',
  errNumberRange: 'Vul een getal in van {min} tot {max}.',
  errStones: 'Leg de stenen op het veld.',
  errStonesRange: 'Een steen ligt buiten het veld.',
  errStonesRequired: 'Leg minstens één steen neer.',
  errChoice: 'Kies een antwoord.',
  errTooFew: 'Kies minstens {n} antwoorden.',
  errTooMany: 'Kies hooguit {n} antwoorden.',
  errDuplicate: 'Je koos een antwoord twee keer.',
  errExclusive: 'Dit antwoord kun je niet combineren met andere.',
  errOtherWithout: 'Kies "anders" als je zelf iets invult.',
  errOtherTooLong: 'Hooguit {n} tekens.',
  errHidden: 'Deze vraag hoort niet bij je eerdere antwoorden.',
  errOther: 'Dit antwoord klopt niet. Pas het aan.',
  errManyAnswers: '{n} antwoorden kloppen nog niet. Kijk ze na en verstuur opnieuw.',
  // What the server says, by its code, in the person's language.
  serverUnreachable:
    'De server is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
  serverBroken: 'Er ging iets mis op de server. Probeer het over een paar minuten opnieuw.',
  serverBusy:
    'Er komen nu veel verhalen tegelijk binnen. Wacht een paar minuten en probeer het opnieuw.',
  serverClosed: 'Dit onderzoek is gesloten. Je kunt geen verhalen meer insturen.',
  serverNotOpen: 'Dit onderzoek is nog niet begonnen. Kom later terug om je verhaal te delen.',
  serverNotFound: 'Dit onderzoek bestaat niet. Kijk of het adres klopt.',
  serverCodeUnknown: 'Deze code kennen we niet. Kijk of je hem goed hebt overgenomen.',
  serverBusySend:
    'Er zijn net veel verhalen verstuurd vanaf deze verbinding. Wacht tien minuten en probeer het opnieuw; je verhaal blijft staan.',
  serverBusySave:
    'Er is net heel vaak bewaard vanaf deze verbinding. Wacht tien minuten en probeer het opnieuw.',
  serverBusyCode:
    'Er is te vaak een verkeerde code ingevuld vanaf deze verbinding. Wacht een kwartier en probeer het opnieuw.',
  serverGone: 'Dit onderzoek bestaat niet (meer). Laad de pagina opnieuw.',
  serverSendAgain:
    'Versturen liep mis. Laad de pagina opnieuw en verstuur je verhaal nog eens; je krijgt dan een nieuwe code.',
  serverTooLarge: 'Je verhaal is te groot. Maak het wat korter.',
  serverNoDraft:
    'Onder deze code vinden we geen bewaard verhaal. Kijk of je de code goed hebt overgenomen; misschien heb je het al verstuurd. Een bewaard verhaal wordt na 30 dagen gewist.',
  serverNotUnderCode: 'Dit verhaal staat niet onder deze code. Kies een verhaal uit de lijst.',
};

export type TTextKey = keyof typeof nl;

/** Every key of the intake's texts, for the tests that hold the other languages to them. */
export const TEXT_KEYS = Object.keys(nl) as TTextKey[];

/** The names of the languages, each in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<TLocale, string> = { nl: 'Nederlands', en: 'English' };

export type TTranslate = (key: TTextKey, vars?: Record<string, string | number>) => string;

/*
 * Dutch is in the first load; English and the youth variant come in chunks of their own
 * when someone reads them (the first load of the intake stays under its budget).
 */
const loaded: { en?: Record<TTextKey, string>; youthNl?: Record<TTextKey, string> } = {};

/** Whether the texts for this language and audience are here (Dutch always is). */
export function textsLoaded(locale: TLocale, audience: TAudience): boolean {
  if (locale === 'en') return loaded.en !== undefined;
  return audience !== 'youth' || loaded.youthNl !== undefined;
}

/** Fetches the texts for this language and audience, once. */
export async function loadTexts(locale: TLocale, audience: TAudience): Promise<void> {
  if (locale === 'en' && !loaded.en) loaded.en = (await import('./texts-en')).en;
  if (locale === 'nl' && audience === 'youth' && !loaded.youthNl) {
    loaded.youthNl = (await import('./texts-youth')).youthNl;
  }
}

/**
 * The intake's text for this language and audience, with `{name}` filled in. Texts not
 * loaded yet fall back to the general Dutch (see `useShownLanguage`, which waits for them).
 */
export function translate(locale: TLocale, audience: TAudience): TTranslate {
  return (key, vars) => {
    const youth = audience === 'youth' && locale === 'nl' ? loaded.youthNl?.[key] : undefined;
    const template = youth ?? (locale === 'en' ? loaded.en?.[key] : undefined) ?? nl[key];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
  };
}
