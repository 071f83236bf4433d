import {
  addPrompt,
  addQuestion,
  type checkFramework,
  exportFrameworkJson,
  movePrompt,
  moveQuestion,
  removePrompt,
  removeQuestion,
  setCondition,
  type TCondition,
  type TFramework,
  type TImportError,
  type TQuestion,
  type TQuestionKind,
  type TQuestionList,
  type TTextSlot,
  updateQuestion,
  updateTextAt,
  writeSlot,
} from '@duiding/survey';

/** An item of the outline: a prompt or a question of one of the two lists. */
export type TItemRef = { list: TQuestionList | 'prompts'; id: string };

export interface TDesignerState {
  framework: TFramework;
  /** The framework as last saved (or loaded), to know whether there are changes. */
  saved: string;
  /** The item open in the editor. */
  open: TItemRef | undefined;
  /** What the last move did, for the live region (a drag or a button says where it went). */
  announcement: string;
  /** Problems of the last import, shown until the next one. */
  importErrors: TImportError[];
}

export type TDesignerAction =
  | { type: 'load'; framework: TFramework }
  | { type: 'saved' }
  | { type: 'open'; item: TItemRef | undefined }
  | { type: 'add-question'; list: TQuestionList; kind: TQuestionKind }
  | { type: 'add-prompt' }
  | { type: 'remove'; item: TItemRef }
  | { type: 'move'; item: TItemRef; to: number }
  | { type: 'update-question'; list: TQuestionList; id: string; question: TQuestion }
  | { type: 'set-text'; parts: (string | number)[]; slot: TTextSlot; value: string }
  | { type: 'set-condition'; list: TQuestionList; id: string; condition: TCondition | undefined }
  | { type: 'set-english'; on: boolean }
  | { type: 'import'; result: ReturnType<typeof checkFramework> };

export function initialDesignerState(framework: TFramework): TDesignerState {
  return {
    framework,
    saved: exportFrameworkJson(framework),
    open: undefined,
    announcement: '',
    importErrors: [],
  };
}

export const hasChanges = (state: TDesignerState) =>
  exportFrameworkJson(state.framework) !== state.saved;

const itemsOf = (framework: TFramework, list: TItemRef['list']) =>
  list === 'prompts' ? framework.prompts : framework[list];

const labelOf = (framework: TFramework, item: TItemRef) =>
  itemsOf(framework, item.list).find((i) => i.id === item.id)?.label.nl ?? item.id;

export function designerReducer(state: TDesignerState, action: TDesignerAction): TDesignerState {
  const { framework } = state;
  const edit = (next: TFramework, extra: Partial<TDesignerState> = {}): TDesignerState => ({
    ...state,
    framework: next,
    announcement: '',
    ...extra,
  });
  switch (action.type) {
    case 'load':
      return initialDesignerState(action.framework);
    case 'saved':
      return { ...state, saved: exportFrameworkJson(framework) };
    case 'open':
      return { ...state, open: action.item };
    case 'add-question': {
      const added = addQuestion(framework, action.list, action.kind);
      return edit(added.framework, {
        open: { list: action.list, id: added.question.id },
        announcement: `Vraag toegevoegd op plaats ${added.framework[action.list].length}.`,
      });
    }
    case 'add-prompt': {
      const next = addPrompt(framework);
      const added = next.prompts.at(-1);
      return edit(next, {
        open: added && { list: 'prompts', id: added.id },
        announcement: `Vertelvraag toegevoegd op plaats ${next.prompts.length}.`,
      });
    }
    case 'remove': {
      const { list, id } = action.item;
      const label = labelOf(framework, action.item);
      const next =
        list === 'prompts' ? removePrompt(framework, id) : removeQuestion(framework, list, id);
      return edit(next, {
        open: state.open?.id === id ? undefined : state.open,
        announcement: `"${label}" is verwijderd.`,
      });
    }
    case 'move': {
      const { list, id } = action.item;
      const items = itemsOf(framework, list);
      const to = Math.max(0, Math.min(items.length - 1, action.to));
      if (items.findIndex((i) => i.id === id) === to) return state;
      const next =
        list === 'prompts' ? movePrompt(framework, id, to) : moveQuestion(framework, list, id, to);
      return edit(next, {
        announcement: `"${labelOf(framework, action.item)}" staat nu op plaats ${to + 1} van ${items.length}.`,
      });
    }
    case 'update-question': {
      const index = framework[action.list].findIndex((q) => q.id === action.id);
      const next = updateQuestion(framework, action.list, action.id, () => action.question);
      // A new id may have been made unique; the editor follows the question.
      const id = next[action.list][index]?.id ?? action.id;
      return edit(next, {
        open: state.open?.id === action.id ? { list: action.list, id } : state.open,
      });
    }
    case 'set-text':
      return edit(
        updateTextAt(framework, action.parts, (t) => writeSlot(t, action.slot, action.value)),
      );
    case 'set-condition':
      return edit(setCondition(framework, action.list, action.id, action.condition));
    case 'set-english':
      return edit({
        ...framework,
        languages: action.on ? ['nl', 'en'] : ['nl'],
      });
    case 'import':
      if (!action.result.ok) return { ...state, importErrors: action.result.errors };
      // An import replaces the draft's content but keeps the draft's own id and version.
      return edit(
        { ...action.result.framework, id: framework.id, version: framework.version },
        { open: undefined, importErrors: [], announcement: 'De vragenlijst is ingelezen.' },
      );
  }
}
