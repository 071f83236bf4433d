import { createRequire } from 'node:module';

/*
 * What a new password must be (NIST SP 800-63B, 5.1.1.2): long enough, not a known
 * common password, not the person's own name or e-mail address. No rules about digits
 * or symbols: they make passwords harder to remember, not harder to guess.
 *
 * The common passwords are zxcvbn-ts's `passwords-common` list (about 49 000 passwords
 * from breached-password corpora; npm package @zxcvbn-ts/language-common, MIT licence,
 * maintained at github.com/zxcvbn-ts/zxcvbn), plus a few Dutch ones it lacks.
 */

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

const DUTCH_COMMON = ['wachtwoord', 'welkom', 'geheim', 'voetbal', 'zomer', 'winter', 'duiding'];

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  // Loaded when a password is first set, not with the server: the package's word lists
  // are megabytes that a running server otherwise holds for nothing.
  if (!common) {
    const { dictionary } = createRequire(import.meta.url)(
      '@zxcvbn-ts/language-common',
    ) as typeof import('@zxcvbn-ts/language-common');
    common = new Set([...dictionary['passwords-common'], ...DUTCH_COMMON]);
  }
  return common;
}

/**
 * The forms in which a password is compared with the list: as typed (lower-cased), and
 * with trailing digits and symbols taken off ("Wachtwoord2026!" is "wachtwoord").
 */
function comparableForms(password: string): string[] {
  const lower = password.normalize('NFC').toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  const unspaced = lower.replace(/\s+/g, '');
  return [lower, stem, unspaced];
}

/** Why a password may not be used, in Dutch; null when it is fine. */
export function passwordProblem(
  password: string,
  person: { email?: string; name?: string } = {},
): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden werkt goed.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `Kies een wachtwoord van hooguit ${MAX_PASSWORD_LENGTH} tekens.`;
  }
  if (new Set(password).size <= 2) {
    return 'Dit wachtwoord herhaalt steeds dezelfde tekens. Kies iets dat moeilijker te raden is.';
  }
  const list = commonPasswords();
  if (comparableForms(password).some((form) => form.length > 0 && list.has(form))) {
    return 'Dit wachtwoord komt veel voor en is snel geraden. Kies een ander.';
  }
  const lower = password.toLowerCase();
  const own = [person.email?.toLowerCase(), person.email?.toLowerCase().split('@')[0]]
    .concat(person.name?.toLowerCase())
    .filter((part): part is string => !!part && part.length >= 4);
  if (own.some((part) => lower.includes(part))) {
    return 'Je wachtwoord bevat je naam of e-mailadres. Kies iets dat anderen niet kunnen raden.';
  }
  return null;
}
