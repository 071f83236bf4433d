import { listProjectStories } from '@duiding/db';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApi, storyInput, type TTestApi } from '../test/harness';
import { neutraliseText } from './safe-text';

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

describe('neutraliseText', () => {
  it('makes a lone surrogate U+FFFD and keeps whole emoji', () => {
    expect(neutraliseText('kapot \uD83D en \uDE00 heel 😀')).toBe('kapot \uFFFD en \uFFFD heel 😀');
  });

  it('drops NUL and other control characters, keeps tabs and line breaks', () => {
    expect(neutraliseText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f')).toBe('abcdef');
    expect(neutraliseText('regel 1\r\nregel\t2\n')).toBe('regel 1\r\nregel\t2\n');
  });

  it('drops bidirectional overrides and isolates, keeps the marks RTL writers use', () => {
    expect(neutraliseText('Verslag\u202Efdp.exe')).toBe('Verslagfdp.exe');
    expect(neutraliseText('\u2066a\u2069 \u202Ab\u202C \u202Dc')).toBe('a b c');
    expect(neutraliseText('שלום\u200F hallo\u200E')).toBe('שלום\u200F hallo\u200E');
  });

  it('leaves ordinary Dutch, accents and other scripts alone', () => {
    const text = 'Eén café, één ruïne — “zo’n” ijsje. مرحبا 你好';
    expect(neutraliseText(text)).toBe(text);
  });
});

describe('stories with hostile characters', () => {
  it('are stored without NUL, overrides or lone surrogates, and read back so', async () => {
    api = await createTestApi();
    const input = storyInput(api.collectionId);
    const told = await api.caller().intake.submitStory({
      ...input,
      story: {
        ...input.story,
        title: 'Titel\u202Etxt.exe\u0000',
        text: 'Een verhaal\u0000 met een half \uD83D teken en \u2067verborgen\u2069 tekst.',
      },
    });
    const { stories } = listProjectStories(api.database.orm, {
      projectId: api.projectId,
      limit: 10,
    });
    const stored = stories.find((story) => story.id === told.storyId)!;
    expect(stored.title).toBe('Titeltxt.exe');
    expect(stored.text).toBe('Een verhaal met een half \uFFFD teken en verborgen tekst.');
  });

  it('in a draft come back neutralised too', async () => {
    api = await createTestApi();
    const { code } = await api.caller().intake.saveDraft({
      collectionId: api.collectionId,
      draft: {
        participantAnswers: {},
        story: { title: '\u202Egnissap', text: 'a\u0000b', language: 'nl' },
        answers: {},
      },
    });
    const loaded = await api.caller().intake.loadDraft({ code });
    expect(loaded.draft.story).toMatchObject({ title: 'gnissap', text: 'ab' });
  });
});
