/*
 * The facilitator's notes during a meeting, one per slide, as a pure state machine. What
 * was typed is never replaced by what the server says: a note the server sends is taken
 * only for a slide nobody typed on, and a failed save keeps the text and says why, so
 * typing on while the error shows loses nothing.
 */

export interface TSlideNote {
  /** What is in the box. */
  text: string;
  /** What the server last stored for this slide. */
  saved: string;
  status: 'idle' | 'saving' | 'saved' | 'error';
  /** The text being saved (while saving). */
  sending: string | null;
  error: string | null;
  savedAt: string | null;
}

export type TNotesState = Record<string, TSlideNote>;

export type TNotesAction =
  | { kind: 'loaded'; notes: readonly { slideId: string; body: string; updatedAt: string }[] }
  | { kind: 'typed'; slideId: string; text: string }
  | { kind: 'saveStarted'; slideId: string }
  | { kind: 'saveSucceeded'; slideId: string; text: string; savedAt: string }
  | { kind: 'saveFailed'; slideId: string; message: string };

const EMPTY: TSlideNote = {
  text: '',
  saved: '',
  status: 'idle',
  sending: null,
  error: null,
  savedAt: null,
};

export function noteOf(state: TNotesState, slideId: string): TSlideNote {
  return state[slideId] ?? EMPTY;
}

/** Typed but not (yet) stored: trimmed, as the server stores it. */
export function isUnsaved(note: TSlideNote): boolean {
  return note.text.trim() !== note.saved.trim();
}

export function unsavedSlides(state: TNotesState): string[] {
  return Object.keys(state).filter((id) => isUnsaved(state[id]!));
}

export function notesReducer(state: TNotesState, action: TNotesAction): TNotesState {
  switch (action.kind) {
    case 'loaded': {
      const next = { ...state };
      for (const note of action.notes) {
        const current = next[note.slideId];
        if (current && (isUnsaved(current) || current.status === 'saving')) continue;
        // The same note (the server trims it): the box keeps its text, so no space is lost
        // under the cursor of someone typing.
        if (current && current.text.trim() === note.body.trim()) {
          next[note.slideId] = { ...current, saved: note.body, savedAt: note.updatedAt };
          continue;
        }
        next[note.slideId] = {
          ...EMPTY,
          text: note.body,
          saved: note.body,
          savedAt: note.updatedAt,
        };
      }
      return next;
    }
    case 'typed': {
      const current = noteOf(state, action.slideId);
      // The error stays until the next save: it still holds for the text being typed.
      return { ...state, [action.slideId]: { ...current, text: action.text } };
    }
    case 'saveStarted': {
      const current = noteOf(state, action.slideId);
      return {
        ...state,
        [action.slideId]: { ...current, status: 'saving', sending: current.text, error: null },
      };
    }
    case 'saveSucceeded': {
      const current = noteOf(state, action.slideId);
      return {
        ...state,
        [action.slideId]: {
          ...current,
          saved: action.text,
          status: 'saved',
          sending: null,
          error: null,
          savedAt: action.savedAt,
        },
      };
    }
    case 'saveFailed': {
      const current = noteOf(state, action.slideId);
      return {
        ...state,
        [action.slideId]: { ...current, status: 'error', sending: null, error: action.message },
      };
    }
  }
}

/** What the note's status line says. */
export function noteStatusText(note: TSlideNote): string {
  if (note.status === 'saving') return 'Opslaan…';
  if (note.status === 'error') return '';
  if (isUnsaved(note)) return 'Nog niet opgeslagen.';
  if (note.status === 'saved') return 'Opgeslagen als observatie bij deze ronde.';
  return '';
}
