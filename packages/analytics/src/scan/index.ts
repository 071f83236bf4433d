export { scanPatterns } from './scan-patterns';
export type {
  TLeftOut,
  TPattern,
  TPatternGroup,
  TScanOptions,
  TScanResult,
  TScanStory,
} from './types';
