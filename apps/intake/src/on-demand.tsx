import { type ComponentType, createElement, lazy } from 'react';

/**
 * A screen in a chunk of its own, fetched the first time it is shown (behind a Suspense
 * boundary) or earlier by `preload`; once here it renders at once, without a fallback.
 */
export function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => Promise<void> } {
  let loaded: ComponentType<P> | undefined;
  const fetchOnce = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => fetchOnce().then((component) => ({ default: component })));
  const Screen = (props: P) => createElement(loaded ?? Lazy, props);
  Screen.preload = () => fetchOnce().then(() => undefined);
  return Screen;
}
