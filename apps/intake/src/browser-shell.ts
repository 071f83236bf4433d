import { type Dispatch, useEffect, useLayoutEffect, useRef } from 'react';
import type { TFlowAction, TFlowState } from './flow/flow';
import { snapshotOf } from './flow/session-store';
import { placeOfUrl, placeSlug, placeUrl } from './flow/url';

/*
 * What the flow asks of the browser: the address and its history, this tab's storage and
 * the question before leaving. The flow itself stays pure; these hooks only carry it out.
 */

export function readStored(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    // Storage may be off (private mode, a policy): the intake works without it.
    return null;
  }
}

function writeStored(key: string, value: string | undefined) {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Full or off: the answers stay in memory, as without storage.
  }
}

/**
 * The address follows the place: a new history entry per step moved to, so the browser's
 * Back and Forward walk the steps; the current entry replaced for a change of language.
 * Back and Forward themselves come back as a `visit`.
 */
export function useAddress(state: TFlowState, dispatch: Dispatch<TFlowAction>) {
  const { nav, place, locale } = state;
  // Only a new request (nav.n) moves the address; place and locale are read as they are then.
  // In the same commit as the screen it names (a layout effect): a passive effect runs up to
  // a frame later (Preact waits for the next paint), and a reload in that frame reopened
  // the step before.
  useLayoutEffect(() => {
    const url = placeUrl(window.location.href, place, locale);
    const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (nav.mode === 'push' && url !== here) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [nav.n]);

  useEffect(() => {
    const onPop = () =>
      dispatch({ type: 'visit', place: placeOfUrl(window.location.href) ?? { step: 'welcome' } });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch]);
}

/**
 * The answers in progress survive a reload; sent, saved or forgotten ones leave storage.
 * Written in the commit that shows them, so an answer on screen is an answer kept.
 */
export function useSessionStore(key: string, state: TFlowState) {
  useLayoutEffect(() => {
    writeStored(key, state.unsent ? JSON.stringify(snapshotOf(state)) : undefined);
  }, [key, state]);
}

/** With answers neither sent nor saved, closing, reloading or leaving the page asks first. */
export { useLeaveWarning } from '@duiding/ui';

/** Each step once per page load: Back, Forward and a second story do not count it again. */
export function useStepReports(state: TFlowState, report: ((step: string) => void) | undefined) {
  const reported = useRef(new Set<string>());
  const { place } = state;
  useEffect(() => {
    if (!report || !('step' in place)) return;
    const step = placeSlug(place);
    if (reported.current.has(step)) return;
    reported.current.add(step);
    report(step);
  }, [place, report]);
}
