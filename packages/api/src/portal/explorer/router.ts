import { projectProcedure } from '../../access';
import { router } from '../../trpc';
import {
  ZExplorerChartInput,
  ZExplorerQuestionsInput,
  ZPatternStoriesInput,
  ZPatternsInput,
  ZRegionStoriesInput,
} from './explorer.schema';
import { explorerChart } from './explorer-chart';
import { regionStories } from './explorer-stories';
import { listPatterns, patternStories } from './patterns';
import { explorerQuestions } from './questions';

/*
 * The explorer and the pattern list. Whatever an outside viewer (an interpreter) gets is
 * suppressed here, on the server: approved stories only, groups under 10 withheld, counts
 * rounded to 5 with "<5" and secondary suppression (shown-numbers.ts), redacted text.
 */
export const explorerRouter = router({
  questions: projectProcedure('analysis.run')
    .input(ZExplorerQuestionsInput)
    .query(({ ctx, input }) => explorerQuestions(ctx, input)),
  chart: projectProcedure('analysis.run')
    .input(ZExplorerChartInput)
    .query(({ ctx, input }) => explorerChart(ctx, input)),
  // Audited (a list of stories is viewed).
  regionStories: projectProcedure('stories.read')
    .input(ZRegionStoriesInput)
    .query(({ ctx, input }) => regionStories(ctx, input)),
});

export const patternsRouter = router({
  list: projectProcedure('analysis.run')
    .input(ZPatternsInput)
    .query(({ ctx, input }) => listPatterns(ctx, input)),
  // Audited (a list of stories is viewed).
  stories: projectProcedure('stories.read')
    .input(ZPatternStoriesInput)
    .query(({ ctx, input }) => patternStories(ctx, input)),
});
