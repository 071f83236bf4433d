export { ChoiceInput } from './choice-input';
export { choiceMax, choiceState, encodeChoice, toggleChoice } from './choice-logic';
export { DyadInput, type TDyadAnswer } from './dyad-input';
export { idList, type TFieldIds, type TValueProps } from './field-props';
export { formatAnswer } from './format-answer';
export { I18nProvider, type TI18n, useI18n, useLocalize } from './i18n';
export { QuestionField, questionInputId, type TQuestionFieldProps } from './question-field';
export { ScaleInput, type TScaleAnswer } from './scale-input';
export { StonesInput } from './stones-input';
export { NumberAnswer, parseDutchNumber, TextAnswer } from './text-answer';
export {
  nudgeTriad,
  pointFromTriad,
  TRIAD_CENTRE,
  TRIAD_CORNERS,
  triadFromPoint,
  triadToPercentages,
} from './triad-geometry';
export { describeTriadValue, TriadInput, type TTriadAnswer } from './triad-input';
