export {
  aitchisonDistance,
  assertTriad,
  closeTriad,
  type IlrCoordinates,
  ilr,
  ilrInverse,
  inferTriadResolution,
  LEFTOVER_LIMIT,
  perturb,
  perturbationDifference,
  replaceZeros,
  type Triad,
  type TriadValues,
  ZERO_REPLACEMENT_FACTOR,
} from './composition.ts';
export {
  type DescribeTriadsOptions,
  describeTriads,
  type TriadDescription,
  triadCentre,
} from './descriptives.ts';
export {
  hotellingTwoSample,
  manovaPillai,
  type PermutationOptions,
  pillaiFromSscp,
  type TriadSscp,
} from './hotelling.ts';
export { type IlrSample, ilrSample, type ZeroReplacementOptions } from './ilr-sample.ts';
export { type TernaryBin, ternaryBinIndex, ternaryBins } from './ternary-bins.ts';
export {
  countTriadZones,
  TRIAD_ZONES,
  type TriadZone,
  triadZone,
  triadZoneIndex,
  type ZoneCount,
} from './zones.ts';
