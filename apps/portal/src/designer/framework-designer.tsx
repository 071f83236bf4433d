import {
  checkFramework,
  exportFrameworkJson,
  formatImportError,
  frameworkTexts,
  importFrameworkJson,
  missingTranslations,
  QUESTION_KIND_LABELS,
  QUESTION_KINDS,
  type TFramework,
  type TPrompt,
  type TQuestion,
  type TQuestionKind,
  type TQuestionList,
} from '@duiding/survey';
import { type Dispatch, type ReactNode, useId, useReducer, useState } from 'react';
import { DesignerPreview } from './designer-preview';
import {
  designerReducer,
  hasChanges,
  initialDesignerState,
  type TDesignerAction,
  type TDesignerState,
  type TItemRef,
} from './designer-state';
import { FrameworkChanges } from './framework-changes';
import { usePointerReorder } from './pointer-reorder';
import { QuestionEditor } from './question-editor';
import { TextFields, visibleSlots } from './text-fields';

export interface TDesignerComment {
  id: string;
  questionId: string;
  author: string;
  text: string;
  createdOn: string;
}

const LIST_TITLES: Record<TItemRef['list'], string> = {
  prompts: 'Vertelvragen',
  signifiers: 'Vragen over het verhaal',
  participantQuestions: 'Vragen over de verteller',
};

/**
 * The questionnaire designer: the outline of prompts and questions (reorder by drag or by
 * the buttons "omhoog"/"omlaag"), the open item's texts side by side, and a live preview.
 * What the server does with the draft (save, publish) comes in through `toolbar`.
 */
export function FrameworkDesigner({
  framework: initial,
  toolbar,
  comments = [],
  compareWith,
  compareTitle,
}: {
  framework: TFramework;
  /** The version to compare the draft with, e.g. the last published one. */
  compareWith?: TFramework;
  compareTitle?: string;
  toolbar?: (state: TDesignerState, dispatch: Dispatch<TDesignerAction>) => ReactNode;
  comments?: TDesignerComment[];
}) {
  const [state, dispatch] = useReducer(designerReducer, initial, initialDesignerState);
  const { framework } = state;
  const check = checkFramework(framework);
  const missing = missingTranslations(framework);
  const slots = visibleSlots(framework);
  const id = useId();

  return (
    <div className="designer">
      <div className="designer-toolbar">
        {toolbar?.(state, dispatch)}
        <ImportExport state={state} dispatch={dispatch} />
        <p role="status" className="designer-status">
          {hasChanges(state) ? 'Niet opgeslagen wijzigingen.' : 'Alles is opgeslagen.'}
        </p>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {state.announcement}
      </p>
      {state.importErrors.length > 0 && (
        <div className="alert" role="alert">
          <h2>Het bestand is niet ingelezen</h2>
          <ul>
            {state.importErrors.slice(0, 20).map((e) => (
              <li key={`${e.path}:${e.message}`}>{formatImportError(e)}</li>
            ))}
          </ul>
          {state.importErrors.length > 20 && <p>En nog {state.importErrors.length - 20} andere.</p>}
        </div>
      )}
      <div className="designer-columns">
        <div className="designer-edit">
          <section aria-labelledby={`${id}-algemeen`}>
            <h2 id={`${id}-algemeen`}>Algemeen</h2>
            <div className="check">
              <input
                type="checkbox"
                id={`${id}-en`}
                checked={framework.languages.includes('en')}
                onChange={(e) => dispatch({ type: 'set-english', on: e.currentTarget.checked })}
              />
              <label htmlFor={`${id}-en`}>Ook in het Engels</label>
            </div>
            <TextFields
              texts={frameworkTexts({
                title: framework.title,
                intro: framework.intro,
                consent: framework.consent,
                storyFields: framework.storyFields,
              })}
              slots={slots}
              onChange={(parts, slot, value) => dispatch({ type: 'set-text', parts, slot, value })}
            />
          </section>
          {framework.kind === 'stories' && (
            <Outline list="prompts" state={state} dispatch={dispatch} comments={comments} />
          )}
          <Outline list="signifiers" state={state} dispatch={dispatch} comments={comments} />
          <Outline
            list="participantQuestions"
            state={state}
            dispatch={dispatch}
            comments={comments}
          />
          <section aria-labelledby={`${id}-controle`} className="designer-check">
            <h2 id={`${id}-controle`}>Controle</h2>
            {check.ok ? (
              <p className="success">De vragenlijst is compleet en kan gepubliceerd worden.</p>
            ) : (
              <>
                <p>Nog niet te publiceren:</p>
                <ul>
                  {check.errors.map((e) => (
                    <li key={`${e.path}:${e.message}`}>{formatImportError(e)}</li>
                  ))}
                </ul>
              </>
            )}
            {framework.languages.includes('en') && (
              <MissingList title="Engelse teksten die ontbreken" items={missing.en} />
            )}
            {framework.youthWhen && (
              <MissingList title="Jeugdteksten (A2) die ontbreken" items={missing.youth} />
            )}
          </section>
          <section aria-labelledby={`${id}-wijzigingen`} className="designer-check">
            <h2 id={`${id}-wijzigingen`}>Wijzigingen in dit concept</h2>
            <details>
              <summary>Vergelijken met {compareTitle ?? 'het begin van dit ontwerp'}</summary>
              <FrameworkChanges before={compareWith ?? initial} after={framework} />
            </details>
          </section>
        </div>
        <div className="designer-side">
          <DesignerPreview framework={framework} />
        </div>
      </div>
    </div>
  );
}

