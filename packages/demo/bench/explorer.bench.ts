/**
 * `pnpm bench:explorer`: the explorer's speed targets (issue 9) on 100 000 generated ZHZ
 * stories: the full pattern scan within 1 s, and each chart aggregation the explorer asks
 * the server for within 200 ms. Inputs are the columns the server reads for one question
 * (taken from the stories before timing); each aggregation is timed as the median of 9 runs
 * after 3 warm-up runs, the scan on its first run (what a researcher waits for).
 */
import { availableParallelism, loadavg } from 'node:os';
import {
  type ChoiceValue,
  choiceBarsByGroup,
  contingencyTable,
  dyadHistogramByGroup,
  type StonesValue,
  scanPatterns,
  stoneClouds,
  type Triad,
  type TScanStory,
  ternaryByGroup,
  trendOverCollections,
} from '@duiding/analytics';
import { zhzJeugdhulp } from '@duiding/survey';
import { DEMO_RESOLUTION, generateDemoStories } from '../src/index';

const STORIES = Number(process.env.EXPLORER_STORIES ?? 100_000);
const SCAN_TARGET_MS = 1000;
const CHART_TARGET_MS = 200;
const COLLECTIONS = ['zhz-2024', 'zhz-2025', 'zhz-2026'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const misses: string[] = [];
const line = (what: string, value: string, target: string, pass: boolean | null, note = '') => {
  if (pass === false) misses.push(what);
  const verdict = pass === null ? '' : pass ? 'PASS' : 'MISS';
  console.log(
    `${what.padEnd(40)} ${value.padStart(10)}   ${target.padEnd(16)} ${verdict.padEnd(4)}  ${note}`,
  );
};
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

console.log(
  `Duiding explorer benchmark: ${STORIES.toLocaleString('nl-NL')} ZHZ stories, Node ${process.version}, ${availableParallelism()} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const generated = generateDemoStories({ framework: zhzJeugdhulp, count: STORIES, seed: 2025 });
// As the server holds them: read from the stored JSON. (The generator builds its answer
// objects key by key, which leaves V8 dictionary objects that are ~6× slower to read than
// JSON.parse's; a profile with `node --cpu-prof` showed the scan spending most of its time
// there, on objects the server never sees.)
const stories: TScanStory[] = generated.stories.map((story, i) => ({
  id: story.id,
  collectionId: COLLECTIONS[i % COLLECTIONS.length]!,
  channel: story.channel,
  answers: JSON.parse(JSON.stringify(story.answers)),
  participantAnswers: JSON.parse(JSON.stringify(story.participantAnswers)),
}));

// The pattern scan, first run, then two warm runs for reference.
const scans = [0, 1, 2].map(() => {
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = scanPatterns({ framework: zhzJeugdhulp, stories, seed: 1 });
  return { ms: performance.now() - start, cpu: cpuMs(cpu), result };
});
const first = scans[0]!;
line(
  'full pattern scan (first run)',
  `${first.ms.toFixed(0)} ms`,
  `target ≤ ${SCAN_TARGET_MS} ms`,
  first.ms <= SCAN_TARGET_MS,
  `${first.result.patterns.length} tests; CPU ${first.cpu.toFixed(0)} ms; warm median ${median(scans.slice(1).map((s) => s.ms)).toFixed(0)} ms`,
);

// Columns as the server gets them for one question (triads parsed from stored JSON).
const groupIds = (
  zhzJeugdhulp.participantQuestions.find((q) => q.id === 'rol') as { options: { id: string }[] }
).options.map((o) => o.id);
const groups = stories.map((s) => {
  const value = s.participantAnswers.rol;
  return typeof value === 'string' ? value : null;
});
const triads: (Triad | null)[] = stories.map(({ answers }) => {
  const value = answers.belangrijk;
  return typeof value === 'object' && value !== null ? JSON.parse(JSON.stringify(value)) : null;
});
const dyads = stories.map(({ answers }) =>
  typeof answers.tempo === 'number' ? answers.tempo : null,
);
const stonesQuestion = zhzJeugdhulp.signifiers.find((q) => q.kind === 'stones') as {
  id: string;
  stones: { id: string }[];
};
const stones = stories.map(({ answers }) => {
  const value = answers[stonesQuestion.id];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (JSON.parse(JSON.stringify(value)) as StonesValue)
    : null;
});
const choiceQuestion = zhzJeugdhulp.signifiers.find((q) => q.id === 'gevoel') as {
  options: { id: string }[];
};
const optionIds = choiceQuestion.options.map((o) => o.id);
const choices = stories.map(({ answers }) =>
  typeof answers.gevoel === 'string' ? answers.gevoel : null,
);
const collections = stories.map((s) => s.collectionId);

const charts: [string, () => unknown][] = [
  [
    'ternary by group (centre, region, bins)',
    () => ternaryByGroup(triads, groups, groupIds, { resolution: 1 / DEMO_RESOLUTION }),
  ],
  ['dyad histogram + quartiles by group', () => dyadHistogramByGroup(dyads, groups, groupIds)],
  [
    'stone clouds and centres',
    () =>
      stoneClouds(
        stones,
        stonesQuestion.stones.map((s) => s.id),
      ),
  ],
  [
    'choice bars by group',
    () => choiceBarsByGroup(choices as (ChoiceValue | null)[], optionIds, groups, groupIds),
  ],
  [
    'contingency table + std. residuals',
    () => contingencyTable(groups, choices, groupIds, optionIds),
  ],
  ['trend over collections', () => trendOverCollections(dyads, collections, COLLECTIONS)],
];
for (const [what, run] of charts) {
  for (let i = 0; i < 3; i++) run();
  const cpu = process.cpuUsage();
  const runs = Array.from({ length: 9 }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  const ms = median(runs);
  line(
    what,
    `${ms.toFixed(1)} ms`,
    `target ≤ ${CHART_TARGET_MS} ms`,
    ms <= CHART_TARGET_MS,
    `median of 9; CPU ${(cpuMs(cpu) / 9).toFixed(1)} ms per run`,
  );
}

console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
if (misses.length > 0) {
  console.log(`MISSED: ${misses.join(', ')}`);
  process.exitCode = 1;
}
