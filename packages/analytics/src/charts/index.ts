export {
  choiceBarsByGroup,
  contingencyTable,
  dyadHistogramByGroup,
  stoneClouds,
  type TContingencyTable,
  type TIndexedTriads,
  type TStoneCloud,
  type TTernaryGroup,
  type TTrendPoint,
  ternaryByGroup,
  trendOverCollections,
} from './by-group.ts';
