import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ExchangeFormatError, readNarrafirma } from '../src';
import { readFixture } from './fixtures';

/*
 * Every NarraFirma export in ../shared/fixtures imports completely, values checked here
 * against the cells of the stories CSV as NarraFirma's import guide defines them.
 */

const today = { today: '2026-12-02' };
const rowsOf = (file: string) =>
  parse(readFixture(file), { bom: true, relax_column_count: true }) as string[][];

describe('NarraFirma import: the example (every question type of the current form)', () => {
  const plan = readNarrafirma(
    readFixture('narrafirma/narrafirma_example_story_form.csv'),
    readFixture('narrafirma/narrafirma_example_stories.csv'),
    today,
  );
  const [header, , ...data] = rowsOf('narrafirma/narrafirma_example_stories.csv') as [
    string[],
    string[],
    ...string[][],
  ];
  const at = (row: string[], name: string) => (row[header.indexOf(name)] ?? '').trim();
  const all = (row: string[], name: string) =>
    header.flatMap((h, i) => (h === name && (row[i] ?? '').trim() ? [(row[i] ?? '').trim()] : []));

  it('reads all 80 stories without a problem', () => {
    expect(data).toHaveLength(80);
    expect(plan.problems).toEqual([]);
    expect(plan.stories).toHaveLength(80);
  });

  it('keeps title, text, prompt, date and every answer as the CSV has it', () => {
    const byOption = (label: string) =>
      label
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_|_$/g, '');
    data.forEach((row, i) => {
      const story = plan.stories[i]!;
      expect(story.title).toBe(at(row, 'Story title'));
      expect(story.text).toBe(at(row, 'Story text'));
      expect(story.createdOn).toBe(at(row, 'Collection date'));
      expect(story.promptId).toBe(byOption(at(row, 'Eliciting question answered')));
      expect(story.language).toBe(at(row, 'Language') === 'English' ? 'en' : 'nl');
      // Multi-column texts: each non-empty cell is a chosen answer.
      const feel = all(row, 'Feel about').map(byOption);
      const write = at(row, 'WRITEIN_Feel about');
      const feelAnswer = story.answers.feel_about;
      if (write) expect(feelAnswer).toEqual({ selected: [...feel, 'anders'], other: write });
      else expect(feelAnswer).toEqual(feel.length ? feel : undefined);
      // Indexed single choice: 1-based.
      const scopes = ['individual', 'pair', 'team', 'system'];
      const index = at(row, 'Scope index');
      expect(story.answers.scope_index).toBe(index ? scopes[Number(index) - 1] : undefined);
      // Custom answer name "Indv|Individual".
      const custom = at(row, 'Scope custom answer name');
      expect(story.answers.scope_custom_answer_name).toBe(
        custom ? (custom === 'Indv' ? 'indv' : byOption(custom)) : undefined,
      );
      // Mixed-in write-ins: a value that is no answer is the "other" text.
      const mixed = at(row, 'Scope mixed-in write-ins');
      const mixedAnswer = story.answers.scope_mixed_in_write_ins;
      if (!mixed) expect(mixedAnswer).toBeUndefined();
      else if (scopes.includes(byOption(mixed))) expect(mixedAnswer).toBe(byOption(mixed));
      else expect(mixedAnswer).toEqual({ selected: 'anders', other: mixed });
      // Delimited, indexed delimited and yes/no columns name the same answers.
      const needed = all(row, 'Needed').map(byOption);
      expect(story.answers.needed ?? []).toEqual(needed);
      const delimited = at(row, 'Needed delimited').split(',').filter(Boolean).map(byOption);
      expect(story.answers.needed_delimited ?? []).toEqual(delimited);
      const options = ['help', 'to_be_heard', 'respect', 'trust', 'options'];
      const indexed = at(row, 'Needed index delimited')
        .split(',')
        .filter(Boolean)
        .map((n) => options[Number(n) - 1]);
      expect(story.answers.needed_index_delimited ?? []).toEqual(indexed);
      const yes = options.filter(
        (_, k) =>
          at(row, `Needed yes/no: ${['help', 'to be heard', 'respect', 'trust', 'options'][k]}`) ===
          'Yes',
      );
      expect(story.answers.needed_yes_no ?? []).toEqual(yes);
      // Sliders 0–100 (the form's scale range) become dyads 0–1.
      for (const [column, id] of [
        ['Got what needed', 'got_what_needed'],
        ['Ended well', 'ended_well'],
        ['Will remember', 'will_remember'],
        ['Amount of trust', 'amount_of_trust'],
        ['Predictability', 'predictability'],
      ] as const) {
        const v = at(row, column);
        expect(story.answers[id]).toBe(v === '' ? undefined : Number(v) / 100);
      }
      // Participant questions go with the participant.
      expect(story.participantAnswers.position).toBe(
        at(row, 'Position') ? byOption(at(row, 'Position')) : undefined,
      );
    });
  });

  it('makes the framework: prompts, story questions and participant questions', () => {
    expect(plan.framework.prompts.map((p) => p.id)).toEqual([
      'best_or_worst_moment',
      'responsibility',
      'surprise',
    ]);
    expect(plan.framework.participantQuestions.map((q) => q.id)).toEqual(['position', 'age_group']);
    expect(plan.framework.title.nl).toBe('Welcome to the story collection!');
  });
});

