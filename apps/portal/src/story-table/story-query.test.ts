import { describe, expect, it } from 'vitest';
import { countFilters, readStoryQuery, type TStoryQuery, writeStoryQuery } from './story-query';

describe('the story table in the URL', () => {
  const query: TStoryQuery = {
    text: 'wacht* "de hulp" -school',
    statuses: ['approved', 'pending'],
    channels: ['paper'],
    collectionIds: ['c1', 'c2'],
    codeIds: ['code-1'],
    createdFrom: '2026-10-01',
    createdTo: '2026-12-31',
    answers: [
      { kind: 'options', questionId: 'gevoel', options: ['positief', 'neutraal'] },
      { kind: 'zones', questionId: 'hulp', zones: ['corner-a', 'centre'] },
      { kind: 'range', questionId: 'betrokken', min: 0.2, max: 0.65 },
      { kind: 'quadrants', questionId: 'plekken', stoneId: 'wijkteam', quadrants: [0, 3] },
    ],
    sort: { key: 'title', direction: 'asc' },
  };

  it('reads back what it wrote', () => {
    const search = writeStoryQuery(query);
    expect(search).toContain('a.hulp=zones%3Acorner-a%2Ccentre');
    expect(readStoryQuery(`?${search}`)).toEqual(query);
    expect(countFilters(query)).toBe(9);
  });

  it('writes nothing for the plain table, and leaves the default sort out', () => {
    expect(writeStoryQuery({})).toBe('');
    expect(writeStoryQuery({ sort: { key: 'createdOn', direction: 'desc' } })).toBe('');
    expect(readStoryQuery('')).toEqual({});
  });

  it('leaves out what it cannot read, never throws', () => {
    const read = readStoryQuery(
      '?status=approved,withdrawn,nonsense&kanaal=&van=gisteren&tot=2026-13&sorteer=id.up' +
        '&a.hulp=zones:hoek&a.Hulp=opties:x&a.betrokken=bereik:0.9-0.1&a.plekken=stenen:wijkteam:7' +
        '&a.gevoel=opties:Positief,ok&a.x=raar&verzameling=%3Cscript%3E&q=%20%20',
    );
    expect(read).toEqual({
      statuses: ['approved'],
      answers: [{ kind: 'options', questionId: 'gevoel', options: ['ok'] }],
    });
    for (const search of ['%', '?a.=', '?a.gevoel=opties:', '?sorteer=.', '?a.hulp=bereik:-']) {
      expect(() => readStoryQuery(search)).not.toThrow();
    }
  });
});
