import {
  createApiContext,
  createApiServices,
  createCaller,
  hashPassword,
  type TCookieJar,
} from '@duiding/api';
import {
  addProjectMember,
  createCollection,
  createFramework,
  createFrameworkVersion,
  createProject,
  createUser,
  openDatabase,
  publishFrameworkVersion,
  type TDatabase,
} from '@duiding/db';
import { zhzJeugdhulp } from '@duiding/survey';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TReportPdfRenderer } from './report-pdf';
import { buildServer } from './server';

// One sign-in runs scrypt.
vi.setConfig({ testTimeout: 60_000 });

const NOW = new Date('2026-11-15T10:00:00Z');
const HOSTILE = '<img src=x onerror="document.title=\'xss\'">';

let database: TDatabase;
let server: FastifyInstance;
const printed: string[] = [];

/** Stands in for Chromium: keeps the HTML it was asked to print. */
const fakePdf: TReportPdfRenderer = {
  available: true,
  render: async (_key, html) => {
    printed.push(html);
    return Buffer.from('%PDF-1.7 stand-in');
  },
  close: async () => {},
};

function jar(): TCookieJar {
  const values = new Map<string, string>();
  return {
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
    clear: (name) => void values.delete(name),
  };
}

/** A project with a collection and a researcher, and a published report with hostile text. */
async function publishHostileReport(): Promise<{ path: string; draftId: string }> {
  const db = database.orm;
  const project = createProject(db, { slug: 'zhz', name: 'ZHZ', now: NOW });
  const framework = createFramework(db, {
    projectId: project.id,
    key: zhzJeugdhulp.id,
    title: 'ZHZ',
    now: NOW,
  });
  const version = createFrameworkVersion(db, {
    frameworkId: framework.id,
    version: 1,
    definition: zhzJeugdhulp,
    now: NOW,
  });
  publishFrameworkVersion(db, version.id, NOW);
  const collection = createCollection(db, {
    projectId: project.id,
    frameworkVersionId: version.id,
    slug: 'zhz-2026',
    title: 'ZHZ vertelt 2026',
    kind: 'public',
    opensAt: new Date('2026-10-01T00:00:00Z'),
    closesAt: new Date('2027-01-31T00:00:00Z'),
    now: NOW,
  });
  const password = 'een-lang-genoeg-wachtwoord';
  const user = createUser(db, {
    email: 'r@example.nl',
    name: 'R',
    passwordHash: await hashPassword(password),
    now: NOW,
  });
  addProjectMember(db, { projectId: project.id, userId: user.id, role: 'researcher', now: NOW });
  const services = createApiServices({ db, clock: () => NOW });
  const cookies = jar();
  const api = createCaller(() =>
    createApiContext(services, { cookies, secure: false, clientAddress: null }),
  );
  await api.portal.signIn({ email: 'r@example.nl', password });
  const projectId = project.id;
  await api.portal.catalysis.addObservation({
    projectId,
    subject: { kind: 'collection', collectionId: collection.id },
    title: HOSTILE,
    body: HOSTILE,
    strength: 'strong',
    interpretations: [
      { title: `${HOSTILE} 1`, body: '' },
      { title: 'Tweede', body: '<script>document.title="xss"</script>' },
    ],
  });
  const { observations } = await api.portal.catalysis.observations({ projectId });
  const { id: reportId } = await api.portal.reports.create({ projectId, title: HOSTILE });
  await api.portal.reports.addSection({
    projectId,
    reportId,
    heading: HOSTILE,
    spec: { kind: 'text', text: HOSTILE },
  });
  await api.portal.reports.addSection({
    projectId,
    reportId,
    heading: 'Observatie',
    spec: { kind: 'observation', observationId: observations[0]!.id },
  });
  const { id: draftId } = await api.portal.reports.create({ projectId, title: 'Concept' });
  const { publicPath } = await api.portal.reports.publish({ projectId, reportId });
  return { path: publicPath, draftId };
}

beforeEach(async () => {
  printed.length = 0;
  database = openDatabase({ file: ':memory:' });
  server = await buildServer({
    db: database.orm,
    clock: () => NOW,
    staticRoots: { intake: '/nonexistent', panel: '/nonexistent', portal: '/nonexistent' },
    reportPdf: fakePdf,
  });
});

afterEach(async () => {
  await server.close();
  database.close();
});

describe('the public report at /r/<token>', () => {
  it('serves the published snapshot without an account, with no script allowed, hostile text as text', async () => {
    const { path } = await publishHostileReport();
    const response = await server.inject({ method: 'GET', url: path });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(csp).not.toContain('unsafe-inline');
    const html = response.body;
    expect(html).toContain('&lt;img src=x onerror=');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<img[^>]*onerror/);
    expect(html).not.toContain('<script');
    expect(html).toContain('Download als PDF');

    const css = await server.inject({ method: 'GET', url: '/r/report.css' });
    expect(css.statusCode).toBe(200);
    expect(css.body).toContain('@media print');
  });

  it('prints the same escaped snapshot to PDF', async () => {
    const { path } = await publishHostileReport();
    const response = await server.inject({ method: 'GET', url: `${path}/pdf` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.body).toContain('%PDF');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('&lt;img src=x onerror=');
    expect(printed[0]).not.toMatch(/<img[^>]*onerror/);
    expect(printed[0]).not.toContain('<script');
  });

  it('says "not found" for a draft, an unknown or a malformed token', async () => {
    const { draftId } = await publishHostileReport();
    for (const url of [
      '/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      `/r/${draftId}`,
      '/r/..%2F..%2Fetc',
      '/r/x/pdf',
    ]) {
      const response = await server.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).toContain('Rapport niet gevonden');
    }
  });

  it('points to the printable page when Chromium is not installed', async () => {
    await server.close();
    server = await buildServer({
      db: database.orm,
      clock: () => NOW,
      staticRoots: { intake: '/nonexistent', panel: '/nonexistent', portal: '/nonexistent' },
      reportPdf: { ...fakePdf, available: false },
    });
    const { path } = await publishHostileReport();
    const page = await server.inject({ method: 'GET', url: path });
    expect(page.body).not.toContain('Download als PDF');
    expect(page.body).toContain('kies Afdrukken in je browser');
    const pdf = await server.inject({ method: 'GET', url: `${path}/pdf` });
    expect(pdf.statusCode).toBe(503);
    expect(pdf.body).toContain('Opslaan als PDF');
  });
});
