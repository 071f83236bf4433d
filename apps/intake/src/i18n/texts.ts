import type { TAudience, TLocale } from '@duiding/survey';

/**
 * The intake's own words (the framework brings the questions). Dutch is the source; the
 * youth variant is A2 Dutch for young people of 8 to 17: short sentences, everyday words,
 * no keys to press that a phone does not have. A youth text missing here falls back to the
 * general Dutch one, so the table below lists every key whose general text is not A2.
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
  withdrawWarning:
    'Als je ze terugtrekt, wissen we de tekst en je antwoorden. Dat kan niet ongedaan worden gemaakt.',
  withdrawConfirm: 'Ja, trek mijn verhalen terug',
  withdrawBusyConfirm: 'Bezig met terugtrekken…',
  withdrawKeep: 'Nee, laat ze staan',
  withdrawnTitle: 'Je verhalen zijn teruggetrokken',
  withdrawnOne: '1 verhaal is teruggetrokken.',
  withdrawnMany: '{n} verhalen zijn teruggetrokken.',
  withdrawnText: 'Niemand kan ze nog lezen, en ze tellen niet mee in het onderzoek.',
};

export type TTextKey = keyof typeof nl;

/** A2 Dutch for young people, where the general text is harder than that. */
const youthNl: Partial<Record<TTextKey, string>> = {
  loading: 'Even wachten. De vragen komen eraan…',
  failedTitle: 'Vertellen lukt nu niet',
  send: 'Verstuur je verhaal',
  saveDraft: 'Bewaar en ga later verder',
  forget: 'Stop en wis mijn antwoorden',
  youthShown: 'Je ziet nu de vragen in makkelijke woorden.',
  generalShown: 'Je ziet nu de gewone vragen.',
  showGeneral: 'Toon de gewone vragen',
  showYouth: 'Toon de makkelijke vragen',
  errorsTitle: 'Er gaat nog iets mis',
  sendFailed: 'Versturen lukt niet',
  saveFailed: 'Bewaren lukt niet',
  consentLabel: 'Ik heb dit gelezen en ik doe mee.',
  consentRequired: 'Zet een vinkje als je meedoet. Zonder vinkje kun je niet verder.',
  returningTitle: 'Deed je al eerder mee?',
  returningText: 'Heb je een code gekregen? Dan kun je verder schrijven. Of je verhaal weghalen.',
  resume: 'Verder met je code',
  withdraw: 'Verhaal weghalen',
  aboutYouText: 'Deze vragen krijg je maar één keer. Ook als je meer verhalen vertelt.',
  promptHelp: 'Kies de vraag die het best past bij wat jij meemaakte.',
  storyHint: 'Schrijf zoals je praat. Fouten maken mag.',
  thanksText: 'We hebben je verhaal {title} goed gekregen.',
  thanksMore: 'Wil je nog iets vertellen? Dat mag.',
  savedText:
    'Je kunt nu stoppen. Wil je later verder? Kies dan op de eerste pagina "Verder met je code". Vul daar deze code in. We bewaren je verhaal 30 dagen.',
  codeAdvice:
    'Schrijf deze code op. Of maak er een foto van. Met de code kun je later verder schrijven. Of je verhaal weer weghalen. Wij kunnen de code niet voor je opzoeken.',
  copyFailed: 'Kopiëren lukt hier niet. Schrijf de code op.',
  forgetTitle: 'Alles wissen?',
  forgetText:
    'Je antwoorden zijn nog niet verstuurd. Als je ze wist, zijn ze weg van dit apparaat. Je begint dan opnieuw. Niemand ziet ze.',
  forgetYes: 'Ja, wis alles',
  forgetNo: 'Nee, ga terug',
  forgotten: 'Je antwoorden zijn gewist.',
  codeHint: 'Bijvoorbeeld K7QP-MW3D-9XRT. Streepjes en grote letters hoeven niet.',
  codeRequired: 'Vul je code in.',
  resumeText:
    'Heb je eerder een verhaal bewaard? Vul dan de code in die je toen kreeg. Een bewaard verhaal blijft 30 dagen staan.',
  resumeFailed: 'Ophalen lukt niet',
  otherCollection: 'Dit verhaal hoort bij een ander onderzoek. Open de link van dat onderzoek.',
  withdrawText:
    'Wil je niet meer dat je verhalen meetellen? Vul de code in die je kreeg. Je ziet eerst welke verhalen erbij horen.',
  withdrawSearchFailed: 'Zoeken lukt niet',
  withdrawFailed: 'Weghalen lukt niet',
  storiesUnderCode: 'Bij deze code horen deze verhalen:',
  noStoriesLeft: 'Bij deze code horen geen verhalen meer.',
  hasDraft: 'Er is ook een bewaard verhaal dat nog niet verstuurd is.',
  withdrawnBeforeOne: '1 verhaal had je al eerder weggehaald.',
  withdrawnBeforeMany: '{n} verhalen had je al eerder weggehaald.',
  withdrawWarning:
    'Als je ze weghaalt, wissen we alles wat je schreef. Dat kun je niet terugdraaien.',
  withdrawConfirm: 'Ja, haal mijn verhalen weg',
  withdrawBusyConfirm: 'Bezig met weghalen…',
  withdrawKeep: 'Nee, laat ze staan',
  withdrawnTitle: 'Je verhalen zijn weggehaald',
  withdrawnOne: '1 verhaal is weggehaald.',
  withdrawnMany: '{n} verhalen zijn weggehaald.',
  withdrawnText: 'Niemand kan ze nog lezen. Ze tellen niet mee in het onderzoek.',
};