describe('NarraFirma import: the import guide example (every directive)', () => {
  const plan = readNarrafirma(
    readFixture(
      'narrafirma/more/import_guide_example/narrafirma import guide example story form.csv',
    ),
    readFixture('narrafirma/more/import_guide_example/narrafirma import guide example stories.csv'),
    today,
  );
  const expected = JSON.parse(
    readFixture('narrafirma/more/import_guide_example/expected.json'),
  ) as {
    stories: {
      rows: { participant: string; eliciting_data_value: string; title: string; text: string }[];
    };
  };

  it('reads the three stories with the directives for columns, scale, yes/no and delimiter', () => {
    expect(plan.problems).toEqual([]);
    expect(
      plan.stories.map((s) => ({ participant: s.participantKey, title: s.title, text: s.text })),
    ).toEqual(
      expected.stories.rows.map((r) => ({
        participant: r.participant,
        title: r.title,
        text: r.text,
      })),
    );
    expect(plan.stories.map((s) => s.promptId)).toEqual(['surprise', 'reallylike', 'discovered']);
    const [first, second] = plan.stories as [(typeof plan.stories)[0], (typeof plan.stories)[0]];
    expect(first.answers.how_long_ago).toBe('optie_1_year');
    expect(first.answers.where_story_came_from).toBe('first_person');
    // Remember 3 on the question's own range 1–10.
    expect(first.answers.how_long_remember).toBeCloseTo((3 - 1) / 9, 12);
    expect(first.answers.needed).toEqual(['help']);
    expect(second.answers.needed).toEqual(['understanding']);
    expect(first.answers.people_who_helped).toEqual(['manager', 'colleague']);
    expect(first.participantAnswers.comment).toBe("It's okay");
  });

  it('reads "1 4" as NarraFirma does (the first index) and says so', () => {
    expect(plan.stories[0]!.answers.who_would_be_surprised).toEqual([
      'the_people_at_the_head_office',
    ]);
    expect(plan.warnings.map((w) => w.row)).toEqual([2, 4]);
  });
});

describe('NarraFirma import: the 2015 layout with CR line endings', () => {
  it('reads the old story form and all 80 stories', () => {
    const plan = readNarrafirma(
      readFixture('narrafirma/more/legacy_2015_example/narrafirma_example_format.csv'),
      readFixture('narrafirma/more/legacy_2015_example/narrafirma_example_stories.csv'),
      today,
    );
    expect(
      readFixture('narrafirma/more/legacy_2015_example/narrafirma_example_stories.csv'),
    ).not.toContain('\n');
    expect(plan.problems).toEqual([]);
    expect(plan.stories).toHaveLength(80);
    const [header, , first] = rowsOf(
      'narrafirma/more/legacy_2015_example/narrafirma_example_stories.csv',
    ) as string[][];
    expect(plan.stories[0]!.text).toBe(first![header!.indexOf('Story text')]);
    expect(plan.stories[0]!.answers.got_what_needed).toBe(0.01);
  });

  it('refuses a file that is no story form, saying what is missing', () => {
    expect(() => readNarrafirma('a,b,c\n1,2,3\n', 'x,y\n', today)).toThrow(ExchangeFormatError);
    expect(() =>
      readNarrafirma(
        readFixture('narrafirma/narrafirma_example_story_form.csv'),
        'Title,Body\nx,y\n',
        today,
      ),
    ).toThrow(/Story text/);
  });

  it('names the row and the reason of an answer it cannot read', () => {
    const stories = readFixture('narrafirma/narrafirma_example_stories.csv').replace(
      ',Manager,35-50',
      ',Astronaut,35-50',
    );
    const plan = readNarrafirma(
      readFixture('narrafirma/narrafirma_example_story_form.csv'),
      stories,
      today,
    );
    expect(plan.problems).toEqual([{ row: 3, reason: 'position: onbekend antwoord "Astronaut"' }]);
  });
});
