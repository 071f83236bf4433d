import { useDocumentTitle } from '@duiding/ui';
import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The page's h1. It sets the tab title and takes focus when the page changes (not on the
 * first load), so a screen-reader user hears where a link took them, as on a new page.
 */
let firstPage = true;

export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(`${title} · Duiding portaal`);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
