import { describe, expect, it } from 'vitest';
import { parseNewSectionDraft, parseTextDraft, reportDraftKey } from './report-draft';

const NEW_SECTION = {
  v: 1,
  kind: 'chart',
  heading: 'Wachttijd',
  text: '',
  chosenIds: ['c1', 'c2'],
  questionId: 'tempo',
  groupBy: 'rol',
  divisions: 10,
  storyId: '',
  search: 'wacht',
  observationId: '',
};

describe('report drafts in session storage', () => {
  it('keys a draft by project, report and section', () => {
    expect(reportDraftKey('p1', 'r1', 'new')).toBe('duiding:report-draft:p1:r1:new');
    expect(reportDraftKey('p1', 'r1', 's9')).not.toBe(reportDraftKey('p1', 'r2', 's9'));
  });

  it('reads back a text edit with the text it began from', () => {
    const raw = JSON.stringify({
      v: 1,
      heading: 'Kop',
      text: 'Nieuw',
      base: { heading: 'Kop', text: 'Oud' },
    });
    expect(parseTextDraft(raw)).toEqual({
      heading: 'Kop',
      text: 'Nieuw',
      base: { heading: 'Kop', text: 'Oud' },
    });
  });

  it('reads back the add-a-section form', () => {
    expect(parseNewSectionDraft(JSON.stringify(NEW_SECTION))).toEqual({
      ...NEW_SECTION,
      v: undefined,
      searched: undefined,
    });
  });

  it('ignores nothing, broken JSON, another version and the wrong shape', () => {
    for (const raw of [
      null,
      '',
      '{',
      'null',
      '[]',
      '"tekst"',
      JSON.stringify({ ...NEW_SECTION, v: 2 }),
      JSON.stringify({ ...NEW_SECTION, v: undefined }),
      JSON.stringify({ ...NEW_SECTION, heading: 3 }),
      JSON.stringify({ ...NEW_SECTION, chosenIds: [1] }),
      JSON.stringify({ ...NEW_SECTION, divisions: '5' }),
      JSON.stringify({ ...NEW_SECTION, searched: {} }),
    ]) {
      expect(parseNewSectionDraft(raw), String(raw)).toBeNull();
    }
    for (const raw of [
      '{"v":1}',
      JSON.stringify({ v: 1, heading: 'K', text: 'T' }),
      JSON.stringify({ v: 1, heading: 'K', text: 'T', base: { heading: 'K' } }),
      JSON.stringify({ v: 1, heading: 'K', text: ['T'], base: { heading: 'K', text: 'T' } }),
    ]) {
      expect(parseTextDraft(raw), raw).toBeNull();
    }
  });
});
