import { validateAnswer, ZFramework } from '@duiding/survey';
import { parseCsvRows } from './csv';
import { htmlToText, labelText } from './html-text';
import { toDuidingId, uniqueIds } from './ids';
import {
  ExchangeFormatError,
  type TExchangeStory,
  type TImportPlan,
  type TRowProblem,
} from './model';
import { amsterdamDay } from './sensemaker-data';
import type { TAnswers, TQuestion } from './survey-types';

/*
 * A NarraFirma story form and story export, read as NarraFirma's own importer reads them
 * (webapp/source/csvImportExport.ts): rows starting with ";" or with the first two cells
 * empty are skipped; the form names each question's data column, type and answers
 * (`data value|shown text`), and "import" rows set the directives: column names of story
 * title, text, participant id, date and language, the scale range, the yes indicator and
 * question–answer separator and ending of yes/no columns, the delimiter of single-column
 * lists, columns to ignore or to append to the story text, a minimum word count and texts
 * to remove from headers. The 2015 form (Order, Long name, …) is read too.
 *
 * A NarraFirma slider ("Scale", 0–100 unless a range is given) becomes a dyad between its
 * two end labels: (value − min) / (max − min).
 */

interface TDirectives {
  titleColumn: string;
  textColumn: string;
  participantColumn: string;
  dateColumn: string;
  languageColumn: string;
  elicitingColumn: string;
  scaleMin: number;
  scaleMax: number;
  yesIndicator: string;
  qaSeparator: string | undefined;
  qaEnding: string;
  delimiter: string;
  ignore: string[];
  appendToText: string[];
  minWords: number;
  removeFromHeaders: string[];
}

type TNfType =
  | 'Single choice'
  | 'Single choice indexed'
  | 'Radiobuttons'
  | 'Multi-choice multi-column texts'
  | 'Multi-choice multi-column yes/no'
  | 'Multi-choice single-column delimited'
  | 'Multi-choice single-column delimited indexed'
  | 'Boolean'
  | 'Checkbox'
  | 'Text'
  | 'Textarea'
  | 'Scale';

interface TNfQuestion {
  question: TQuestion;
  column: string;
  type: TNfType;
  about: 'story' | 'participant';
  /** Data value in the file → option id. */
  byValue: Map<string, string>;
  /** Option ids in order, for the indexed types. */
  optionIds: string[];
  scale?: { min: number; max: number };
  /** Set when write-ins are allowed; "no" means they are mixed into the answer column. */
  writeIn?: { separateColumn: boolean };
}

interface TForm {
  title: string;
  intro?: string;
  prompts: { id: string; label: { nl: string }; value: string; shortName: string }[];
  questions: TNfQuestion[];
  directives: TDirectives;
}

const OTHER = 'anders';

function meaningful(rows: string[][]): string[][] {
  return rows.filter(
    (row) =>
      row.length >= 2 &&
      !(row[0]!.trim() === '' && row[1]!.trim() === '') &&
      !row[0]!.trim().startsWith(';'),
  );
}

