import { describe, expect, it } from 'vitest';
import { formatDay } from './format-day';

describe('formatDay', () => {
  it('writes a day as a person reads it, in Dutch or English', () => {
    expect(formatDay('2026-11-15')).toBe('15 november 2026');
    expect(formatDay('2026-01-01', 'en')).toBe('1 January 2026');
  });
  it('leaves what is no day as it is', () => {
    expect(formatDay('gisteren')).toBe('gisteren');
  });
});
