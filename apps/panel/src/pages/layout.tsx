import { readServerError, useDocumentTitle } from '@duiding/ui';
import { type ReactNode, useEffect, useRef } from 'react';

/** The frame of every panel page; the heading takes focus when the page changes. */
export function PanelPage({
  title,
  children,
  wide = false,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(`${title} – Duiding panel`);
  useEffect(() => {
    heading.current?.focus();
  }, [title]);
  return (
    <>
      <header className="site-header">
        <span className="site-name">Professionalpanel</span>
      </header>
      <main className={wide ? 'page page-wide' : 'page'}>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </>
  );
}

/** A page that says why the questionnaire is not shown, and what to do. */
export function ProblemPage({
  title,
  message,
  homeHref,
}: {
  title: string;
  message: string;
  homeHref?: string;
}) {
  return (
    <PanelPage title={title}>
      <div className="alert" role="alert">
        <p>{message}</p>
      </div>
      {homeHref && (
        <p>
          <a href={homeHref}>Naar je persoonlijke pagina</a>
        </p>
      )}
    </PanelPage>
  );
}

/** The heading of a page that could not load: only a link that opens nothing "does not work". */
export function problemTitle(appCode: string | undefined): string {
  if (appCode === 'UNAUTHORIZED' || appCode === 'BAD_INPUT') return 'Deze link werkt niet';
  if (appCode === 'RATE_LIMITED') return 'Even wachten';
  return 'Er ging iets mis';
}

export function failedState(error: unknown): { kind: 'failed'; title: string; message: string } {
  const { appCode, message } = readServerError(error);
  return { kind: 'failed', title: problemTitle(appCode), message };
}

export function Loading({ what }: { what: string }) {
  return (
    <PanelPage title="Even geduld">
      <p role="status">{what} laden…</p>
    </PanelPage>
  );
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('nl-NL', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  });
}
