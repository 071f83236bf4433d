import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  createApiContext,
  createCaller,
  type TApiServices,
  type TCookieJar,
  type TWaveResults,
} from '@duiding/api';
import { WaveSummaryDocument } from '@duiding/ui/wave-summary';
import { TRPCError } from '@trpc/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { TReportPdfRenderer } from './report-pdf';

/*
 * A panel wave's summary as PDF, for the portal's "Download als PDF": the same procedure
 * the summary page reads (`portal.panel.results`, suppressed for an outside audience, with
 * its capability check), called for the signed-in person; the same component rendered to
 * static HTML; the same Chromium print as published reports (no script, no network).
 */

const requireCss = createRequire(import.meta.url);
const CSS = ['@duiding/ui/styles.css', '@duiding/ui/charts.css', '@duiding/ui/wave-summary.css']
  .map((name) => readFileSync(requireCss.resolve(name), 'utf8'))
  .join('\n');

const STATUS: Partial<Record<TRPCError['code'], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
};

/** What Chromium prints: the summary alone, its styles inline. */
export function printableWaveSummaryHtml(results: TWaveResults, project: string): string {
  const title = renderToStaticMarkup(
    createElement('title', null, `Samenvatting ${results.title} · ${project}`),
  );
  const body = renderToStaticMarkup(
    createElement(WaveSummaryDocument, { results, project, headingLevel: 1 }),
  );
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8">${title}<style>${CSS}\nbody{margin:0;background:#fff}</style></head><body><main>${body}</main></body></html>`;
}

function refusal(reply: FastifyReply, status: number, message: string) {
  const text = renderToStaticMarkup(
    createElement(
      'main',
      null,
      createElement('h1', null, 'Geen PDF'),
      createElement('p', null, message),
    ),
  );
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Geen PDF</title></head><body>${text}</body></html>`,
    );
}

function cookiesOf(request: FastifyRequest, reply: FastifyReply): TCookieJar {
  return {
    get: (name) => request.cookies[name],
    set: (name, value, options) => {
      reply.setCookie(name, value, options);
    },
    clear: (name, options) => {
      reply.clearCookie(name, options);
    },
  };
}

export function registerWaveSummaryPdf(
  app: FastifyInstance,
  { services, pdf }: { services: TApiServices; pdf: TReportPdfRenderer },
): void {
  app.get<{ Params: { projectId: string; collectionId: string } }>(
    '/pdf/panelronde/:projectId/:collectionId',
    async (request, reply) => {
      if (!pdf.available) {
        return refusal(
          reply,
          503,
          'Op deze server is geen Chromium geïnstalleerd. Open de samenvatting en kies Afdrukken in je browser, dan Opslaan als PDF.',
        );
      }
      const caller = createCaller(
        createApiContext(services, {
          cookies: cookiesOf(request, reply),
          secure: request.protocol === 'https',
          clientAddress: request.ip ?? null,
        }),
      );
      const { projectId, collectionId } = request.params;
      let results: TWaveResults;
      let project: string;
      try {
        results = await caller.portal.panel.results({ projectId, collectionId });
        const { projects } = await caller.portal.projects();
        project = projects.find((p) => p.id === projectId)?.name ?? '';
      } catch (error) {
        const status = error instanceof TRPCError ? STATUS[error.code] : undefined;
        if (!status) throw error;
        return refusal(reply, status, (error as TRPCError).message);
      }
      const html = printableWaveSummaryHtml(results, project);
      // Keyed by what is printed: the same results print once, changed ones again.
      const key = `wave:${createHash('sha256').update(html).digest('base64url')}`;
      const bytes = await pdf.render(key, html);
      const name =
        `Samenvatting ${results.title}`.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'samenvatting';
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(`${name}.pdf`)}`,
        )
        .send(bytes);
    },
  );
}
