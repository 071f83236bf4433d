export * from './describe';
export * from './dyad';
export * from './stones';
export * from './triad';
export { largestRemainder, stepsInUnit } from './unit-rounding';
export * from './values';
