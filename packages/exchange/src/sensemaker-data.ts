import { clampTriad } from '@duiding/signification';
import { DONT_KNOW, NOT_APPLICABLE, validateAnswer } from '@duiding/survey';
import { parseCsvRows, restoreCell } from './csv';
import {
  ExchangeFormatError,
  type TExchangeStory,
  type TImportPlan,
  type TRowProblem,
} from './model';
import type { TSensemakerFramework, TSignifierSource } from './sensemaker-definition';
import type { TAnswers, TQuestion } from './survey-types';

/*
 * The rows of a SenseMaker data export, read against its framework. Two layouts exist:
 * the processed one of the analysts' R tools (`FragmentID`; triad `<id>X`, `<id>Y` and
 * anchor shares 0–100; dyad `<id>X`; stones `<canvas>_<stone>XRight` / `YTop`) and the
 * platform's raw API layout (`id`; `<id>_percentX`, `_percentY`; anchor shares 0–1).
 * Columns are found from the definition, never guessed from their names.
 */

export type TSensemakerLayout = 'processed' | 'raw';

/** A triad's anchor shares must add up to the whole within this (they are rounded floats). */
const TRIAD_SUM_SLACK = 0.02;
const UUID_START = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;

export interface TSensemakerDataOptions {
  /** The day for stories without an upload time, 'YYYY-MM-DD'. */
  today: string;
}

export function readSensemakerData(
  source: TSensemakerFramework,
  csvText: string,
  options: TSensemakerDataOptions,
): TImportPlan {
  const rows = parseCsvRows(csvText);
  const header = rows[0];
  if (!header || header.length < 2) throw new ExchangeFormatError('Het gegevensbestand is leeg.');
  const idColumn = header.includes('FragmentID')
    ? 'FragmentID'
    : header.includes('id')
      ? 'id'
      : undefined;
  if (!idColumn) {
    throw new ExchangeFormatError(
      'Het gegevensbestand heeft geen kolom "FragmentID" (of "id"): is dit een SenseMaker-export?',
    );
  }
  const layout: TSensemakerLayout = header.some((h) => h.endsWith('_percentX'))
    ? 'raw'
    : 'processed';
  const { framework } = source;
  const questions = [...framework.signifiers, ...framework.participantQuestions];
  const participantIds = new Set(source.participantQuestionIds);

  const known = new Set<string>([idColumn]);
  const columnsOf = (q: TQuestion, s: TSignifierSource) => expectedColumns(q, s, layout);
  for (const q of questions) {
    const s = source.sources[q.id];
    if (s) for (const c of columnsOf(q, s)) known.add(c);
  }
  if (source.textSourceId) known.add(source.textSourceId);
  if (source.promptSourceId) known.add(source.promptSourceId);
  // Signifier columns (named by a UUID) that the definition does not know: the wrong version.
  const unknown = header.filter(
    (h) => UUID_START.test(h) && !known.has(h) && !isDerivedColumn(h, known),
  );
  if (unknown.length > 0) {
    throw new ExchangeFormatError(
      `${unknown.length} kolom(men) staan niet in het kader, bijvoorbeeld "${unknown[0]}". ` +
        'Kies de versie van het kader waarmee deze gegevens verzameld zijn.',
    );
  }

  const index = new Map(header.map((h, i) => [h, i]));
  const stories: TExchangeStory[] = [];
  const problems: TRowProblem[] = [];
  const warnings: TRowProblem[] = [];
  const restore = source.writtenByDuiding ? restoreCell : (v: string) => v;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const rowNumber = r + 1;
    if (row.every((cell) => cell.trim() === '')) continue;
    const cell = (column: string): string => {
      const i = index.get(column);
      return i === undefined ? '' : restore((row[i] ?? '').trim());
    };
    const fail = (reason: string) => problems.push({ row: rowNumber, reason });
    const sourceId = cell(idColumn);
    if (!sourceId) {
      fail(`geen ${idColumn}`);
      continue;
    }
    const answers: TAnswers = {};
    const participantAnswers: TAnswers = {};
    let ok = true;
    for (const q of questions) {
      const s = source.sources[q.id];
      if (!s) continue;
      const read = readAnswer(q, s, layout, cell);
      if (read.kind === 'empty') continue;
      if (read.kind === 'skipped') {
        warnings.push({ row: rowNumber, reason: `${q.id}: ${read.reason}` });
        continue;
      }
      if (read.kind === 'problem') {
        fail(`${q.id}: ${read.reason}`);
        ok = false;
        continue;
      }
      const checked = validateAnswer(q, read.value);
      if (!checked.ok) {
        fail(`${q.id}: ${checked.errors[0]?.message ?? 'ongeldig antwoord'}`);
        ok = false;
        continue;
      }
      (participantIds.has(q.id) ? participantAnswers : answers)[q.id] = checked.value;
    }
    if (!ok) continue;
    let promptId = framework.prompts[0]!.id;
    if (source.promptSourceId) {
      const chosen = cell(source.promptSourceId);
      if (chosen && !framework.prompts.some((p) => p.id === chosen)) {
        fail(`onbekende vertelvraag "${chosen}"`);
        continue;
      }
      if (chosen) promptId = chosen;
    }
    const language =
      cell('language') === 'en' ? 'en' : cell('language') === 'nl' ? 'nl' : undefined;
    const uploaded = Number(cell('server_upload_time'));
    stories.push({
      sourceId,
      participantKey: cell('duiding_participant') || sourceId,
      promptId,
      title: cell('StoryTitle'),
      text: source.textSourceId ? cell(source.textSourceId) : '',
      language: language ?? 'nl',
      createdOn:
        Number.isFinite(uploaded) && uploaded > 0
          ? amsterdamDay(new Date(uploaded))
          : options.today,
      answers,
      participantAnswers,
    });
  }
  return {
    source: 'sensemaker',
    framework,
    title: framework.title.nl,
    stories,
    problems,
    warnings,
  };
}

