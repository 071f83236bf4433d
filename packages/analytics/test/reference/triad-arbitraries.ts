import fc from 'fast-check';
import { closeTriad } from '../../src/triad/composition.ts';

/** Triads with every part ≥ ~0.003, for properties that need strictly positive parts. */
export const positiveTriad = fc
  .tuple(
    fc.double({ min: 0.01, max: 1, noNaN: true }),
    fc.double({ min: 0.01, max: 1, noNaN: true }),
    fc.double({ min: 0.01, max: 1, noNaN: true }),
  )
  .map(([a, b, c]) => closeTriad(a, b, c));
