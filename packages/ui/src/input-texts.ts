import type { TAudience, TLocale } from '@duiding/survey/client';
import { useCallback } from 'react';
import { useI18n } from './i18n';

/**
 * The inputs' own instructions, per language and audience. The youth texts are A2 Dutch
 * for young people on a phone: what to tap, no keys such as Shift or Home (a keyboard user
 * still finds the arrow keys in the general text's place through the same controls).
 */
const nl = {
  triadHelp:
    'Tik of klik in de driehoek, of gebruik de pijltjestoetsen (met Shift grotere stappen, Home = midden). Hoe dichter bij een hoek, hoe meer die hoek past.',
  stonesHelp:
    'Tik op een steen onder het veld en dan op de plek in het veld, of sleep hem erheen. Met het toetsenbord: kies een steen met Enter en verschuif hem met de pijltjestoetsen (met Shift grotere stappen). Met Terug haal je een steen weer van het veld.',
  notApplicable: 'Niet van toepassing op mijn verhaal',
  optional: '(niet verplicht)',
  choiceExactly: 'Kies er {n}.',
  choiceBetween: 'Kies er {min} tot {max}.',
  choiceAtLeast: 'Kies er minstens {n}.',
  choiceSeveral: 'Je mag meer dan één antwoord kiezen.',
  dontKnow: 'Weet ik niet',
  notApplicableStatus: 'Niet van toepassing.',
  errorPrefix: 'Fout: ',
  loadFailed: 'Dit deel van de vraag kon niet laden. Controleer je internetverbinding.',
  loadAgain: 'Probeer opnieuw',
  loadingPart: 'Even laden…',
  triadUnset: 'Nog geen punt gekozen.',
  dyadLeft: 'Links: ',
  dyadRight: 'Rechts: ',
  dyadUnsetValue: 'nog niet ingevuld',
  dyadValue: '{n} van 100 (0 is links, 100 is rechts)',
  dyadUnset: 'Nog niet ingevuld: schuif het bolletje, of gebruik de pijltjestoetsen.',
  dyadSet: 'Ingevuld: {n} van 100, {side}.',
  dyadNearLeft: 'dichter bij links',
  dyadNearRight: 'dichter bij rechts',
  dyadMiddle: 'precies in het midden',
  stonesAxes: 'In het veld is rechts {xHigh} en links {xLow}; boven is {yHigh} en onder {yLow}.',
  stonesLegend: 'Stenen',
  stoneRole: 'steen',
  stoneWhere: '{x} van 100 naar rechts ({xHigh}), {y} van 100 omhoog ({yHigh})',
  stoneInField: 'In het veld: {x} naar rechts, {y} omhoog',
  stoneNotInField: 'Nog niet in het veld',
  stoneBack: 'Terug',
  stoneBackLabel: 'Terug: haal {name} van het veld',
  stoneBackNotice: '{name} ligt weer bij de stenen onder het veld.',
  stonePickFirst: 'Kies eerst een steen onder het veld, en tik dan in het veld.',
  stonePlaced: '{name} ligt nu in het veld.',
  stonePicked: '{name} gekozen. Tik in het veld waar je hem wilt leggen.',
  stoneUnpicked: '{name} niet meer gekozen.',
  triadRole: 'driehoek',
};
export type TInputTextKey = keyof typeof nl;

