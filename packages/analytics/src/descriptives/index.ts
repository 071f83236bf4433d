export { type ChoiceDescription, type ChoiceValue, describeChoice } from './choice.ts';
export { type DyadDescription, type DyadOptions, describeDyads } from './dyads.ts';
export { quantileSorted, sortedPresent } from './quantile.ts';
export { describeScale, type ScaleDescription } from './scale.ts';
export {
  describeStones,
  type StoneDescription,
  type StonesDescription,
  type StonesValue,
} from './stones.ts';
