import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * Reads a CSV file as other tools write it: with or without a byte-order mark, with LF,
 * CRLF or classic-Mac CR line endings (csv-parse detects the record delimiter), quoted
 * fields that span lines, and rows shorter or longer than the header.
 */
export function parseCsvRows(text: string): string[][] {
  return parse(text, {
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}

/** The cell starts a formula in Excel, LibreOffice or Sheets (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell safe to open in a spreadsheet: one starting like a formula gets a leading
 * apostrophe, so it shows as text and never runs (OWASP CSV injection guidance).
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `neutraliseCell` for a file Duiding wrote itself. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export type TCell = string | number | null | undefined;

/**
 * Writes rows as RFC 4180 CSV with CRLF line endings and a BOM, so that Excel opens the
 * UTF-8 correctly. Strings are neutralised against formula injection; numbers are written
 * as numbers.
 */
export function writeCsv(rows: readonly (readonly TCell[])[], options: { bom?: boolean } = {}) {
  const safe = rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : (cell ?? ''))),
  );
  const body = stringify(safe, { record_delimiter: '\r\n', quoted_match: /[\r\n",]/ });
  return (options.bom === false ? '' : '\uFEFF') + body;
}
