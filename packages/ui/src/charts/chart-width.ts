import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';

/*
 * A chart's SVG fills the width of its box and scales its viewBox to it. Drawn at a fixed
 * 600 units, a 12-unit label on a 320 px phone (a box of about 260 px) was 5 px tall. So
 * a chart lays itself out at the width it is shown at (its text in real pixels) whenever
 * that is narrower than its natural width; wider, it keeps its natural layout and scales up
 * as before. Without script (the published report, its PDF) it keeps the natural width: on
 * screen at least that size in a box that scrolls sideways (ChartFrame), in print scaled to
 * the page's column.
 */

// The server renders reports to static HTML, where layout effects do nothing (and warn).
const useLayoutEffectInBrowser = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The width, in SVG units, to lay a chart out at: its width on screen in CSS px, between
 * `min` and `natural`. Measured before paint and again whenever the box changes size.
 */
export function useChartWidth(
  ref: RefObject<Element | null>,
  natural: number,
  min: number,
): number {
  const [shown, setShown] = useState<number | null>(null);
  useLayoutEffectInBrowser(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const width = Math.floor(element.getBoundingClientRect().width);
      // Not laid out (hidden, a test DOM): keep the natural layout.
      if (width > 0) setShown(width);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return shown === null ? natural : Math.max(min, Math.min(natural, shown));
}

/** Characters of about `fontSize` that fit in `width` units (a conservative average). */
export function charactersIn(width: number, fontSize: number): number {
  return Math.max(6, Math.floor(width / (fontSize * 0.6)));
}

/**
 * Whether a figure of `width` units fits its box at full size. Until measured (and without
 * script) it may not: the box is then a scrolling region one reaches by Tab.
 */
export function useFitsBox(ref: RefObject<Element | null>, width: number): boolean {
  const [fits, setFits] = useState(false);
  useLayoutEffectInBrowser(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const box = element.clientWidth;
      if (box > 0) setFits(box >= width);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, width]);
  return fits;
}