export function readNarrafirmaForm(csvText: string): TForm {
  const rows = meaningful(parseCsvRows(csvText));
  const header = rows[0]?.map((h) => h.trim());
  if (!header) throw new ExchangeFormatError('Het verhaalformulier is leeg.');
  const legacy = header[0] === 'Order';
  const col = (name: string) => header.indexOf(name);
  const answersAt = col('Answers');
  if (answersAt < 0 || col('Type') < 0 || col('About') < 0 || col('Short name') < 0) {
    throw new ExchangeFormatError(
      'Dit is geen NarraFirma-verhaalformulier: de kopregel mist "Type", "About", "Short name" of "Answers".',
    );
  }
  const directives: TDirectives = {
    titleColumn: 'Story title',
    textColumn: 'Story text',
    participantColumn: 'Participant ID',
    dateColumn: '',
    languageColumn: '',
    elicitingColumn: 'Eliciting question',
    scaleMin: 0,
    scaleMax: 100,
    yesIndicator: 'Yes',
    qaSeparator: undefined,
    qaEnding: '',
    delimiter: ',',
    ignore: [],
    appendToText: [],
    minWords: 0,
    removeFromHeaders: [],
  };
  const form: TForm = { title: 'NarraFirma', prompts: [], questions: [], directives };
  const questionId = uniqueIds('q');
  const promptId = uniqueIds('vraag');
  const cell = (row: string[], name: string) => (row[col(name)] ?? '').trim();
  // Answers keep their spaces: a separator may be ": ".
  const answersOf = (row: string[]) => row.slice(answersAt).filter((a) => a.trim() !== '');

  for (const row of rows.slice(1)) {
    const about = cell(row, 'About');
    let type = cell(row, 'Type');
    const answers = answersOf(row);
    const first = answers[0] ?? '';
    const shortName = cell(row, 'Short name');
    const longName = cell(row, 'Long name');
    const dataColumn = (legacy ? shortName : cell(row, 'Data column name')) || shortName;
    if (about === 'eliciting' || type === 'Eliciting question') {
      directives.elicitingColumn = legacy
        ? 'Eliciting question'
        : dataColumn || 'Eliciting question';
      for (const definition of answers) {
        const parts = definition.split('|').map((p) => p.trim());
        const [value, short, long] =
          parts.length >= 3
            ? parts
            : parts.length === 2
              ? [parts[0]!, parts[0]!, parts[1]!]
              : [parts[0]!, parts[0]!, parts[0]!];
        form.prompts.push({
          id: promptId(value!),
          label: labelText(long, value!),
          value: value!,
          shortName: short!,
        });
      }
      continue;
    }
    if (about === 'form') {
      if (type === 'Title' && first) form.title = htmlToText(first) || form.title;
      if (type === 'Start text' && first) form.intro = htmlToText(first) || undefined;
      continue;
    }
    if (about === 'import') {
      const text = first;
      switch (type) {
        case 'Scale range': {
          const [min, max] = answers.map((a) => Number.parseInt(a, 10));
          if (!Number.isFinite(min) || !Number.isFinite(max) || min! >= max!)
            throw new ExchangeFormatError(
              `Het schaalbereik "${answers.join(', ')}" is geen bereik van twee getallen.`,
            );
          directives.scaleMin = min!;
          directives.scaleMax = max!;
          break;
        }
        case 'Multi choice single column delimiter':
          directives.delimiter = text.toLowerCase() === 'space' ? ' ' : text;
          break;
        case 'Yes no questions yes indicator':
          directives.yesIndicator = text.trim();
          break;
        case 'Yes no questions Q-A separator':
          directives.qaSeparator = text.toLowerCase() === 'space' ? ' ' : text;
          break;
        case 'Yes no questions Q-A ending':
          directives.qaEnding = text;
          break;
        case 'Story title column name':
          directives.titleColumn = text.trim() || directives.titleColumn;
          break;
        case 'Story text column name':
          directives.textColumn = text.trim() || directives.textColumn;
          break;
        case 'Participant ID column name':
          directives.participantColumn = text.trim() || directives.participantColumn;
          break;
        case 'Story collection date column name':
          directives.dateColumn = text.trim();
          break;
        case 'Language column name':
          directives.languageColumn = text.trim();
          break;
        case 'Data columns to ignore':
          directives.ignore = answers.map((a) => a.trim());
          break;
        case 'Data columns to append to story text':
          directives.appendToText = answers.map((a) => a.trim());
          break;
        case 'Minimum words to include story':
          directives.minWords = Number.parseInt(text, 10) || 0;
          break;
        case 'Texts to remove from column headers':
          directives.removeFromHeaders = answers.filter((a) => a !== '');
          break;
      }
      continue;
    }
    if (about !== 'story' && about !== 'participant') continue;
    if (type === 'Multiple choice') type = 'Multi-choice multi-column texts';
    const options = new Map(
      cell(row, 'Options')
        .split('|')
        .map((o): [string, string] => {
          const [k = '', v = ''] = o.split('=').map((p) => p.trim());
          return [k, v];
        })
        .filter(([k]) => k),
    );
    const id = questionId(shortName || dataColumn);
    const label = labelText(longName || shortName, shortName || id);
    const nf: TNfQuestion = {
      question: undefined as unknown as TQuestion,
      column: dataColumn,
      type: type as TNfType,
      about,
      byValue: new Map(),
      optionIds: [],
    };
    const base = { id, label, required: false };
    switch (type) {
      case 'Single choice':
      case 'Single choice indexed':
      case 'Radiobuttons':
      case 'Multi-choice multi-column texts':
      case 'Multi-choice multi-column yes/no':
      case 'Multi-choice single-column delimited':
      case 'Multi-choice single-column delimited indexed': {
        const optionId = uniqueIds('optie');
        const list = answers.map((a) => {
          const [value, shown] = a.includes('|') ? a.split('|') : [a, a];
          const oid = optionId(value!.trim());
          nf.byValue.set(value!.trim(), oid);
          nf.optionIds.push(oid);
          return { id: oid, label: labelText(shown!.trim(), value!.trim()) };
        });
        const writeInLabel = options.get('writeInTextBoxLabel');
        if (writeInLabel) {
          nf.writeIn = { separateColumn: options.get('writeInTextsAreInSeparateColumn') !== 'no' };
          list.push({ id: optionId(OTHER), label: { nl: writeInLabel }, other: true } as never);
        }
        // `maxNumAnswers` limited the form, not the data: NarraFirma's own example has a
        // story with three answers to a question of at most two, so no maximum is kept.
        nf.question = {
          ...base,
          kind: 'choice',
          multiple: type.startsWith('Multi'),
          options: list,
        } as TQuestion;
        break;
      }
      case 'Boolean':
        nf.byValue.set('yes', 'ja').set('true', 'ja').set('no', 'nee').set('false', 'nee');
        nf.question = {
          ...base,
          kind: 'choice',
          multiple: false,
          options: [
            { id: 'ja', label: { nl: 'Ja' } },
            { id: 'nee', label: { nl: 'Nee' } },
          ],
        } as TQuestion;
        break;
      case 'Scale': {
        const [left, right, min, max] = answers;
        const range =
          min !== undefined && max !== undefined
            ? { min: Number.parseInt(min, 10), max: Number.parseInt(max, 10) }
            : undefined;
        if (range && !(range.min < range.max))
          throw new ExchangeFormatError(`De schaal van "${shortName}" heeft geen geldig bereik.`);
        nf.scale = range;
        nf.question = {
          ...base,
          kind: 'dyad',
          allowNotApplicable: false,
          left: labelText(left, 'Links'),
          right: labelText(right, 'Rechts'),
        } as TQuestion;
        break;
      }
      case 'Checkbox':
      case 'Text':
      case 'Textarea':
        nf.question = {
          ...base,
          kind: 'text',
          multiline: type === 'Textarea',
          maxLength: 50_000,
        } as TQuestion;
        break;
      default:
        throw new ExchangeFormatError(
          `Vraagtype "${type}" van "${shortName}" kent NarraFirma niet.`,
        );
    }
    form.questions.push(nf);
  }
  if (form.prompts.length === 0)
    form.prompts.push({ id: 'verhaal', label: { nl: 'Verhaal' }, value: '', shortName: '' });
  return form;
}

