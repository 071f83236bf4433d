export {
  keyness,
  logLikelihoodG2,
  type TKeynessOptions,
  type TKeyword,
} from './keyness';
export { kwic, type TKwicLine, type TKwicOptions } from './kwic';
export { stemDutch } from './snowball-dutch';
export { DUTCH_NEGATIONS, DUTCH_STOP_WORDS, isDutchStopWord } from './stop-words';
export { type TToken, tokenizeDutch, tokenizeDutchWithOffsets } from './tokenize';
export {
  countStems,
  type TStemCounts,
  type TTextDocument,
  type TWordCountOptions,
  type TWordFrequency,
  wordFrequencies,
} from './word-frequencies';
