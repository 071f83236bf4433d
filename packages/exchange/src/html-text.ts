const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
};

/**
 * Plain text of a label written as HTML by SenseMaker or NarraFirma ("quality<br>demands",
 * "<h5>SAVE</h5>"): breaks become spaces, tags go, entities are decoded. The result is
 * stored and rendered as text, never as HTML.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/(p|div|li|h\d)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** A label for the framework: the plain text, or the fallback when nothing is left. */
export function labelText(html: string | undefined, fallback: string): { nl: string } {
  const text = htmlToText(html ?? '');
  return { nl: text || fallback };
}
