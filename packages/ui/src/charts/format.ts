const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A share as Dutch percentage ("12 %" written "12%" by Intl), or a dash. */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined || !Number.isFinite(share)
    ? '–'
    : percent.format(share);
}

export function formatDecimal(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '–'
    : decimal.format(value);
}

export function formatTriad(value: { a: number; b: number; c: number } | null): string {
  if (!value) return '–';
  return [value.a, value.b, value.c].map((v) => percent.format(v)).join(' / ');
}

/** Wraps a label into lines of about `size` characters, at most `lines` lines. */
export function wrapLabel(label: string, size: number, lines = 2): string[] {
  const words = label.split(/\s+/);
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    if ((current ? `${current} ${word}` : word).length > size && current) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = `${kept[lines - 1]}…`;
    return kept;
  }
  return out;
}
