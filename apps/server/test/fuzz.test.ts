import { describe, expect, it } from 'vitest';
import { fuzzEveryProcedure } from './fuzz';

describe('every procedure under arbitrary input', () => {
  it('never answers 5xx, names the problem, and stores nothing when it refuses', async () => {
    // A few inputs per procedure here; `pnpm bench:fuzz` tries at least 10 000 each.
    const reports = await fuzzEveryProcedure(50);
    for (const { procedure, tried } of reports) console.log(`fuzz: ${procedure}: ${tried} inputs`);
    expect(reports.map((r) => r.procedure)).toEqual(
      expect.arrayContaining([
        'intake.submitStory',
        'intake.saveDraft',
        'intake.withdraw',
        'panel.issueToken',
        'panel.submitAnswer',
        'panel.updateProfile',
      ]),
    );
    for (const report of reports) expect(report.tried).toBeGreaterThanOrEqual(50);
  }, 120_000);
});
