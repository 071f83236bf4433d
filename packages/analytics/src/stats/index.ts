export {
  type CategoricalTestOptions,
  type ChiSquareOptions,
  type ChiSquareResult,
  chiSquareIndependence,
  type FisherResult,
  fisherExact2x2,
  logFactorialTable,
  type MonteCarloOptions,
  randomTableWithMargins,
  testCategoricalAssociation,
} from './contingency.ts';
export { pearson, spearman } from './correlation.ts';
export {
  chiSquareSf,
  fCdf,
  fQuantileUpper,
  fSf,
  hypergeometricPmf,
  logChoose,
  logFactorial,
  logGamma,
  normalCdf,
  normalSf,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
  studentTSf,
  studentTTwoSidedP,
} from './distributions.ts';
export { agreementByCode, cohensKappa, type TCodeAgreement, type TKappaResult } from './kappa.ts';
export { adjustBenjaminiHochberg } from './multiple-testing.ts';
export { createRandom, randomInteger, seededShuffle, shuffleInPlace } from './random.ts';
export {
  kruskalWallis,
  type MannWhitneyOptions,
  mannWhitneyExactCdf,
  mannWhitneyU,
} from './rank-tests.ts';
export { averageRanks, type Ranking } from './ranking.ts';
export {
  clampProbability,
  degenerateResult,
  type Effect,
  type EffectMeasure,
  STATISTIC_OF,
  type StatisticName,
  statisticOf,
  type TestName,
  type TestResult,
  type TestStatistic,
} from './test-result.ts';
export { cochranArmitage, jonckheereTerpstra } from './trend.ts';
