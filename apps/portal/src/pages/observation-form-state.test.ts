import { describe, expect, it } from 'vitest';
import {
  EMPTY_OBSERVATION,
  filledInterpretations,
  observationErrors,
  parseSubject,
} from './observation-form-state';

describe('the observation form', () => {
  it('asks for the second interpretation when only one is written', () => {
    const errors = observationErrors({
      ...EMPTY_OBSERVATION,
      subject: 'collection:c1',
      title: 'Wachten',
      strength: 'strong',
      interpretations: [
        { title: 'Wachttijd', body: '' },
        { title: ' ', body: 'alleen tekst' },
      ],
    });
    expect(errors).toEqual({
      'interpretation-1':
        'Schrijf ook een tweede duiding: hoe kun je deze observatie anders lezen?',
    });
  });

  it('refuses two interpretations with the same title, and accepts two different ones', () => {
    const base = {
      ...EMPTY_OBSERVATION,
      subject: 'collection:c1',
      title: 'T',
      strength: 'weak' as const,
    };
    expect(
      observationErrors({
        ...base,
        interpretations: [
          { title: 'A', body: '' },
          { title: 'a', body: '' },
        ],
      }),
    ).toHaveProperty('interpretation-1');
    const ok = {
      ...base,
      interpretations: [
        { title: 'A', body: '' },
        { title: 'B', body: ' x ' },
        { title: '', body: '' },
      ],
    };
    expect(observationErrors(ok)).toEqual({});
    expect(filledInterpretations(ok)).toEqual([
      { title: 'A', body: '' },
      { title: 'B', body: 'x' },
    ]);
  });

  it('reads a pattern subject whose key holds colons', () => {
    expect(parseSubject('pattern:f1:fase:tijdens×rol')).toEqual({
      kind: 'pattern',
      frameworkId: 'f1',
      patternKey: 'fase:tijdens×rol',
    });
    expect(parseSubject('collection:c1')).toEqual({ kind: 'collection', collectionId: 'c1' });
    expect(parseSubject('')).toBeUndefined();
  });
});
