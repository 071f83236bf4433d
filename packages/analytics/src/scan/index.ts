export {
  buildVariables,
  storyMetaVariable,
  subsetVariables,
  type TCategoricalVariable,
  type TColumnStory,
  type TNumericVariable,
  type TTriadVariable,
  type TVariable,
  variableBuilder,
} from './columns';
export { scanPatterns, scanVariables } from './scan-patterns';
export type {
  TLeftOut,
  TPattern,
  TPatternGroup,
  TScanOptions,
  TScanResult,
  TScanStory,
  TScanVariablesOptions,
} from './types';
