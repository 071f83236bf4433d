import { describe, expect, it } from 'vitest';
import { passesElevenTest, passesIbanChecksum } from '../src/index';

describe('checksums', () => {
  it('accepts BSNs that pass the eleven test and rejects their one-digit typos', () => {
    // 111222333: 9+8+7+12+10+8+9+6 = 69, minus 3 = 66 = 6 × 11.
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('111222334')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    expect(passesElevenTest('12345678')).toBe(false);
  });

  it('accepts IBANs with a valid mod-97 checksum and the right length for the country', () => {
    expect(passesIbanChecksum('NL91ABNA0417164300')).toBe(true);
    expect(passesIbanChecksum('nl91abna0417164300')).toBe(true);
    expect(passesIbanChecksum('BE68539007547034')).toBe(true);
    expect(passesIbanChecksum('DE89370400440532013000')).toBe(true);
    expect(passesIbanChecksum('NL91ABNA0417164301')).toBe(false);
    expect(passesIbanChecksum('NL91ABNA041716430')).toBe(false);
  });
});
