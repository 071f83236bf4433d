/*
 * The meeting's slides, from a wave's results: an opening, the core items' trend, then one
 * item per slide. The slide number in the URL (`?dia=3`) is 1-based, as people count.
 */

export type TSlide =
  | { kind: 'opening'; id: 'opening'; title: string }
  | { kind: 'trend'; id: 'trend'; title: string }
  | { kind: 'item'; id: string; title: string; questionId: string };

export function meetingSlides(results: {
  title: string;
  withheld: string | null;
  items: readonly { questionId: string; label: string }[];
  trend: readonly unknown[];
}): TSlide[] {
  const slides: TSlide[] = [{ kind: 'opening', id: 'opening', title: results.title }];
  if (results.trend.length > 0) {
    slides.push({ kind: 'trend', id: 'trend', title: 'Door de rondes heen' });
  }
  if (!results.withheld) {
    for (const item of results.items) {
      slides.push({
        kind: 'item',
        id: item.questionId,
        title: item.label,
        questionId: item.questionId,
      });
    }
  }
  return slides;
}

/** The slide index (0-based) that `?dia=` names, kept within the slides. */
export function slideFromSearch(search: string, count: number): number {
  const value = Number(new URLSearchParams(search).get('dia'));
  if (!Number.isInteger(value) || value < 1) return 0;
  return Math.min(value, count) - 1;
}

export type TSlideKey = 'next' | 'previous' | 'first' | 'last' | 'leave' | null;

/** What a key does in the presentation (not while typing in a box). */
export function slideKey(key: string): TSlideKey {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}

export function moveSlide(index: number, count: number, key: Exclude<TSlideKey, 'leave' | null>) {
  if (key === 'next') return Math.min(index + 1, count - 1);
  if (key === 'previous') return Math.max(index - 1, 0);
  if (key === 'first') return 0;
  return count - 1;
}
