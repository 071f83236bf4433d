export { DEMO_RESOLUTION } from './draws';
export {
  generateDemoPanelResponses,
  PANEL_TREND_ITEM,
  type TGenerateDemoPanelOptions,
} from './generate-demo-panel';
export {
  DEFAULT_DEMO_WINDOW,
  generateDemoStories,
  type TGenerateDemoStoriesOptions,
} from './generate-demo-stories';
export type {
  TCollectionWindow,
  TDemoChannel,
  TDemoPanel,
  TDemoPanelResponse,
  TDemoStories,
  TDemoStory,
  TPlantedPattern,
} from './types';
