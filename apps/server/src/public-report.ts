import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readPublicReport, type TPublishedReport } from '@duiding/api';
import type { TDbExecutor } from '@duiding/db';
import { ReportDocument } from '@duiding/ui/report';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { TReportPdfRenderer } from './report-pdf';

/*
 * Published reports at `/r/<token>`, for anyone, without an account: the frozen snapshot
 * (suppressed numbers, moderated quotes, no participant data) rendered to static HTML by
 * the same component the portal previews with. No script at all, and a CSP that allows
 * none: the page's only other resource is its own stylesheet.
 */

const resolve = createRequire(import.meta.url).resolve;
/** The explorer's chart styles, then the report's (which lay the charts out for print). */
const REPORT_CSS = ['@duiding/ui/charts.css', '@duiding/ui/report.css']
  .map((sheet) => readFileSync(resolve(sheet), 'utf8'))
  .join('\n');

const PAGE_CSS = `
body { margin: 0; background: #fff; }
.report-page { margin: 0 auto; max-width: 52rem; padding: 1.5rem 1rem 3rem; }
.report-actions { border-bottom: 1px solid #c8c8c8; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin-bottom: 1.5rem; padding-bottom: 0.75rem; }
.report-actions a { color: #00597a; font-weight: 600; }
.report-actions a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
.report-actions p { margin: 0; }
@media print { .report-actions { display: none; } .report-page { padding: 0; } }
`;

/** No scripts, no frames, no forms; only the page's own stylesheet. */
const CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function page(report: TPublishedReport, body: string, head: string): string {
  const title = renderToStaticMarkup(
    createElement('title', null, `${report.title} · ${report.project}`),
  );
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${title}${head}</head><body>${body}</body></html>`;
}

function documentMarkup(report: TPublishedReport): string {
  return renderToStaticMarkup(createElement(ReportDocument, { report, withoutScript: true }));
}

/** The public page: the report, a link to its PDF, print styles. */
export function publicReportHtml(report: TPublishedReport, token: string, pdf: boolean): string {
  const actions = renderToStaticMarkup(
    createElement(
      'nav',
      { className: 'report-actions', 'aria-label': 'Rapport' },
      pdf
        ? createElement(
            'a',
            { href: `/r/${token}/pdf`, download: `${report.title}.pdf` },
            'Download als PDF',
          )
        : createElement(
            'p',
            null,
            'PDF maken kan op deze server niet; kies Afdrukken in je browser en dan Opslaan als PDF.',
          ),
    ),
  );
  return page(
    report,
    `<div class="report-page">${actions}<main>${documentMarkup(report)}</main></div>`,
    '<link rel="stylesheet" href="/r/report.css">',
  );
}

/** What Chromium prints: the report alone, its styles inline (the page has no network). */
export function printableReportHtml(report: TPublishedReport): string {
  return page(report, `<main>${documentMarkup(report)}</main>`, `<style>${REPORT_CSS}</style>`);
}

function notFound(reply: FastifyReply) {
  return reply
    .status(404)
    .header('content-security-policy', CSP)
    .type('text/html; charset=utf-8')
    .send(
      '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Rapport niet gevonden</title></head><body><main><h1>Rapport niet gevonden</h1><p>Deze link hoort niet bij een gepubliceerd rapport. Controleer de link die je kreeg.</p></main></body></html>',
    );
}

export function registerPublicReports(
  app: FastifyInstance,
  { db, pdf }: { db: TDbExecutor; pdf: TReportPdfRenderer },
): void {
  app.get('/r/report.css', (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(`${REPORT_CSS}\n${PAGE_CSS}`),
  );

  app.get<{ Params: { token: string } }>('/r/:token', (request, reply) => {
    const report = readPublicReport(db, request.params.token);
    if (!report) return notFound(reply);
    return reply
      .header('content-security-policy', CSP)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(publicReportHtml(report, request.params.token, pdf.available));
  });

  app.get<{ Params: { token: string } }>('/r/:token/pdf', async (request, reply) => {
    const report = readPublicReport(db, request.params.token);
    if (!report) return notFound(reply);
    if (!pdf.available) {
      return reply
        .status(503)
        .header('content-security-policy', CSP)
        .type('text/html; charset=utf-8')
        .send(
          `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>PDF niet beschikbaar</title></head><body><main><h1>PDF niet beschikbaar</h1><p>Op deze server is geen Chromium geïnstalleerd. Open <a href="/r/${request.params.token}">het rapport</a> en kies Afdrukken in je browser, dan Opslaan als PDF.</p></main></body></html>`,
        );
    }
    const bytes = await pdf.render(request.params.token, printableReportHtml(report));
    const name = report.title.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'rapport';
    return reply
      .type('application/pdf')
      .header('cache-control', 'no-cache')
      .header(
        'content-disposition',
        `inline; filename*=UTF-8''${encodeURIComponent(`${name}.pdf`)}`,
      )
      .send(bytes);
  });
}