const en: Record<TTextKey, string> = {
  loading: 'One moment, the questionnaire is loading…',
  failedTitle: 'Telling a story is not possible now',
  languageLabel: 'Language',
  step: 'Step {n} of {total}',
  previous: '← Previous step',
  next: 'Next',
  send: 'Send your story',
  sending: 'Sending…',
  saveDraft: 'Save and continue later',
  savingDraft: 'Saving…',
  forget: 'Stop and forget my answers',
  youthShown: 'You now see the questions in easy words, for young people.',
  generalShown: 'You now see the usual questions.',
  showGeneral: 'Show the usual questions',
  showYouth: 'Show the questions for young people',
  errorsTitle: 'Something is not filled in correctly',
  sendFailed: 'Sending did not work',
  saveFailed: 'Saving did not work',
  consentLabel: 'I have read this and I take part.',
  consentQuestion: 'Consent',
  consentRequired: 'Tick the box to take part. Without your consent you cannot go on.',
  returningTitle: 'Taken part before?',
  returningText: 'With your personal code you can continue writing or withdraw your stories.',
  resume: 'Continue with your code',
  withdraw: 'Withdraw a story',
  aboutYou: 'About you',
  aboutYouText: 'We ask these questions once, also if you tell more stories.',
  promptTitle: 'What would you like to tell about?',
  promptHelp: 'Choose the question that fits your experience best.',
  storyTitle: 'Your story',
  storyHint: 'Write as you speak.',
  thanksTitle: 'Thank you!',
  thanksText: 'Your story {title} has been received and stored.',
  thanksMore: 'Do you have another experience? You may tell more stories.',
  tellAnother: 'Tell another story',
  savedTitle: 'Your story has been saved',
  savedText:
    'You can stop now. Want to continue later? Choose "Continue with your code" on the first page and enter this code. We keep your story for 30 days.',
  continueWriting: 'Continue writing now',
  codeTitle: 'Your personal code',
  codeAdvice:
    'Write this code down or take a photo of it. With the code you can continue writing later, or withdraw your stories. We cannot look it up for you: we do not keep it.',
  copyCode: 'Copy the code',
  copied: 'The code has been copied.',
  copyFailed: 'Copying does not work here. Write the code down.',
  forgetTitle: 'Forget everything?',
  forgetText:
    'Your answers have not been sent yet. If you forget them, we erase them from this device and you start again. Nobody gets to see them.',
  forgetYes: 'Yes, forget everything',
  forgetNo: 'No, go back',
  forgotten: 'Your answers have been forgotten.',
  backToStart: '← Back to the start',
  backToStartButton: 'Back to the start',
  codeLabel: 'Your personal code',
  codeHint: 'For example K7QP-MW3D-9XRT. Dashes and capitals are allowed, not needed.',
  codeRequired: 'Enter your personal code.',
  resumeText:
    'Did you save a story earlier to continue later? Enter the code you got then. A saved story is kept for 30 days.',
  resumeSubmit: 'Continue writing',
  resumeBusy: 'Fetching…',
  resumeFailed: 'Fetching did not work',
  otherCollection: 'This saved story belongs to another study. Open the link of that study.',
  withdrawText:
    'Do you no longer want your stories to count? Enter the code you got when you sent or saved your first story. You first see which stories belong to it.',
  withdrawSubmit: 'Show my stories',
  withdrawBusy: 'Searching…',
  withdrawSearchFailed: 'Searching did not work',
  withdrawFailed: 'Withdrawing did not work',
  yourStories: 'Your stories',
  storiesUnderCode: 'These stories belong to this code:',
  noStoriesLeft: 'No stories belong to this code any more.',
  untitled: 'Untitled',
  toldOn: '{title}, told on {day}',
  hasDraft: 'There is also a saved story that has not been sent.',
  withdrawnBeforeOne: 'You had withdrawn 1 story before.',
  withdrawnBeforeMany: 'You had withdrawn {n} stories before.',
  withdrawWarning:
    'If you withdraw them, we erase the text and your answers. This cannot be undone.',
  withdrawConfirm: 'Yes, withdraw my stories',
  withdrawBusyConfirm: 'Withdrawing…',
  withdrawKeep: 'No, keep them',
  withdrawnTitle: 'Your stories have been withdrawn',
  withdrawnOne: '1 story has been withdrawn.',
  withdrawnMany: '{n} stories have been withdrawn.',
  withdrawnText: 'Nobody can read them any more, and they do not count in the study.',
};

/** The names of the languages, each in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<TLocale, string> = { nl: 'Nederlands', en: 'English' };

export type TTranslate = (key: TTextKey, vars?: Record<string, string | number>) => string;

/** The intake's text for this language and audience, with `{name}` filled in. */
export function translate(locale: TLocale, audience: TAudience): TTranslate {
  return (key, vars) => {
    const youth = audience === 'youth' && locale === 'nl' ? youthNl[key] : undefined;
    const template = youth ?? (locale === 'en' ? en[key] : nl[key]);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
  };
}

/** Every youth text, for the test that keeps them free of keyboard keys. */
export const YOUTH_TEXTS: readonly string[] = Object.values(youthNl);
