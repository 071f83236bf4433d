export { passesElevenTest, passesIbanChecksum } from './checksums';
export { detectPersonalData } from './detect';
export {
  PERSONAL_DATA_KINDS,
  REDACTION_MARKERS,
  type TPersonalDataKind,
  type TPersonalDataSpan,
} from './kinds';
export { redact } from './redact';
export { mergeSpans } from './spans';
