import { validateAnswer, ZFramework } from '@duiding/survey';
import { parseCsvRows } from './csv';
import { toDuidingId, uniqueIds } from './ids';
import {
  ExchangeFormatError,
  type TExchangeStory,
  type TImportPlan,
  type TRowProblem,
} from './model';
import type { TAnswers, TQuestion } from './survey-types';

/*
 * Any CSV with a header row, mapped by the person importing it: which column is the
 * story's title, which its text, and which columns are questions (text, number or a
 * choice whose options are the distinct values of the column).
 */

export interface TCsvMapping {
  title?: string;
  text: string;
  /** A column of dates (YYYY-MM-DD or DD-MM-YYYY) for the story's day. */
  date?: string;
  questions: { column: string; kind: 'text' | 'number' | 'choice'; label: string }[];
}

export interface TCsvPreview {
  header: string[];
  rows: string[][];
  /** Data rows in the file (without the header). */
  total: number;
}

export function previewCsv(text: string, rows = 5): TCsvPreview {
  const all = parseCsvRows(text).filter((r) => r.some((c) => c.trim() !== ''));
  const [header, ...data] = all;
  if (!header) throw new ExchangeFormatError('Het bestand is leeg.');
  return { header, rows: data.slice(0, rows), total: data.length };
}

function dayOf(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : dutch
      ? [dutch[3], dutch[2]!.padStart(2, '0'), dutch[1]!.padStart(2, '0')]
      : [];
  if (!y) return undefined;
  const day = `${y}-${m}-${d}`;
  return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? undefined : day;
}

export function readGenericCsv(
  text: string,
  mapping: TCsvMapping,
  options: { title: string; today: string },
): TImportPlan {
  const all = parseCsvRows(text);
  const header = all[0]?.map((h) => h.trim());
  if (!header) throw new ExchangeFormatError('Het bestand is leeg.');
  const at = (column: string) => {
    const i = header.indexOf(column);
    if (i < 0) throw new ExchangeFormatError(`De kolom "${column}" staat niet in het bestand.`);
    return i;
  };
  const textAt = at(mapping.text);
  const titleAt = mapping.title ? at(mapping.title) : undefined;
  const dateAt = mapping.date ? at(mapping.date) : undefined;
  const data = all
    .slice(1)
    .map((row, i) => ({ row, line: i + 2 }))
    .filter(({ row }) => row.some((c) => c.trim() !== ''));
  const questionId = uniqueIds('q');
  const questions = mapping.questions.map((m) => {
    const index = at(m.column);
    const id = questionId(m.column);
    const label = { nl: m.label.trim() || m.column };
    if (m.kind === 'choice') {
      const optionId = uniqueIds('optie');
      const values = [...new Set(data.map(({ row }) => (row[index] ?? '').trim()).filter(Boolean))];
      const options = values.map((v) => ({ id: optionId(v), label: { nl: v }, value: v }));
      if (options.length < 2) {
        throw new ExchangeFormatError(
          `De kolom "${m.column}" heeft minder dan twee verschillende waarden; kies "tekst".`,
        );
      }
      const question: TQuestion = {
        id,
        label,
        required: false,
        kind: 'choice',
        multiple: false,
        options: options.map(({ id, label }) => ({ id, label })),
      };
      return { index, question, byValue: new Map(options.map((o) => [o.value, o.id])) };
    }
    const question: TQuestion =
      m.kind === 'number'
        ? { id, label, required: false, kind: 'number', integer: false }
        : { id, label, required: false, kind: 'text', multiline: true, maxLength: 50_000 };
    return { index, question, byValue: new Map<string, string>() };
  });
  const parsed = ZFramework.safeParse({
    id: toDuidingId(`csv_${options.title}`, 'csv'),
    version: 1,
    kind: 'stories',
    title: { nl: options.title },
    languages: ['nl'],
    prompts: [{ id: 'verhaal', label: { nl: options.title } }],
    storyFields: {
      title: { label: { nl: 'Titel' } },
      text: { label: { nl: 'Verhaal' }, minLength: 1 },
    },
    signifiers:
      questions.length > 0
        ? questions.map((q) => q.question)
        : [{ id: 'opmerking', label: { nl: 'Opmerking' }, required: false, kind: 'text' }],
  });
  if (!parsed.success)
    throw new ExchangeFormatError(`De koppeling past niet: ${parsed.error.issues[0]?.message}`);
  const stories: TExchangeStory[] = [];
  const problems: TRowProblem[] = [];
  for (const { row, line } of data) {
    const fail = (reason: string) => problems.push({ row: line, reason });
    const storyText = (row[textAt] ?? '').trim();
    if (!storyText) {
      fail(`geen verhaaltekst in "${mapping.text}"`);
      continue;
    }
    let createdOn = options.today;
    if (dateAt !== undefined && (row[dateAt] ?? '').trim()) {
      const day = dayOf((row[dateAt] ?? '').trim());
      if (!day) {
        fail(`"${row[dateAt]}" is geen datum`);
        continue;
      }
      createdOn = day;
    }
    const answers: TAnswers = {};
    let ok = true;
    for (const q of questions) {
      const v = (row[q.index] ?? '').trim();
      if (!v) continue;
      const raw =
        q.question.kind === 'number'
          ? Number(v.replace(',', '.'))
          : q.question.kind === 'choice'
            ? q.byValue.get(v)
            : v;
      const checked = validateAnswer(q.question, raw);
      if (!checked.ok) {
        fail(
          `${mapping.questions[questions.indexOf(q)]!.column}: "${v}" — ${checked.errors[0]?.message}`,
        );
        ok = false;
        continue;
      }
      answers[q.question.id] = checked.value;
    }
    if (!ok) continue;
    stories.push({
      sourceId: String(line),
      participantKey: String(line),
      promptId: 'verhaal',
      title: titleAt !== undefined ? (row[titleAt] ?? '').trim() : '',
      text: storyText,
      language: 'nl',
      createdOn,
      answers,
      participantAnswers: {},
    });
  }
  return {
    source: 'csv',
    framework: parsed.data,
    title: options.title,
    stories,
    problems,
    warnings: [],
  };
}
