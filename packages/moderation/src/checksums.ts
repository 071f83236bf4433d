/**
 * The BSN "elfproef": weights 9…2 on the first eight digits and −1 on the last; the sum must be
 * a multiple of 11. One in eleven random nine-digit numbers passes, so the test alone removes
 * most order numbers, amounts and IDs of other systems that happen to have nine digits.
 */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** IBAN lengths per country (ISO 13616 registry) for the countries a Dutch story may name. */
export const IBAN_LENGTHS: Record<string, number> = {
  NL: 18,
  BE: 16,
  DE: 22,
  LU: 20,
  FR: 27,
  GB: 22,
  ES: 24,
  IT: 27,
  PT: 25,
  AT: 20,
  CH: 21,
  IE: 22,
  DK: 18,
  NO: 15,
  SE: 24,
  FI: 18,
  PL: 28,
  TR: 26,
  MA: 28,
};

/** ISO 7064 mod 97-10: move the first four characters to the end, letters to 10…35, mod 97 = 1. */
export function passesIbanChecksum(iban: string): boolean {
  const compact = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  if (IBAN_LENGTHS[compact.slice(0, 2)] !== compact.length) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder === 1;
}
