/** One pattern scan of 100 000 stories, for `node --cpu-prof` (not a benchmark). */
import { scanPatterns, type TScanStory } from '@duiding/analytics';
import { zhzJeugdhulp } from '@duiding/survey';
import { generateDemoStories } from '../src/index';

const COLLECTIONS = ['zhz-2024', 'zhz-2025', 'zhz-2026'];
const generated = generateDemoStories({ framework: zhzJeugdhulp, count: 100_000, seed: 2025 });
const stories: TScanStory[] = generated.stories.map((story, i) => ({
  id: story.id,
  collectionId: COLLECTIONS[i % COLLECTIONS.length]!,
  channel: story.channel,
  answers: JSON.parse(JSON.stringify(story.answers)),
  participantAnswers: JSON.parse(JSON.stringify(story.participantAnswers)),
}));
(globalThis as { gc?: () => void }).gc?.();
const cpu = process.cpuUsage();
const start = performance.now();
const result = scanPatterns({ framework: zhzJeugdhulp, stories, seed: 1 });
const used = process.cpuUsage(cpu);
console.log(
  `${result.patterns.length} tests, ${(performance.now() - start).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`,
);