/** A2 Dutch for every key (the compiler refuses a missing one); A2 general texts repeat. */
const youthNl: Record<TInputTextKey, string> = {
  triadHelp:
    'Tik in de driehoek. Hoe dichter bij een hoek, hoe meer die hoek past. Je mag ook de pijltjes gebruiken.',
  stonesHelp:
    'Tik op een steen onder het veld. Tik dan op een plek in het veld. Of sleep de steen erheen. Je mag ook de pijltjes gebruiken. Met Terug haal je de steen weer weg.',
  notApplicable: 'Past niet bij mijn verhaal',
  optional: '(hoeft niet)',
  choiceExactly: 'Kies er {n}.',
  choiceBetween: 'Kies er {min} tot {max}.',
  choiceAtLeast: 'Kies er minstens {n}.',
  choiceSeveral: 'Je mag meer dan één antwoord kiezen.',
  dontKnow: 'Weet ik niet',
  notApplicableStatus: 'Past niet bij mijn verhaal.',
  errorPrefix: 'Fout: ',
  loadFailed: 'Dit stukje laadt niet. Kijk of je internet hebt.',
  loadAgain: 'Probeer opnieuw',
  loadingPart: 'Even wachten…',
  triadUnset: 'Nog geen stip gezet.',
  dyadLeft: 'Links: ',
  dyadRight: 'Rechts: ',
  dyadUnsetValue: 'nog niet ingevuld',
  dyadValue: '{n} van 100 (0 is links, 100 is rechts)',
  dyadUnset: 'Nog niet ingevuld. Schuif het bolletje naar een plek.',
  dyadSet: 'Ingevuld: {n} van 100, {side}.',
  dyadNearLeft: 'dichter bij links',
  dyadNearRight: 'dichter bij rechts',
  dyadMiddle: 'precies in het midden',
  stonesAxes: 'In het veld is rechts {xHigh} en links {xLow}. Boven is {yHigh} en onder {yLow}.',
  stonesLegend: 'Stenen',
  stoneRole: 'steen',
  stoneWhere: '{x} van 100 naar rechts ({xHigh}), {y} van 100 omhoog ({yHigh})',
  stoneInField: 'In het veld: {x} naar rechts, {y} omhoog',
  stoneNotInField: 'Nog niet in het veld',
  stoneBack: 'Terug',
  stoneBackLabel: 'Terug: haal {name} van het veld',
  stoneBackNotice: '{name} ligt weer onder het veld.',
  stonePickFirst: 'Tik eerst op een steen onder het veld. Tik dan in het veld.',
  stonePlaced: '{name} ligt nu in het veld.',
  stonePicked: '{name} gekozen. Tik in het veld waar de steen moet komen.',
  stoneUnpicked: '{name} niet meer gekozen.',
  triadRole: 'driehoek',
};

const en: Record<TInputTextKey, string> = {
  triadHelp:
    'Tap or click in the triangle, or use the arrow keys (with Shift for bigger steps, Home = centre). The closer to a corner, the more that corner fits.',
  stonesHelp:
    'Tap a stone below the field and then the place in the field, or drag it there. With the keyboard: pick a stone with Enter and move it with the arrow keys (with Shift for bigger steps). Back takes a stone off the field again.',
  notApplicable: 'Not applicable to my story',
  optional: '(optional)',
  choiceExactly: 'Choose {n}.',
  choiceBetween: 'Choose {min} to {max}.',
  choiceAtLeast: 'Choose at least {n}.',
  choiceSeveral: 'You may choose more than one answer.',
  dontKnow: 'Don’t know',
  notApplicableStatus: 'Not applicable.',
  errorPrefix: 'Error: ',
  loadFailed: 'This part of the question could not load. Check your internet connection.',
  loadAgain: 'Try again',
  loadingPart: 'Loading…',
  triadUnset: 'No point chosen yet.',
  dyadLeft: 'Left: ',
  dyadRight: 'Right: ',
  dyadUnsetValue: 'not filled in yet',
  dyadValue: '{n} of 100 (0 is left, 100 is right)',
  dyadUnset: 'Not filled in yet: slide the dot, or use the arrow keys.',
  dyadSet: 'Filled in: {n} of 100, {side}.',
  dyadNearLeft: 'closer to the left',
  dyadNearRight: 'closer to the right',
  dyadMiddle: 'exactly in the middle',
  stonesAxes: 'In the field, right is {xHigh} and left {xLow}; up is {yHigh} and down {yLow}.',
  stonesLegend: 'Stones',
  stoneRole: 'stone',
  stoneWhere: '{x} of 100 to the right ({xHigh}), {y} of 100 up ({yHigh})',
  stoneInField: 'In the field: {x} to the right, {y} up',
  stoneNotInField: 'Not in the field yet',
  stoneBack: 'Back',
  stoneBackLabel: 'Back: take {name} off the field',
  stoneBackNotice: '{name} is back with the stones below the field.',
  stonePickFirst: 'First choose a stone below the field, then tap in the field.',
  stonePlaced: '{name} is now in the field.',
  stonePicked: '{name} chosen. Tap in the field where you want to put it.',
  stoneUnpicked: '{name} no longer chosen.',
  triadRole: 'triangle',
};

export function inputText(
  key: TInputTextKey,
  { locale, audience }: { locale: TLocale; audience: TAudience },
  vars?: Record<string, string | number>,
): string {
  const youth = audience === 'youth' && locale === 'nl' ? youthNl[key] : undefined;
  const template = youth ?? (locale === 'en' ? en[key] : nl[key]);
  return vars
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in vars ? String(vars[name]) : whole,
      )
    : template;
}

/** Every key of the inputs' texts, for the tests that hold the youth texts to them. */
export const INPUT_TEXT_KEYS = Object.keys(nl) as TInputTextKey[];

export function useInputText(): (
  key: TInputTextKey,
  vars?: Record<string, string | number>,
) => string {
  const { locale, audience } = useI18n();
  return useCallback((key, vars) => inputText(key, { locale, audience }, vars), [locale, audience]);
}
