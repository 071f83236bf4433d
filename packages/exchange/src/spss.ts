import { type TCell, writeCsv } from './csv';
import { codebook, dataRows, type TExportInput } from './export-files';

/*
 * CSV plus SPSS syntax (.sps). SPSS variable names: at most 64 bytes, starting with a
 * letter, then letters, digits, `_`, `.`; not ending in `.`; not a reserved word; unique
 * without regard to case. SenseMaker's column names (`<uuid>_<uuid>`) break these rules,
 * so each column gets a derived name, and its original name goes in the variable label.
 * String literals use apostrophes (doubled inside); no syntax line is longer than 80
 * characters (long labels are split and joined with `+`); variable labels are cut at 255
 * bytes and value labels at 120, SPSS's limits. Text cells have their line breaks replaced
 * by spaces, because GET DATA reads one case per line.
 */

const RESERVED = new Set([
  'ALL',
  'AND',
  'BY',
  'EQ',
  'GE',
  'GT',
  'LE',
  'LT',
  'NE',
  'NOT',
  'OR',
  'TO',
  'WITH',
]);
const MAX_LINE = 80;

export function spssName(column: string, taken: Set<string>): string {
  let name = column.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z]/.test(name)) name = `v${name}`;
  if (RESERVED.has(name.toUpperCase())) name = `${name}_`;
  name = name.slice(0, 60).replace(/[._]+$/, '') || 'v';
  let candidate = name;
  for (let n = 2; taken.has(candidate.toUpperCase()); n++) candidate = `${name.slice(0, 56)}_${n}`;
  taken.add(candidate.toUpperCase());
  return candidate;
}

/** Cuts a string to at most `bytes` UTF-8 bytes without splitting a character. */
function cutBytes(text: string, bytes: number): string {
  const encoder = new TextEncoder();
  let out = '';
  for (const ch of text) {
    if (encoder.encode(out + ch).length > bytes) break;
    out += ch;
  }
  return out;
}

/** `'text'` as one or more literals joined by `+`, each line at most 80 characters. */
export function spssString(text: string, indent: string, maxBytes: number): string[] {
  const clean = cutBytes(text.replace(/[\r\n\t]+/g, ' '), maxBytes);
  const room = MAX_LINE - indent.length - 4;
  const pieces: string[] = [];
  let piece = '';
  for (const ch of clean) {
    const add = ch === "'" ? "''" : ch;
    if (piece.length + add.length > room) {
      pieces.push(piece);
      piece = '';
    }
    piece += add;
  }
  pieces.push(piece);
  return pieces.map((p, i) => `${indent}'${p}'${i < pieces.length - 1 ? ' +' : ''}`);
}

/** Whole numbers (days as ms, counts) as F<w>.0; fractions with 8 decimals. */
function numberFormat(cells: TCell[]): string {
  const numbers = cells.filter((c) => c !== '' && c !== null && c !== undefined).map(Number);
  const width = Math.max(
    1,
    ...numbers.map((n) => String(Math.trunc(Math.abs(n))).length + (n < 0 ? 1 : 0)),
  );
  return numbers.every(Number.isInteger) ? `F${width}.0` : `F${Math.min(40, width + 9)}.8`;
}

export interface TSpssExport {
  csv: string;
  syntax: string;
}

export function spssExport(input: TExportInput, csvFileName: string): TSpssExport {
  const [header, ...rows] = dataRows(input) as [TCell[], ...TCell[][]];
  const book = new Map(codebook(input).map((r) => [r.column, r]));
  const taken = new Set<string>();
  const names = header.map((h) => spssName(String(h), taken));
  const isString = header.map(
    (h, i) =>
      rows.some((r) => typeof r[i] === 'string' && Number.isNaN(Number(r[i]))) ||
      (book.get(String(h))?.values ?? []).some((v) => typeof v.value === 'string'),
  );
  const bytes = (v: unknown) => new TextEncoder().encode(String(v ?? '')).length;
  const widths = header.map((h, i) =>
    Math.min(
      32767,
      Math.max(
        1,
        ...rows.map((r) => bytes(r[i])),
        ...(book.get(String(h))?.values ?? []).map((v) => bytes(v.value)),
      ),
    ),
  );
  const flat = rows.map((r) =>
    r.map((c) => (typeof c === 'string' ? c.replace(/\r\n|\r|\n/g, ' ') : c)),
  );
  const csv = writeCsv([names, ...flat], { bom: false });

  const lines: string[] = [
    '* Duiding: uitvoer voor SPSS. Open met File > Open > Syntax en voer alles uit.',
    '* De CSV is UTF-8 (ENCODING hieronder); SPSS in Unicode-modus toont alle tekens.',
    'GET DATA /TYPE=TXT',
    ...spssString(csvFileName, '  /FILE=', 4000).map((l, i) =>
      i === 0 ? l : `  ${l.trimStart()}`,
    ),
    "  /ENCODING='UTF8'",
    '  /DELCASE=LINE',
    "  /DELIMITERS=','",
    `  /QUALIFIER='"'`,
    '  /ARRANGEMENT=DELIMITED',
    '  /FIRSTCASE=2',
    '  /VARIABLES=',
    ...names.map(
      (n, i) => `    ${n} ${isString[i] ? `A${widths[i]}` : numberFormat(rows.map((r) => r[i]))}`,
    ),
    '.',
    'VARIABLE LABELS',
  ];
  names.forEach((n, i) => {
    const row = book.get(String(header[i]));
    const label = row
      ? [row.questionText, row.meaning].filter(Boolean).join(': ') || String(header[i])
      : String(header[i]);
    lines.push(`  ${n}`, ...spssString(label, '    ', 255));
    if (i < names.length - 1) lines[lines.length - 1] += ' /';
  });
  lines.push('.');
  const withValues = names
    .map((n, i) => ({ n, i, values: book.get(String(header[i]))?.values ?? [] }))
    .filter((v) => v.values.length > 0);
  if (withValues.length > 0) {
    lines.push('VALUE LABELS');
    withValues.forEach(({ n, i, values }, k) => {
      lines.push(`  ${n}`);
      for (const { value, label } of values) {
        const literal =
          isString[i] || typeof value === 'string'
            ? spssString(String(value), '', 120).join(' ')
            : String(value);
        const head = `    ${literal}`;
        lines.push(head, ...spssString(label, '      ', 120));
      }
      if (k < withValues.length - 1) lines[lines.length - 1] += ' /';
    });
    lines.push('.');
  }
  lines.push('EXECUTE.', '');
  return { csv, syntax: lines.join('\r\n') };
}
