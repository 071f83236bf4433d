import { useLayoutEffect } from 'react';

/**
 * Sets the tab title (and, when given, the page's language) in the same commit as the screen
 * it names. A passive effect runs up to a frame later: a screen reader, a test or a person who
 * reloads in that frame meets the new heading under the old title or language.
 */
export function useDocumentTitle(title: string, lang?: string) {
  useLayoutEffect(() => {
    document.title = title;
    if (lang) document.documentElement.lang = lang;
  }, [title, lang]);
}
