import { useLayoutEffect, useRef } from 'react';

/**
 * The intake's one focus rule: focus moves when the person moves (a new screen: its
 * heading) or asks to go on and something is wrong (the error summary), never while they
 * type or choose. The flow state counts these requests; only a new count moves focus, so
 * a re-render while errors show leaves focus, caret and scroll position where they are.
 */
export function useFocusRequest(request: { to: 'heading' | 'summary'; n: number }) {
  const handled = useRef(request.n);
  // In the commit that shows the summary or screen (a layout effect): a passive effect ran
  // up to a frame later, so a screen reader (or a test) met the new alert before focus did.
  useLayoutEffect(() => {
    // The page opens at its top as any page does; only later requests take focus.
    if (request.n === handled.current) return;
    handled.current = request.n;
    if (request.to === 'summary') {
      const summary = document.querySelector<HTMLElement>('main [role="alert"]');
      if (summary) {
        summary.focus();
        return;
      }
    }
    focusHeading();
  }, [request]);
}

/** Moves focus to the screen's main heading, so a screen reader and Tab begin at the top. */
export function focusHeading() {
  const heading = document.querySelector<HTMLElement>('main h1');
  window.scrollTo?.(0, 0);
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}