export function readNarrafirma(
  formText: string,
  storiesText: string,
  options: { today: string },
): TImportPlan {
  const form = readNarrafirmaForm(formText);
  const d = form.directives;
  const hasLanguage = d.languageColumn !== '';
  const languageQuestion: TQuestion | undefined = hasLanguage
    ? ({
        id: toDuidingId('taal_narrafirma'),
        label: { nl: 'Taal (uit NarraFirma)' },
        required: false,
        kind: 'text',
        multiline: false,
        maxLength: 200,
      } as TQuestion)
    : undefined;
  const parsed = ZFramework.safeParse({
    id: toDuidingId(`nf_${form.title}`, 'nf'),
    version: 1,
    kind: 'stories',
    title: { nl: form.title },
    ...(form.intro ? { intro: { nl: form.intro } } : {}),
    languages: ['nl'],
    prompts: form.prompts.map(({ id, label }) => ({ id, label })),
    storyFields: {
      title: { label: { nl: 'Titel' } },
      text: { label: { nl: 'Verhaal' }, minLength: 1 },
    },
    signifiers: [
      ...form.questions.filter((q) => q.about === 'story').map((q) => q.question),
      ...(languageQuestion ? [languageQuestion] : []),
    ],
    participantQuestions: form.questions
      .filter((q) => q.about === 'participant')
      .map((q) => q.question),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExchangeFormatError(
      `Het verhaalformulier past niet in Duiding: ${issue?.message ?? 'onbekend'} (${issue?.path.join('.')})`,
    );
  }
  const framework = parsed.data;

  const all = parseCsvRows(storiesText);
  const rows = all
    .map((row, i) => ({ row, line: i + 1 }))
    .filter(
      ({ row }) =>
        row.length >= 2 &&
        !(row[0]!.trim() === '' && row[1]!.trim() === '') &&
        !row[0]!.trim().startsWith(';'),
    );
  const headerRow = rows[0]?.row;
  if (!headerRow) throw new ExchangeFormatError('Het verhalenbestand is leeg.');
  let header = headerRow.map((h) => h.trim());
  for (const remove of d.removeFromHeaders) header = header.map((h) => h.split(remove).join(''));
  if (!header.includes(d.textColumn)) {
    throw new ExchangeFormatError(
      `Het verhalenbestand heeft geen kolom "${d.textColumn}" voor de verhaaltekst.`,
    );
  }
  const byColumn = new Map(form.questions.map((q) => [q.column, q]));
  const stories: TExchangeStory[] = [];
  const problems: TRowProblem[] = [];
  const warnings: TRowProblem[] = [];

  for (const { row, line } of rows.slice(1)) {
    const fail = (reason: string) => problems.push({ row: line, reason });
    const raw = new Map<TNfQuestion, { selected: Set<string>; other?: string; single?: string }>();
    const entry = (q: TNfQuestion) => {
      let e = raw.get(q);
      if (!e) {
        e = { selected: new Set() };
        raw.set(q, e);
      }
      return e;
    };
    let title = '';
    let text = '';
    let participant = '';
    let prompt = form.prompts[0]!.id;
    let createdOn = options.today;
    let language: 'nl' | 'en' = 'nl';
    let languageValue = '';
    let rowOk = true;
    const problem = (reason: string) => {
      fail(reason);
      rowOk = false;
    };
    header.forEach((name, i) => {
      const value = (row[i] ?? '').trim();
      if (value === '' || name === '' || d.ignore.includes(name)) return;
      if (name === d.titleColumn) title = value;
      else if (name === d.textColumn) text = value;
      else if (d.appendToText.includes(name)) text = `${text} ---- ${value}`;
      else if (name === d.elicitingColumn) {
        const p = form.prompts.find((x) => x.value === value || x.shortName === value);
        if (p) prompt = p.id;
        else problem(`onbekende vertelvraag "${value}"`);
      } else if (name === d.participantColumn) participant = value;
      else if (name === d.dateColumn) {
        const date = new Date(value);
        if (Number.isNaN(date.getTime())) problem(`"${value}" is geen datum`);
        else createdOn = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : amsterdamDay(date);
      } else if (name === d.languageColumn) {
        languageValue = value;
        if (/^(en|english|engels)$/i.test(value)) language = 'en';
      } else if (name.startsWith('WRITEIN_')) {
        const q = byColumn.get(name.slice('WRITEIN_'.length));
        if (q?.writeIn) entry(q).other = value;
        else
          warnings.push({
            row: line,
            reason: `kolom "${name}" hoort bij geen vraag met eigen antwoord`,
          });
      } else {
        let field = name;
        let answer: string | undefined;
        if (d.qaSeparator && name.includes(d.qaSeparator)) {
          const at = name.indexOf(d.qaSeparator);
          field = name.slice(0, at).trim();
          answer = name.slice(at + d.qaSeparator.length).trim();
          if (d.qaEnding && answer.includes(d.qaEnding))
            answer = answer.slice(0, answer.indexOf(d.qaEnding));
        }
        const q = byColumn.get(field) ?? byColumn.get(name);
        if (!q) {
          warnings.push({
            row: line,
            reason: `kolom "${name}" staat niet in het verhaalformulier`,
          });
          return;
        }
        const e = entry(q);
        const option = (v: string) =>
          q.byValue.get(v) ?? (q.type === 'Boolean' ? q.byValue.get(v.toLowerCase()) : undefined);
        const byIndex = (v: string) => {
          // NarraFirma reads an index with parseInt: "1 4" counts as 1.
          const n = Number.parseInt(v, 10);
          if (String(n) !== v.trim())
            warnings.push({
              row: line,
              reason: `${q.question.id}: "${v}" gelezen als ${n}, zoals NarraFirma doet`,
            });
          return q.optionIds[n - 1];
        };
        switch (q.type) {
          case 'Single choice':
          case 'Radiobuttons':
          case 'Boolean':
          case 'Multi-choice multi-column texts': {
            const o = option(value);
            if (o) e.selected.add(o);
            else if (q.writeIn && !q.writeIn.separateColumn) e.other = value;
            else problem(`${q.question.id}: onbekend antwoord "${value}"`);
            break;
          }
          case 'Single choice indexed': {
            const o = byIndex(value);
            if (o) e.selected.add(o);
            else problem(`${q.question.id}: geen antwoord met nummer "${value}"`);
            break;
          }
          case 'Multi-choice multi-column yes/no': {
            if (value !== d.yesIndicator) break;
            const o = answer === undefined ? undefined : option(answer);
            if (o) e.selected.add(o);
            else problem(`${q.question.id}: kolom "${name}" noemt geen antwoord van de vraag`);
            break;
          }
          case 'Multi-choice single-column delimited':
          case 'Multi-choice single-column delimited indexed':
            for (const part of value.split(d.delimiter)) {
              const item = part.trim();
              if (!item) continue;
              const o = q.type.endsWith('indexed') ? byIndex(item) : option(item);
              if (o) e.selected.add(o);
              else problem(`${q.question.id}: onbekend antwoord "${item}"`);
            }
            break;
          case 'Scale': {
            const n = Number(value);
            const { min, max } = q.scale ?? { min: d.scaleMin, max: d.scaleMax };
            if (!Number.isFinite(n) || n < min || n > max)
              problem(`${q.question.id}: "${value}" ligt niet tussen ${min} en ${max}`);
            else e.single = String((n - min) / (max - min));
            break;
          }
          default:
            e.single = value;
        }
      }
    });
    if (!rowOk) continue;
    if (text === '') {
      fail('geen verhaaltekst');
      continue;
    }
    if (text.toLowerCase() === 'testing123' || title.toLowerCase() === 'testing123') {
      warnings.push({
        row: line,
        reason: 'testrij ("testing123") overgeslagen, zoals NarraFirma doet',
      });
      continue;
    }
    if (d.minWords > 0 && text.split(' ').length < d.minWords) {
      warnings.push({ row: line, reason: `minder dan ${d.minWords} woorden; overgeslagen` });
      continue;
    }
    const answers: TAnswers = {};
    const participantAnswers: TAnswers = {};
    for (const [q, e] of raw) {
      const qq = q.question;
      let value: unknown;
      if (qq.kind === 'dyad') value = Number(e.single);
      else if (qq.kind === 'text') value = e.single;
      else if (qq.kind === 'choice') {
        const otherId = qq.options.find((o) => o.other)?.id;
        const selected = [...e.selected];
        if (e.other !== undefined && otherId && !selected.includes(otherId)) selected.push(otherId);
        if (selected.length === 0) continue;
        const chosen = qq.multiple ? selected : selected[0]!;
        if (!qq.multiple && selected.length > 1) {
          problem(`${qq.id}: meer dan één antwoord bij een enkele keuze`);
          continue;
        }
        value = e.other !== undefined ? { selected: chosen, other: e.other } : chosen;
      }
      if (value === undefined) continue;
      const checked = validateAnswer(qq, value);
      if (!checked.ok) {
        problem(`${qq.id}: ${checked.errors[0]?.message ?? 'ongeldig antwoord'}`);
        continue;
      }
      (q.about === 'participant' ? participantAnswers : answers)[qq.id] = checked.value;
    }
    if (!rowOk) continue;
    if (languageQuestion && languageValue) answers[languageQuestion.id] = languageValue;
    stories.push({
      sourceId: String(line),
      participantKey: participant || `rij-${line}`,
      promptId: prompt,
      title: title || `Zonder titel ${String(stories.length + 1).padStart(4, '0')}`,
      text,
      language,
      createdOn,
      answers,
      participantAnswers,
    });
  }
  return { source: 'narrafirma', framework, title: form.title, stories, problems, warnings };
}