/** R-derived columns such as `<triad>_Zone` and `<dyad>XR`: optional, not data. */
function isDerivedColumn(column: string, known: Set<string>): boolean {
  const m = /^(.*?)(_Zone|XR)$/.exec(column);
  return !!m && [...known].some((k) => k.startsWith(m[1]!));
}

/** The day in Amsterdam, as the intake keeps it. */
export function amsterdamDay(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(moment);
}

export function expectedColumns(
  q: TQuestion,
  s: TSignifierSource,
  layout: TSensemakerLayout,
): string[] {
  const id = s.sourceId;
  const part = (p: string) => s.parts[p] ?? p;
  switch (q.kind) {
    case 'triad':
      return [
        ...(layout === 'raw' ? [`${id}_percentX`, `${id}_percentY`] : [`${id}X`, `${id}Y`]),
        ...q.corners.map((c) => `${id}_${part(c.id)}`),
        `${id}_NA`,
      ];
    case 'dyad':
      return [
        layout === 'raw' ? `${id}_percentX` : `${id}X`,
        `${id}_${part('left')}`,
        `${id}_${part('right')}`,
        `${id}_NA`,
      ];
    case 'stones':
      return q.stones.flatMap((st) =>
        layout === 'raw'
          ? [`${id}_${part(st.id)}_percentX`, `${id}_${part(st.id)}_percentY`]
          : [`${id}_${part(st.id)}XRight`, `${id}_${part(st.id)}YTop`],
      );
    case 'choice':
      return [
        ...(q.multiple ? q.options.map((o) => `${id}_${part(o.id)}`) : [id]),
        `${id}_NA`,
        `${id}_OtherText`,
      ];
    default:
      return [id, `${id}_NA`];
  }
}

type TRead =
  | { kind: 'empty' }
  | { kind: 'value'; value: unknown }
  | { kind: 'problem'; reason: string }
  | { kind: 'skipped'; reason: string };

const YES = new Set(['1', 'true', 'TRUE', 'True']);