function MissingList({ title, items }: { title: string; items: { path: string; nl: string }[] }) {
  return (
    <details>
      <summary>
        {title}: {items.length}
      </summary>
      <ul>
        {items.map((m) => (
          <li key={m.path}>
            <code>{m.path}</code>: {m.nl}
          </li>
        ))}
      </ul>
    </details>
  );
}

const isQuestion = (item: TPrompt | TQuestion): item is TQuestion => 'kind' in item;

/** One list of the outline, each item with a drag handle, "omhoog", "omlaag" and remove. */
function Outline({
  list,
  state,
  dispatch,
  comments,
}: {
  list: TItemRef['list'];
  state: TDesignerState;
  dispatch: Dispatch<TDesignerAction>;
  comments: TDesignerComment[];
}) {
  const id = useId();
  const { framework } = state;
  const items: (TPrompt | TQuestion)[] = list === 'prompts' ? framework.prompts : framework[list];
  const drag = usePointerReorder((itemId, to) =>
    dispatch({ type: 'move', item: { list, id: itemId }, to }),
  );
  const dropAt = drag.dropAt;
  const [kind, setKind] = useState<TQuestionKind>('triad');
  const slots = visibleSlots(framework);

  return (
    <section aria-labelledby={`${id}-title`} className="outline">
      <h2 id={`${id}-title`}>
        {LIST_TITLES[list]} ({items.length})
      </h2>
      <ol className="outline-list" ref={drag.listRef}>
        {items.map((item, index) => {
          const ref = { list, id: item.id };
          const open = state.open?.list === list && state.open.id === item.id;
          const itemComments = comments.filter((c) => c.questionId === item.id);
          const kindLabel = isQuestion(item) ? QUESTION_KIND_LABELS[item.kind] : 'Vertelvraag';
          return (
            <li
              key={item.id}
              data-outline-index={index}
              className={`outline-item${dropAt === index ? ' is-drop-target' : ''}`}
            >
              <div className="outline-row">
                <span
                  className="drag-handle"
                  title="Slepen om te verplaatsen"
                  aria-hidden="true"
                  {...drag.handleProps(item.id, index)}
                >
                  ⠿
                </span>
                <span className="outline-label">
                  <span className="outline-number">{index + 1}.</span> {item.label.nl || item.id}
                  <span className="outline-kind">
                    {kindLabel}
                    {isQuestion(item) && item.visibleIf ? ' · met voorwaarde' : ''}
                    {itemComments.length > 0 ? ` · ${itemComments.length} opmerkingen` : ''}
                  </span>
                </span>
                <span className="outline-buttons">
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-expanded={open}
                    onClick={() => dispatch({ type: 'open', item: open ? undefined : ref })}
                  >
                    {open ? 'Sluiten' : 'Bewerken'}
                    <span className="visually-hidden">: {item.label.nl || item.id}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={index === 0}
                    onClick={() => dispatch({ type: 'move', item: ref, to: index - 1 })}
                  >
                    omhoog<span className="visually-hidden">: {item.label.nl || item.id}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={index === items.length - 1}
                    onClick={() => dispatch({ type: 'move', item: ref, to: index + 1 })}
                  >
                    omlaag<span className="visually-hidden">: {item.label.nl || item.id}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => dispatch({ type: 'remove', item: ref })}
                  >
                    Verwijderen<span className="visually-hidden">: {item.label.nl || item.id}</span>
                  </button>
                </span>
              </div>
              {itemComments.length > 0 && (
                <details className="outline-comments">
                  <summary>Opmerkingen van de meeleesgroep ({itemComments.length})</summary>
                  <ul>
                    {itemComments.map((c) => (
                      <li key={c.id}>
                        <strong>{c.author}</strong> ({c.createdOn}): {c.text}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {open &&
                (list === 'prompts' ? (
                  <TextFields
                    texts={frameworkTexts({ label: item.label })}
                    slots={slots}
                    subject="Vertelvraag"
                    onChange={(parts, slot, value) =>
                      dispatch({
                        type: 'set-text',
                        parts: ['prompts', index, ...parts],
                        slot,
                        value,
                      })
                    }
                  />
                ) : (
                  isQuestion(item) && (
                    <QuestionEditor
                      framework={framework}
                      list={list as TQuestionList}
                      question={item}
                      dispatch={dispatch}
                    />
                  )
                ))}
            </li>
          );
        })}
      </ol>
      {list === 'prompts' ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => dispatch({ type: 'add-prompt' })}
        >
          Vertelvraag toevoegen
        </button>
      ) : (
        <div className="add-question">
          <label htmlFor={`${id}-kind`} className="field-label">
            Soort vraag
          </label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as TQuestionKind)}
          >
            {QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {QUESTION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => dispatch({ type: 'add-question', list: list as TQuestionList, kind })}
          >
            Vraag toevoegen<span className="visually-hidden"> aan {LIST_TITLES[list]}</span>
          </button>
        </div>
      )}
    </section>
  );
}

/** Export the draft as a JSON file, or read one in (validated, errors by place). */
function ImportExport({
  state,
  dispatch,
}: {
  state: TDesignerState;
  dispatch: Dispatch<TDesignerAction>;
}) {
  const id = useId();
  const exportFile = () => {
    const blob = new Blob([exportFrameworkJson(state.framework)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${state.framework.id}-v${state.framework.version}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      <button type="button" className="button button-secondary" onClick={exportFile}>
        JSON exporteren
      </button>
      <label htmlFor={`${id}-import`} className="button button-secondary file-button">
        JSON importeren
      </label>
      <input
        id={`${id}-import`}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (!file) return;
          dispatch({ type: 'import', result: importFrameworkJson(await file.text()) });
        }}
      />
    </>
  );
}
