/*
 * Offsets of a text selection inside an element that shows one string (perhaps split over
 * marks and buttons): the same JavaScript string offsets the server stores for passages.
 * Generated content (CSS ::after labels) is not part of a Range's text, so it does not count.
 */

/** The selection's [start, end) inside `container`, or null when it is empty or elsewhere. */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = container.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
    return null;
  }
  const before = container.ownerDocument.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

/**
 * The first place where `query` occurs in `text`, ignoring case and runs of white space:
 * the keyboard's way to pick a passage (type a few words of it).
 */
export function findPassage(text: string, query: string): { start: number; end: number } | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(
    words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'),
    'iu',
  );
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