function readAnswer(
  q: TQuestion,
  s: TSignifierSource,
  layout: TSensemakerLayout,
  cell: (column: string) => string,
): TRead {
  const id = s.sourceId;
  const part = (p: string) => s.parts[p] ?? p;
  const number = (column: string): number | undefined | 'bad' => {
    const v = cell(column);
    if (v === '' || v === 'NA') return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : 'bad';
  };
  const notApplicable = YES.has(cell(`${id}_NA`));
  switch (q.kind) {
    case 'triad': {
      const shares = q.corners.map((c) => number(`${id}_${part(c.id)}`));
      if (shares.includes('bad'))
        return { kind: 'problem', reason: 'een hoekwaarde is geen getal' };
      if (shares.every((v) => v === undefined)) {
        return notApplicable ? { kind: 'value', value: NOT_APPLICABLE } : { kind: 'empty' };
      }
      if (shares.some((v) => v === undefined))
        return { kind: 'problem', reason: 'niet alle drie hoekwaarden zijn ingevuld' };
      const whole = layout === 'raw' ? 1 : 100;
      const [a, b, c] = (shares as number[]).map((v) => v / whole) as [number, number, number];
      // The platform's raw shares carry float noise (-0.0009 beside 0.5133 and 0.4876).
      if (Math.abs(a + b + c - 1) > TRIAD_SUM_SLACK || Math.min(a, b, c) < -TRIAD_SUM_SLACK) {
        return {
          kind: 'problem',
          reason: `de hoekwaarden tellen op tot ${((a + b + c) * whole).toFixed(2)}, niet ${whole}`,
        };
      }
      return { kind: 'value', value: clampTriad({ a, b, c }) };
    }
    case 'dyad': {
      const x = number(layout === 'raw' ? `${id}_percentX` : `${id}X`);
      if (x === 'bad') return { kind: 'problem', reason: 'de schuifwaarde is geen getal' };
      if (x === undefined)
        return notApplicable ? { kind: 'value', value: NOT_APPLICABLE } : { kind: 'empty' };
      return { kind: 'value', value: x };
    }
    case 'stones': {
      const value: Record<string, { x: number; y: number }> = {};
      for (const st of q.stones) {
        const stem = `${id}_${part(st.id)}`;
        const x = number(layout === 'raw' ? `${stem}_percentX` : `${stem}XRight`);
        const y = number(layout === 'raw' ? `${stem}_percentY` : `${stem}YTop`);
        if (x === 'bad' || y === 'bad')
          return { kind: 'problem', reason: `steen ${st.id} heeft geen getal` };
        if (x === undefined && y === undefined) continue;
        if (x === undefined || y === undefined)
          return { kind: 'problem', reason: `steen ${st.id} heeft maar één coördinaat` };
        value[st.id] = { x, y };
      }
      return Object.keys(value).length === 0 ? { kind: 'empty' } : { kind: 'value', value };
    }
    case 'choice': {
      const other = cell(`${id}_OtherText`);
      let selected: string[];
      if (q.multiple) {
        selected = q.options.filter((o) => YES.has(cell(`${id}_${part(o.id)}`))).map((o) => o.id);
        if (selected.length === 0) return { kind: 'empty' };
      } else {
        const v = cell(id);
        if (v === '') return { kind: 'empty' };
        const option = q.options.find((o) => part(o.id) === v);
        // An item id the definition no longer has (data of an older version): SenseMaker's
        // own processed export leaves such a cell empty, and so does this import, saying so.
        if (!option)
          return {
            kind: 'skipped',
            reason: `keuze "${v}" staat niet in het kader; niet overgenomen`,
          };
        selected = [option.id];
      }
      const chosen = q.multiple ? selected : selected[0]!;
      return { kind: 'value', value: other ? { selected: chosen, other } : chosen };
    }
    case 'scale': {
      const v = cell(id);
      if (v === '') return { kind: 'empty' };
      if (v === DONT_KNOW) return { kind: 'value', value: DONT_KNOW };
      const n = Number(v);
      return Number.isFinite(n)
        ? { kind: 'value', value: n }
        : { kind: 'problem', reason: `"${v}" is geen punt` };
    }
    case 'number': {
      const n = number(id);
      if (n === 'bad') return { kind: 'problem', reason: 'geen getal' };
      return n === undefined ? { kind: 'empty' } : { kind: 'value', value: n };
    }
    case 'text': {
      const v = cell(id);
      return v === '' ? { kind: 'empty' } : { kind: 'value', value: v };
    }
  }
}
