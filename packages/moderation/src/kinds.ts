export const PERSONAL_DATA_KINDS = [
  'person',
  'email',
  'phone',
  'bsn',
  'iban',
  'postcode',
  'address',
  'date',
  'age',
  'institution',
  'url',
] as const;

export type TPersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** A stretch of personal data: UTF-16 offsets into the JavaScript string, `end` exclusive. */
export type TPersonalDataSpan = { start: number; end: number; kind: TPersonalDataKind };

/** What a moderator sees in place of the redacted text. Dutch, because the stories are. */
export const REDACTION_MARKERS: Record<TPersonalDataKind, string> = {
  person: '[naam]',
  email: '[e-mail]',
  phone: '[telefoon]',
  bsn: '[bsn]',
  iban: '[iban]',
  postcode: '[postcode]',
  address: '[adres]',
  date: '[datum]',
  age: '[leeftijd]',
  institution: '[instelling]',
  url: '[url]',
};
