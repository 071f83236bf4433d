import { describe, expect, it } from 'vitest';
import { isUnsaved, noteOf, notesReducer, unsavedSlides } from './meeting-notes-state';
import { meetingSlides, moveSlide, slideFromSearch, slideKey } from './meeting-slides';

describe('meeting notes', () => {
  it('keeps what was typed when a save fails, and while typing on after the error', () => {
    let state = notesReducer({}, { kind: 'typed', slideId: 'a', text: 'De zaal' });
    state = notesReducer(state, { kind: 'saveStarted', slideId: 'a' });
    state = notesReducer(state, { kind: 'saveFailed', slideId: 'a', message: 'Geen verbinding.' });
    state = notesReducer(state, { kind: 'typed', slideId: 'a', text: 'De zaal herkent het' });
    const note = noteOf(state, 'a');
    expect(note.text).toBe('De zaal herkent het');
    expect(note.error).toBe('Geen verbinding.');
    expect(unsavedSlides(state)).toEqual(['a']);
  });

  it('does not let a note from the server overwrite text typed but not saved', () => {
    let state = notesReducer({}, { kind: 'typed', slideId: 'a', text: 'nieuw' });
    state = notesReducer(state, {
      kind: 'loaded',
      notes: [
        { slideId: 'a', body: 'oud', updatedAt: '2026-12-01T10:00:00Z' },
        { slideId: 'b', body: 'van de server', updatedAt: '2026-12-01T10:00:00Z' },
      ],
    });
    expect(noteOf(state, 'a').text).toBe('nieuw');
    expect(noteOf(state, 'b').text).toBe('van de server');
    expect(isUnsaved(noteOf(state, 'b'))).toBe(false);
  });

  it('counts a note as saved only for the text that was sent', () => {
    let state = notesReducer({}, { kind: 'typed', slideId: 'a', text: 'een' });
    state = notesReducer(state, { kind: 'saveStarted', slideId: 'a' });
    state = notesReducer(state, { kind: 'typed', slideId: 'a', text: 'een twee' });
    state = notesReducer(state, {
      kind: 'saveSucceeded',
      slideId: 'a',
      text: 'een',
      savedAt: '2026-12-01T10:00:00Z',
    });
    expect(isUnsaved(noteOf(state, 'a'))).toBe(true);
  });
});

describe('meeting slides', () => {
  const results = {
    title: 'Ronde 1',
    withheld: null,
    items: [
      { questionId: 'q1', label: 'Vraag 1' },
      { questionId: 'q2', label: 'Vraag 2' },
    ],
    trend: [{}],
  };

  it('opens, shows the trend, then one item per slide', () => {
    expect(meetingSlides(results).map((s) => s.id)).toEqual(['opening', 'trend', 'q1', 'q2']);
    expect(
      meetingSlides({ ...results, withheld: 'te weinig', trend: [] }).map((s) => s.id),
    ).toEqual(['opening']);
  });

  it('reads ?dia= as people count, within the slides', () => {
    expect(slideFromSearch('dia=3', 4)).toBe(2);
    expect(slideFromSearch('dia=99', 4)).toBe(3);
    expect(slideFromSearch('dia=nul', 4)).toBe(0);
    expect(slideFromSearch('', 4)).toBe(0);
  });

  it('moves by the presenter keys and stays within the slides', () => {
    expect(slideKey('PageDown')).toBe('next');
    expect(slideKey('PageUp')).toBe('previous');
    expect(slideKey('a')).toBeNull();
    expect(moveSlide(3, 4, 'next')).toBe(3);
    expect(moveSlide(0, 4, 'previous')).toBe(0);
    expect(moveSlide(1, 4, 'last')).toBe(3);
    expect(moveSlide(2, 4, 'first')).toBe(0);
  });
});

describe('meeting notes from the server', () => {
  it('keeps the box’s own text when the server sends the same note trimmed', () => {
    let state = notesReducer({}, { kind: 'typed', slideId: 'a', text: 'een ' });
    state = notesReducer(state, { kind: 'saveStarted', slideId: 'a' });
    state = notesReducer(state, {
      kind: 'saveSucceeded',
      slideId: 'a',
      text: 'een ',
      savedAt: '2026-12-01T10:00:00Z',
    });
    state = notesReducer(state, {
      kind: 'loaded',
      notes: [{ slideId: 'a', body: 'een', updatedAt: '2026-12-01T10:00:00Z' }],
    });
    expect(noteOf(state, 'a').text).toBe('een ');
    expect(unsavedSlides(state)).toEqual([]);
  });
});
